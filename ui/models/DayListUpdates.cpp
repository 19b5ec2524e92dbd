// SPDX-License-Identifier: GPL-3.0-or-later
// The day list's partial updates: single rows read again after a change, without a reset.
#include "models/DayListModel.h"

#include "scheduling/Schedule.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Sprechtag {

namespace {

// The order of the list: upcoming days by date and format name, past days the other way round.
bool comesBefore(const DaySummary &a, const DaySummary &b, bool newestFirst)
{
    if (a.day.date != b.day.date)
        return newestFirst ? a.day.date > b.day.date : a.day.date < b.day.date;
    const int c = QString::compare(a.formatName, b.formatName, Qt::CaseInsensitive);
    return newestFirst ? c > 0 : c < 0;
}

} // namespace

Status DayListModel::updateDays(const QList<Id> &dayIds)
{
    if (!isLoaded())
        return {};
    const Schedule schedule(m_db);
    bool countsKnown = true;
    for (Id id : dayIds) {
        auto now = schedule.day(id);
        if (!now)
            return now.error();
        std::optional<DaySummary> shown = *now;
        if (shown && !accepts(*shown))
            shown.reset();
        countsKnown = updateDay(id, shown) && countsKnown;
    }
    return countsKnown ? Status() : readYearCounts();
}

Status DayListModel::refreshRows()
{
    if (!isLoaded())
        return {};
    const Schedule schedule(m_db);
    QHash<Id, DaySummary> fresh;
    auto upcoming = schedule.days(m_today, {});
    if (!upcoming)
        return upcoming.error();
    for (const DaySummary &d : *upcoming)
        fresh.insert(d.day.id, d);
    if (Group *past = pastGroup(false)) {
        for (const auto &y : past->years) {
            if (!y->loaded || y->days.isEmpty())
                continue;
            auto list =
                schedule.days(QDate(y->year, 1, 1), std::min(QDate(y->year, 12, 31), m_today.addDays(-1)));
            if (!list)
                return list.error();
            for (const DaySummary &d : *list)
                fresh.insert(d.day.id, d);
        }
    }
    for (const auto &g : m_groups) {
        replaceRows(g.get(), fresh);
        for (const auto &y : g->years)
            replaceRows(y.get(), fresh);
    }
    return {};
}

void DayListModel::replaceRows(Group *g, const QHash<Id, DaySummary> &fresh)
{
    if (g->days.isEmpty())
        return;
    for (DaySummary &d : g->days) {
        if (auto it = fresh.constFind(d.day.id); it != fresh.constEnd())
            d = *it;
    }
    Q_EMIT dataChanged(createIndex(0, 0, g), createIndex(int(g->days.size()) - 1, 0, g));
}

bool DayListModel::updateDay(Id dayId, const std::optional<DaySummary> &now)
{
    const Place old = find(dayId);
    if (old.group && now) {
        const bool past = now->day.date < m_today;
        Group *g = old.group;
        const bool sameGroup = past ? g->kind == Group::Kind::Year && g->year == now->day.date.year()
                                    : g->kind == Group::Kind::Month &&
                                          g->month.year() == now->day.date.year() &&
                                          g->month.month() == now->day.date.month();
        const bool afterPrevious = old.row == 0 || !comesBefore(*now, g->days.at(old.row - 1), past);
        const bool beforeNext =
            old.row + 1 >= g->days.size() || !comesBefore(g->days.at(old.row + 1), *now, past);
        if (sameGroup && afterPrevious && beforeNext) {
            g->days[old.row] = *now;
            const QModelIndex changed = createIndex(old.row, 0, g);
            Q_EMIT dataChanged(changed, changed);
            return true;
        }
    }
    if (old.group)
        removeRow(old);
    if (now)
        insertDay(*now, old.group != nullptr);
    // A day that was not loaded may have been counted in a year already, or be gone from one.
    return old.group != nullptr;
}

void DayListModel::removeRow(const Place &place)
{
    Group *g = place.group;
    beginRemoveRows(indexOf(g), place.row, place.row);
    g->days.removeAt(place.row);
    endRemoveRows();
    if (g->kind == Group::Kind::Year) {
        g->count = std::max(0, g->count - 1);
        const QModelIndex year = indexOf(g);
        Q_EMIT dataChanged(year, year);
    }
    removeGroupIfEmpty(g);
}

