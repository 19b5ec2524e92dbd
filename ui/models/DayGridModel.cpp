// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DayGridModel.h"

#include "models/PlainToolTip.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>

#include <map>

namespace Sprechtag {

DayGridModel::DayGridModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

Status DayGridModel::load(Id dayId)
{
    ConsultationDay day;
    QString formatName;
    QList<Column> columns;
    QList<SlotDetails> slots;
    QList<BookingDetails> bookings;
    if (dayId != 0) {
        DayRepository days(m_db);
        auto found = days.byId(dayId);
        if (!found)
            return found.error();
        if (!*found)
            dayId = 0;
        else
            day = **found;
    }
    if (dayId != 0) {
        DayRepository days(m_db);
        auto s = days.slotsOfDay(dayId);
        if (!s)
            return s.error();
        slots = *s;
        auto b = BookingRepository(m_db).forDay(dayId);
        if (!b)
            return b.error();
        bookings = *b;
        auto format = FormatRepository(m_db).byId(day.formatId);
        if (!format)
            return format.error();
        formatName = *format ? (*format)->name : QString();
        ConsultantRepository consultants(m_db);
        for (const DayConsultant &c : day.consultants) {
            auto found = consultants.byId(c.consultantId);
            if (!found)
                return found.error();
            columns << Column{c.consultantId, *found ? (*found)->name : QString(), c.room};
        }
    }

    beginResetModel();
    m_dayId = dayId;
    m_day = day;
    m_formatName = formatName;
    m_columns = columns;
    m_slots = slots;
    m_bookings = bookings;
    m_rows.clear();
    m_cells.clear();
    // Every distinct slot time is a row; breaks are rows of their own, in time order.
    std::map<std::pair<int, int>, bool> times;
    for (const SlotDetails &s : m_slots)
        times[{s.slot.time.start, s.slot.time.end}] = false;
    for (const TimeRange &b : m_day.breaks)
        times[{b.start, b.end}] = true;
    for (const auto &[range, isBreak] : times)
        m_rows << Row{{range.first, range.second}, isBreak};
    m_cells.resize(m_rows.size());
    for (QList<Cell> &row : m_cells)
        row.resize(m_columns.size());
    for (int i = 0; i < m_slots.size(); ++i) {
        const SlotDetails &s = m_slots.at(i);
        int r = -1;
        for (int k = 0; k < m_rows.size(); ++k) {
            if (!m_rows.at(k).isBreak && m_rows.at(k).time == s.slot.time)
                r = k;
        }
        int c = -1;
        for (int k = 0; k < m_columns.size(); ++k) {
            if (m_columns.at(k).consultantId == s.slot.consultantId)
                c = k;
        }
        if (r >= 0 && c >= 0)
            m_cells[r][c].slotIndex = i;
    }
    for (int i = 0; i < m_bookings.size(); ++i) {
        for (QList<Cell> &row : m_cells) {
            for (Cell &cell : row) {
                if (cell.slotIndex >= 0 &&
                    m_slots.at(cell.slotIndex).slot.id == m_bookings.at(i).booking.slotId)
                    cell.bookingIndex = i;
            }
        }
    }
    endResetModel();
    return {};
}

const DayGridModel::Cell *DayGridModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_cells.size() ||
        index.column() >= m_columns.size())
        return nullptr;
    return &m_cells.at(index.row()).at(index.column());
}

DayGridModel::CellState DayGridModel::state(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    if (!c)
        return CellState::None;
    if (m_rows.at(index.row()).isBreak)
        return CellState::Break;
    if (c->slotIndex < 0)
        return CellState::None;
    if (c->bookingIndex >= 0)
        return CellState::Booked;
    if (m_slots.at(c->slotIndex).slot.blocked)
        return CellState::Blocked;
    return CellState::Free;
}

const SlotDetails *DayGridModel::slot(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    return c && c->slotIndex >= 0 ? &m_slots.at(c->slotIndex) : nullptr;
}

const BookingDetails *DayGridModel::booking(const QModelIndex &index) const
{
    const Cell *c = cell(index);
    return c && c->bookingIndex >= 0 ? &m_bookings.at(c->bookingIndex) : nullptr;
}

