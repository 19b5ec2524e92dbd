// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DayGridModel.h"

#include "models/PlainToolTip.h"
#include "scheduling/Schedule.h"

#include <QBrush>
#include <QFont>
#include <QMimeData>

namespace Sprechtag {

DayGridModel::DayGridModel(const Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{}

Status DayGridModel::load(Id dayId)
{
    DayGrid grid;
    if (dayId != 0) {
        auto found = Schedule(m_db).grid(dayId);
        if (!found)
            return found.error();
        if (*found)
            grid = *std::move(found).value();
        else
            dayId = 0;
    }
    show(dayId, std::move(grid));
    return {};
}

void DayGridModel::show(Id dayId, DayGrid grid)
{
    beginResetModel();
    m_dayId = dayId;
    m_grid = std::move(grid);
    endResetModel();
}

const DayGridCell *DayGridModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_grid.rows.size() ||
        index.column() >= m_grid.columns.size())
        return nullptr;
    const DayGridRow &row = m_grid.rows.at(index.row());
    static const DayGridCell kBreakCell;
    return index.column() < row.cells.size() ? &row.cells.at(index.column()) : &kBreakCell;
}

DayGridModel::CellState DayGridModel::state(const QModelIndex &index) const
{
    const DayGridCell *c = cell(index);
    if (!c)
        return CellState::None;
    if (m_grid.rows.at(index.row()).isBreak)
        return CellState::Break;
    switch (c->kind) {
    case DayGridCell::Kind::Booked:
        return CellState::Booked;
    case DayGridCell::Kind::Blocked:
        return CellState::Blocked;
    case DayGridCell::Kind::Free:
        return CellState::Free;
    case DayGridCell::Kind::Absent:
        break;
    }
    return CellState::None;
}

const SlotDetails *DayGridModel::slot(const QModelIndex &index) const
{
    const DayGridCell *c = cell(index);
    return c && c->slot ? &*c->slot : nullptr;
}

const BookingDetails *DayGridModel::booking(const QModelIndex &index) const
{
    const DayGridCell *c = cell(index);
    return c && c->booking ? &*c->booking : nullptr;
}

QModelIndex DayGridModel::indexOfSlot(Id slotId) const
{
    for (int r = 0; r < m_grid.rows.size(); ++r) {
        const QList<DayGridCell> &cells = m_grid.rows.at(r).cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).slot && cells.at(c).slotId() == slotId)
                return index(r, c);
        }
    }
    return {};
}

QModelIndex DayGridModel::indexOfBooking(Id bookingId) const
{
    for (int r = 0; r < m_grid.rows.size(); ++r) {
        const QList<DayGridCell> &cells = m_grid.rows.at(r).cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (cells.at(c).booking && cells.at(c).bookingId() == bookingId)
                return index(r, c);
        }
    }
    return {};
}

int DayGridModel::freeCount() const
{
    int n = 0;
    for (const DayGridRow &row : m_grid.rows) {
        for (const DayGridCell &c : row.cells)
            n += !row.isBreak && c.kind == DayGridCell::Kind::Free ? 1 : 0;
    }
    return n;
}

int DayGridModel::bookedCount() const
{
    return m_grid.bookedCount;
}

int DayGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int DayGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.columns.size());
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
        if (section < 0 || section >= m_grid.columns.size())
            return {};
        const DayGridColumn &c = m_grid.columns.at(section);
        return c.room.isEmpty() ? c.name : c.name + QLatin1Char('\n') + c.room;
    }
    if (section < 0 || section >= m_grid.rows.size())
        return {};
    const TimeRange t = m_grid.rows.at(section).time;
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
