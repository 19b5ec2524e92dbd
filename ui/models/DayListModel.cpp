// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DayListModel.h"

#include "Logging.h"
#include "models/PlainToolTip.h"
#include "scheduling/Schedule.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Sprechtag {

namespace {

// Group items have internal id 0; a day's internal id is its group's row + 1.
constexpr quintptr kGroupItem = 0;

} // namespace

DayListModel::DayListModel(const Database &db, QObject *parent) : QAbstractItemModel(parent), m_db(db)
{}

Status DayListModel::reload(const QDate &today)
{
    auto list = Schedule(m_db).days();
    if (!list)
        return list.error();
    beginResetModel();
    m_today = today;
    m_groups.clear();
    Group past;
    past.title = tr("Past consultation days");
    past.past = true;
    const QLocale locale;
    for (const DaySummary &d : *list) {
        if (m_formatFilter != 0 && d.day.formatId != m_formatFilter)
            continue;
        if (d.day.date < today) {
            past.days.prepend(d); // newest first
            continue;
        }
        const QString month = locale.toString(d.day.date, QStringLiteral("MMMM yyyy"));
        if (m_groups.isEmpty() || m_groups.constLast().title != month)
            m_groups.append(Group{month, false, {}});
        m_groups.last().days.append(d);
    }
    if (!past.days.isEmpty())
        m_groups.append(past);
    endResetModel();
    return {};
}

void DayListModel::setFormatFilter(Id formatId)
{
    m_formatFilter = formatId;
    // A failed read leaves the old rows.
    if (Status s = reload(m_today.isValid() ? m_today : QDate::currentDate()); !s)
        logReadError("day list", s.error());
}

QModelIndex DayListModel::indexOfDay(Id dayId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<DaySummary> &days = m_groups.at(g).days;
        for (int r = 0; r < days.size(); ++r) {
            if (days.at(r).day.id == dayId)
                return createIndex(r, 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex DayListModel::pastGroupIndex() const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).past)
            return createIndex(g, 0, kGroupItem);
    }
    return {};
}

const DaySummary *DayListModel::summary(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupItem || index.model() != this)
        return nullptr;
    const int g = int(index.internalId()) - 1;
    if (g < 0 || g >= m_groups.size() || index.row() >= m_groups.at(g).days.size())
        return nullptr;
    return &m_groups.at(g).days.at(index.row());
}

QModelIndex DayListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, kGroupItem) : QModelIndex();
    if (parent.internalId() != kGroupItem || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).days.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex DayListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupItem)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kGroupItem);
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupItem || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).days.size());
}

int DayListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupItem) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return g.title;
        case IsGroupRole:
            return true;
        case IsPastGroupRole:
            return g.past;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        default:
            return {};
        }
    }
    const DaySummary *d = summary(index);
    if (!d)
        return {};
    const int free = d->totalSlots - d->bookedSlots;
    switch (role) {
    case Qt::DisplayRole: {
        // "Do. 13.06.2024 · 13 von 14 frei", the format below: both stay readable in a narrow panel.
        QString line =
            QLocale().toString(d->day.date, QStringLiteral("ddd dd.MM.yyyy")) + QStringLiteral(" · ");
        if (d->day.status == DayStatus::Cancelled)
            line += displayName(d->day.status);
        else
            line += tr("%1 of %2 free").arg(free).arg(d->totalSlots);
        return line + QLatin1Char('\n') + d->formatName;
    }
    case Qt::ToolTipRole:
        return plainToolTip(
            QStringList{d->formatName, d->day.videoLink.isEmpty() ? d->day.location : d->day.videoLink,
                        d->consultantNames.join(QStringLiteral(", ")), displayName(d->day.status)}
                .join(QLatin1Char('\n')));
    case Qt::DecorationRole: {
        const QColor colour(d->formatColour);
        return colour.isValid() ? colour : QColor(Qt::gray);
    }
    case Qt::ForegroundRole:
        if (d->day.status == DayStatus::Cancelled || d->day.date < m_today)
            return QColor(Qt::darkGray);
        return {};
    case DayIdRole:
        return d->day.id;
    case FreeSlotsRole:
        return free;
    case TotalSlotsRole:
        return d->totalSlots;
    case IsGroupRole:
        return false;
    case IsPastGroupRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags DayListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupItem)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Sprechtag