QModelIndex DayGridModel::indexOfSlot(Id slotId) const
{
    for (int r = 0; r < m_cells.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const int s = m_cells.at(r).at(c).slotIndex;
            if (s >= 0 && m_slots.at(s).slot.id == slotId)
                return index(r, c);
        }
    }
    return {};
}

QModelIndex DayGridModel::indexOfBooking(Id bookingId) const
{
    for (const BookingDetails &b : m_bookings) {
        if (b.booking.id == bookingId)
            return indexOfSlot(b.booking.slotId);
    }
    return {};
}

int DayGridModel::freeCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r) {
        for (int c = 0; c < columnCount(); ++c)
            n += state(index(r, c)) == CellState::Free ? 1 : 0;
    }
    return n;
}

int DayGridModel::bookedCount() const
{
    return int(m_bookings.size());
}

int DayGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DayGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DayGridModel::data(const QModelIndex &index, int role) const
{
    if (!cell(index))
        return {};
    const CellState st = state(index);
    const BookingDetails *b = booking(index);
    const SlotDetails *s = slot(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (st) {
        case CellState::Booked:
            return b->contactName.isEmpty() ? b->companyName
                                            : b->companyName + QLatin1Char('\n') + b->contactName;
        case CellState::Free:
            return tr("free");
        case CellState::Blocked:
            return tr("blocked");
        case CellState::Break:
            return tr("Break");
        case CellState::None:
            return QStringLiteral("—");
        }
        return {};
    case Qt::ToolTipRole:
        if (b) {
            QStringList lines{b->companyName};
            if (!b->contactName.isEmpty())
                lines << b->contactName;
            if (!b->booking.topic.isEmpty())
                lines << b->booking.topic;
            return plainToolTip(lines.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::BackgroundRole:
        // Distinct in black and white too: patterns, not only colours.
        switch (st) {
        case CellState::Booked:
            return QBrush(QColor(0xdd, 0xea, 0xf7));
        case CellState::Blocked:
            return QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern);
        case CellState::Break:
            return QBrush(QColor(0xc8, 0xc8, 0xc8), Qt::Dense6Pattern);
        case CellState::None:
            return QBrush(QColor(0xee, 0xee, 0xee));
        case CellState::Free:
            return {};
        }
        return {};
    case Qt::ForegroundRole:
        if (st == CellState::Free)
            return QColor(0x2e, 0x7d, 0x32);
        if (st == CellState::Blocked || st == CellState::Break || st == CellState::None)
            return QColor(0x55, 0x55, 0x55);
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(st == CellState::Booked);
        f.setItalic(st == CellState::Free || st == CellState::Break || st == CellState::Blocked);
        return f;
    }
    case Qt::TextAlignmentRole:
        return st == CellState::Booked ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignCenter);
    case SlotIdRole:
        return s ? s->slot.id : Id(0);
    case BookingIdRole:
        return b ? b->booking.id : Id(0);
    case StateRole:
        return int(st);
    default:
        return {};
    }
}

QVariant DayGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        const Column &c = m_columns.at(section);
        return c.room.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.room;
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const TimeRange t = m_rows.at(section).time;
    return formatTime(t.start) + QStringLiteral("–") + formatTime(t.end);
}

Qt::ItemFlags DayGridModel::flags(const QModelIndex &index) const
{
    if (!cell(index))
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const CellState st = state(index);
    if (st == CellState::Booked && booking(index)->booking.status == BookingStatus::Booked)
        f |= Qt::ItemIsDragEnabled;
    if (st == CellState::Free)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList DayGridModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *DayGridModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (const BookingDetails *b = booking(i)) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(kMimeType), QByteArray::number(b->booking.id));
            return data;
        }
    }
    return nullptr;
}

Id DayGridModel::bookingIdFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)))
        return 0;
    return data->data(QString::fromLatin1(kMimeType)).toLongLong();
}

bool DayGridModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    return bookingIdFrom(data) != 0 && state(parent) == CellState::Free;
}

bool DayGridModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    Q_EMIT moveRequested(bookingIdFrom(data), slot(parent)->slot.id);
    // The move (or its refusal) reloads the model; the view must not remove the dragged cell itself.
    return false;
}

Qt::DropActions DayGridModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DayGridModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

} // namespace Sprechtag
