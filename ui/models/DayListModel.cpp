// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DayListModel.h"

#include "Logging.h"
#include "models/PlainToolTip.h"
#include "scheduling/Schedule.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Sprechtag {

// An index's internal pointer is the group that holds its row (nullptr for the top-level groups).

DayListModel::DayListModel(const Database &db, QObject *parent) : QAbstractItemModel(parent), m_db(db)
{}

DayListModel::~DayListModel() = default;

Result<DayListModel::Snapshot> DayListModel::read(const Database &db, const QDate &today, Id formatFilter)
{
    const Schedule schedule(db);
    Snapshot out;
    out.today = today;
    out.formatFilter = formatFilter;
    auto upcoming = schedule.days(today, {});
    if (!upcoming)
        return upcoming.error();
    out.upcoming = std::move(upcoming).value();
    if (formatFilter != 0)
        out.upcoming.removeIf([formatFilter](const DaySummary &d) { return d.day.formatId != formatFilter; });
    auto years = schedule.pastYears(today, formatFilter);
    if (!years)
        return years.error();
    out.years = std::move(years).value();
    return out;
}

Status DayListModel::reload(const QDate &today)
{
    auto snapshot = read(m_db, today, m_formatFilter);
    if (!snapshot)
        return snapshot.error();
    apply(std::move(snapshot).value());
    return {};
}

void DayListModel::apply(Snapshot snapshot)
{
    beginResetModel();
    m_today = snapshot.today;
    m_formatFilter = snapshot.formatFilter;
    m_groups.clear();
    const QLocale locale;
    for (const DaySummary &d : std::as_const(snapshot.upcoming)) {
        const QDate month(d.day.date.year(), d.day.date.month(), 1);
        if (m_groups.empty() || m_groups.back()->month != month) {
            auto g = std::make_unique<Group>();
            g->kind = Group::Kind::Month;
            g->month = month;
            g->title = locale.toString(month, QStringLiteral("MMMM yyyy"));
            m_groups.push_back(std::move(g));
        }
        m_groups.back()->days.append(d);
    }
    Group *past = nullptr;
    for (const YearCount &y : std::as_const(snapshot.years)) { // newest first
        if (y.days <= 0)
            continue;
        if (!past) {
            auto g = std::make_unique<Group>();
            g->kind = Group::Kind::Past;
            g->title = tr("Past consultation days");
            past = g.get();
            m_groups.push_back(std::move(g));
        }
        auto g = std::make_unique<Group>();
        g->kind = Group::Kind::Year;
        g->year = y.year;
        g->count = y.days;
        g->parent = past;
        past->years.push_back(std::move(g));
    }
    endResetModel();
}

void DayListModel::setFormatFilter(Id formatId)
{
    m_formatFilter = formatId;
    // A failed read leaves the old rows.
    if (Status s = reload(m_today.isValid() ? m_today : QDate::currentDate()); !s)
        logReadError("day list", s.error());
}

Status DayListModel::loadYear(int year)
{
    Group *g = yearGroup(year, false);
    if (!g || g->loaded)
        return {};
    // Marked first: a failed read is not tried again on every layout of the view (reload() does).
    g->loaded = true;
    const QDate last = std::min(QDate(year, 12, 31), m_today.addDays(-1));
    auto list = Schedule(m_db).days(QDate(year, 1, 1), last);
    if (!list)
        return list.error();
    QList<DaySummary> days;
    days.reserve(list->size());
    for (auto it = list->crbegin(); it != list->crend(); ++it) { // newest first
        if (accepts(*it))
            days.append(*it);
    }
    const QModelIndex parent = indexOf(g);
    if (!days.isEmpty()) {
        beginInsertRows(parent, 0, int(days.size()) - 1);
        g->days = std::move(days);
        endInsertRows();
    }
    if (g->count != g->days.size()) {
        g->count = int(g->days.size());
        Q_EMIT dataChanged(parent, parent);
    }
    return {};
}

bool DayListModel::isYearLoaded(int year) const
{
    const Group *g = const_cast<DayListModel *>(this)->yearGroup(year, false);
    return g && g->loaded;
}

int DayListModel::loadedDayCount() const
{
    int n = 0;
    for (const auto &g : m_groups) {
        n += int(g->days.size());
        for (const auto &y : g->years)
            n += int(y->days.size());
    }
    return n;
}

bool DayListModel::accepts(const DaySummary &d) const
{
    return m_formatFilter == 0 || d.day.formatId == m_formatFilter;
}

DayListModel::Place DayListModel::find(Id dayId) const
{
    auto inGroup = [dayId](Group *g) -> Place {
        for (int r = 0; r < g->days.size(); ++r) {
            if (g->days.at(r).day.id == dayId)
                return {g, r};
        }
        return {};
    };
    for (const auto &g : m_groups) {
        if (Place p = inGroup(g.get()); p.group)
            return p;
        for (const auto &y : g->years) {
            if (Place p = inGroup(y.get()); p.group)
                return p;
        }
    }
    return {};
}

QModelIndex DayListModel::indexOfDay(Id dayId) const
{
    const Place p = find(dayId);
    return p.group ? createIndex(p.row, 0, p.group) : QModelIndex();
}

