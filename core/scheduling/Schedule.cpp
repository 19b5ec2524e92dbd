// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/Schedule.h"

#include "common/Clock.h"
#include "storage/BookingRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"
#include "storage/SearchRepository.h"

namespace Sprechtag {

Result<QList<DaySummary>> Schedule::days(const QDate &from, const QDate &to) const
{
    return DayRepository(m_db).summaries(from, to);
}

Result<QList<YearCount>> Schedule::pastYears(const QDate &today, Id formatId) const
{
    return DayRepository(m_db).pastYears(today, formatId);
}

Result<qint64> Schedule::changeMark() const
{
    return ChangeFeed(m_db).mark();
}

Result<DayChanges> Schedule::changesSince(qint64 mark) const
{
    return ChangeFeed(m_db).since(mark);
}

Result<std::optional<DaySummary>> Schedule::day(Id dayId) const
{
    auto day = DayRepository(m_db).byId(dayId);
    if (!day)
        return day.error();
    if (!*day)
        return std::optional<DaySummary>();
    auto list = days((*day)->date, (*day)->date);
    if (!list)
        return list.error();
    for (const DaySummary &s : *list) {
        if (s.day.id == dayId)
            return std::optional<DaySummary>(s);
    }
    return std::optional<DaySummary>();
}

Result<QList<DaySummary>> Schedule::daysOn(const QDate &date, const QString &formatName) const
{
    auto found = days(date, date);
    if (!found || formatName.isEmpty())
        return found;
    const QString key = nameKey(formatName);
    QList<DaySummary> list = std::move(found).value();
    list.removeIf([&](const DaySummary &d) { return nameKey(d.formatName) != key; });
    return list;
}

Result<std::optional<DayGrid>> Schedule::grid(Id dayId) const
{
    DayRepository days(m_db);
    auto day = days.byId(dayId);
    if (!day)
        return day.error();
    if (!*day)
        return std::optional<DayGrid>();
    auto columns = days.columnsOfDay(**day);
    if (!columns)
        return columns.error();
    auto slots = days.slotsOfDay(dayId);
    if (!slots)
        return slots.error();
    auto bookings = BookingRepository(m_db).forDay(dayId);
    if (!bookings)
        return bookings.error();
    auto format = FormatRepository(m_db).byId((*day)->formatId);
    if (!format)
        return format.error();
    auto organisation = OrganisationRepository(m_db).get();
    if (!organisation)
        return organisation.error();
    DayGrid grid = buildDayGrid(**day, *columns, *slots, *bookings);
    if (*format)
        grid.formatName = (*format)->name;
    grid.organisationName = organisation->name;
    grid.loadedAt = Clock::nowLocal();
    return std::optional<DayGrid>(std::move(grid));
}

Result<std::optional<BookingDetails>> Schedule::booking(Id bookingId) const
{
    return BookingRepository(m_db).byId(bookingId);
}

Result<QList<BookingDetails>> Schedule::bookingsOfCompany(Id companyId) const
{
    return BookingRepository(m_db).forCompany(companyId);
}

Result<QList<BookingDetails>> Schedule::activeBookingsOfCompanyOn(Id companyId, const QDate &date) const
{
    return BookingRepository(m_db).activeForCompanyOn(companyId, date);
}

Result<std::optional<Company>> Schedule::company(Id companyId) const
{
    return CompanyRepository(m_db).byId(companyId);
}

Result<std::optional<Contact>> Schedule::contact(Id contactId) const
{
    return CompanyRepository(m_db).contactById(contactId);
}

Result<QList<SearchHit>> Schedule::search(const QString &text, int limit) const
{
    return SearchRepository(m_db).search(text, limit);
}

Result<QList<Format>> Schedule::formats(bool includeArchived) const
{
    return FormatRepository(m_db).all(includeArchived);
}

} // namespace Sprechtag