void DayListModel::insertDay(const DaySummary &d, bool countIt)
{
    const bool past = d.day.date < m_today;
    Group *g = past ? yearGroup(d.day.date.year(), true) : monthGroup(d.day.date);
    if (!past || g->loaded) {
        auto at = std::lower_bound(
            g->days.cbegin(), g->days.cend(), d,
            [past](const DaySummary &a, const DaySummary &b) { return comesBefore(a, b, past); });
        const int row = int(at - g->days.cbegin());
        beginInsertRows(indexOf(g), row, row);
        g->days.insert(row, d);
        endInsertRows();
    }
    if (past && countIt) {
        ++g->count;
        const QModelIndex year = indexOf(g);
        Q_EMIT dataChanged(year, year);
    }
}

DayListModel::Group *DayListModel::monthGroup(const QDate &date)
{
    const QDate month(date.year(), date.month(), 1);
    std::size_t pos = 0;
    for (; pos < m_groups.size(); ++pos) {
        Group *g = m_groups[pos].get();
        if (g->kind != Group::Kind::Month || g->month > month)
            break;
        if (g->month == month)
            return g;
    }
    auto g = std::make_unique<Group>();
    g->kind = Group::Kind::Month;
    g->month = month;
    g->title = QLocale().toString(month, QStringLiteral("MMMM yyyy"));
    g->loaded = true;
    beginInsertRows({}, int(pos), int(pos));
    Group *made = g.get();
    m_groups.insert(m_groups.begin() + std::ptrdiff_t(pos), std::move(g));
    endInsertRows();
    return made;
}

DayListModel::Group *DayListModel::pastGroup(bool create)
{
    if (!m_groups.empty() && m_groups.back()->kind == Group::Kind::Past)
        return m_groups.back().get();
    if (!create)
        return nullptr;
    auto g = std::make_unique<Group>();
    g->kind = Group::Kind::Past;
    g->title = tr("Past consultation days");
    g->loaded = true;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    Group *made = g.get();
    m_groups.push_back(std::move(g));
    endInsertRows();
    return made;
}

DayListModel::Group *DayListModel::yearGroup(int year, bool create, bool loadedIfNew)
{
    Group *past = pastGroup(create);
    if (!past)
        return nullptr;
    std::size_t pos = 0;
    for (; pos < past->years.size(); ++pos) {
        Group *g = past->years[pos].get();
        if (g->year == year)
            return g;
        if (g->year < year)
            break;
    }
    if (!create)
        return nullptr;
    auto g = std::make_unique<Group>();
    g->kind = Group::Kind::Year;
    g->year = year;
    g->loaded = loadedIfNew;
    g->parent = past;
    beginInsertRows(indexOf(past), int(pos), int(pos));
    Group *made = g.get();
    past->years.insert(past->years.begin() + std::ptrdiff_t(pos), std::move(g));
    endInsertRows();
    return made;
}

void DayListModel::removeGroupIfEmpty(Group *g)
{
    const bool empty = g->kind == Group::Kind::Past    ? g->years.empty()
                       : g->kind == Group::Kind::Month ? g->days.isEmpty()
                                                       : g->count <= 0 && g->days.isEmpty();
    if (!empty)
        return;
    Group *parent = g->parent;
    const int row = rowOf(g);
    beginRemoveRows(indexOf(g).parent(), row, row);
    auto &list = parent ? parent->years : m_groups;
    list.erase(list.begin() + row);
    endRemoveRows();
    if (parent)
        removeGroupIfEmpty(parent);
}

Status DayListModel::readYearCounts()
{
    auto years = Schedule(m_db).pastYears(m_today, m_formatFilter);
    if (!years)
        return years.error();
    QSet<int> seen;
    for (const YearCount &y : *years) {
        if (y.days <= 0)
            continue;
        seen.insert(y.year);
        // A year new to this list holds days it has not read.
        Group *g = yearGroup(y.year, true, false);
        if (g->count != y.days) {
            g->count = y.days;
            const QModelIndex year = indexOf(g);
            Q_EMIT dataChanged(year, year);
        }
    }
    Group *past = pastGroup(false);
    if (!past)
        return {};
    for (int i = int(past->years.size()) - 1; i >= 0; --i) {
        if (seen.contains(past->years[std::size_t(i)]->year))
            continue;
        beginRemoveRows(indexOf(past), i, i);
        past->years.erase(past->years.begin() + i);
        endRemoveRows();
    }
    removeGroupIfEmpty(past);
    return {};
}

} // namespace Sprechtag