QModelIndex DayListModel::locateDay(Id dayId)
{
    if (QModelIndex found = indexOfDay(dayId); found.isValid())
        return found;
    auto day = Schedule(m_db).day(dayId);
    if (!day) {
        logReadError("day for the day list", day.error());
        return {};
    }
    if (!*day || !accepts(**day) || !m_today.isValid())
        return {};
    if ((*day)->day.date < m_today) {
        if (!yearGroup((*day)->day.date.year(), false)) {
            // A day this list has not heard of yet: read the years again.
            if (Status s = readYearCounts(); !s)
                logReadError("years of the day list", s.error());
        }
        if (Status s = loadYear((*day)->day.date.year()); !s)
            logReadError("days of a past year", s.error());
    } else if (Status s = updateDays({dayId}); !s) {
        logReadError("day list", s.error());
    }
    return indexOfDay(dayId);
}

QModelIndex DayListModel::pastGroupIndex() const
{
    const Group *past = const_cast<DayListModel *>(this)->pastGroup(false);
    return past ? indexOf(past) : QModelIndex();
}

QModelIndex DayListModel::yearIndex(int year) const
{
    const Group *g = const_cast<DayListModel *>(this)->yearGroup(year, false);
    return g ? indexOf(g) : QModelIndex();
}

int DayListModel::rowOf(const Group *g) const
{
    const auto &list = g->parent ? g->parent->years : m_groups;
    for (int i = 0; i < int(list.size()); ++i) {
        if (list[std::size_t(i)].get() == g)
            return i;
    }
    return -1;
}

QModelIndex DayListModel::indexOf(const Group *g) const
{
    const int row = rowOf(g);
    return row < 0 ? QModelIndex() : createIndex(row, 0, g->parent);
}

DayListModel::Group *DayListModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    auto *holder = static_cast<Group *>(index.internalPointer());
    const auto row = std::size_t(index.row());
    if (!holder)
        return row < m_groups.size() ? m_groups[row].get() : nullptr;
    if (holder->kind == Group::Kind::Past)
        return row < holder->years.size() ? holder->years[row].get() : nullptr;
    return nullptr; // a day
}

const DaySummary *DayListModel::summary(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    auto *holder = static_cast<Group *>(index.internalPointer());
    if (!holder || holder->kind == Group::Kind::Past || index.row() >= holder->days.size())
        return nullptr;
    return &holder->days.at(index.row());
}

QModelIndex DayListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return std::size_t(row) < m_groups.size() ? createIndex(row, 0, nullptr) : QModelIndex();
    Group *g = groupAt(parent);
    if (!g || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, g);
}

QModelIndex DayListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto *holder = static_cast<const Group *>(child.internalPointer());
    return holder ? indexOf(holder) : QModelIndex();
}

int DayListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const Group *g = groupAt(parent);
    if (!g)
        return 0;
    return g->kind == Group::Kind::Past ? int(g->years.size()) : int(g->days.size());
}

int DayListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool DayListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.empty();
    const Group *g = groupAt(parent);
    if (!g || parent.column() != 0)
        return false;
    if (g->kind == Group::Kind::Year && !g->loaded)
        return g->count > 0;
    return rowCount(parent) > 0;
}

bool DayListModel::canFetchMore(const QModelIndex &parent) const
{
    const Group *g = groupAt(parent);
    return g && g->kind == Group::Kind::Year && !g->loaded;
}

void DayListModel::fetchMore(const QModelIndex &parent)
{
    const Group *g = groupAt(parent);
    if (!g || g->kind != Group::Kind::Year)
        return;
    if (Status s = loadYear(g->year); !s)
        logReadError("days of a past year", s.error());
}

QVariant DayListModel::data(const QModelIndex &index, int role) const
{
    if (const Group *g = groupAt(index))
        return groupData(*g, role);
    const DaySummary *d = summary(index);
    return d ? dayData(*d, role) : QVariant();
}

QVariant DayListModel::groupData(const Group &g, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (g.kind == Group::Kind::Year)
            return tr("%1 (%n day(s))", nullptr, g.count).arg(g.year);
        return g.title;
    case IsGroupRole:
        return true;
    case IsPastGroupRole:
        return g.kind == Group::Kind::Past;
    case YearRole:
        return g.kind == Group::Kind::Year ? QVariant(g.year) : QVariant();
    case DayCountRole:
        return g.kind == Group::Kind::Year ? QVariant(g.count) : QVariant();
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    default:
        return {};
    }
}

QVariant DayListModel::dayData(const DaySummary &d, int role) const
{
    const int free = d.totalSlots - d.bookedSlots;
    switch (role) {
    case Qt::DisplayRole: {
        // "Do. 13.06.2024 · 13 von 14 frei", the format below: both stay readable in a narrow panel.
        QString line =
            QLocale().toString(d.day.date, QStringLiteral("ddd dd.MM.yyyy")) + QStringLiteral(" · ");
        if (d.day.status == DayStatus::Cancelled)
            line += displayName(d.day.status);
        else
            line += tr("%1 of %2 free").arg(free).arg(d.totalSlots);
        return line + QLatin1Char('\n') + d.formatName;
    }
    case Qt::ToolTipRole:
        return plainToolTip(
            QStringList{d.formatName, d.day.videoLink.isEmpty() ? d.day.location : d.day.videoLink,
                        d.consultantNames.join(QStringLiteral(", ")), displayName(d.day.status)}
                .join(QLatin1Char('\n')));
    case Qt::DecorationRole: {
        const QColor colour(d.formatColour);
        return colour.isValid() ? colour : QColor(Qt::gray);
    }
    case Qt::ForegroundRole:
        if (d.day.status == DayStatus::Cancelled || d.day.date < m_today)
            return QColor(Qt::darkGray);
        return {};
    case DayIdRole:
        return d.day.id;
    case FreeSlotsRole:
        return free;
    case TotalSlotsRole:
        return d.totalSlots;
    case IsGroupRole:
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
    if (groupAt(index))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Sprechtag
