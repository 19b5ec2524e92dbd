// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/DayGrid.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Sprechtag {

class Database;

// What the window and the documents read about days and bookings: the read side, in read models, so
// that neither names a repository. Every call reads afresh; nothing is cached.
class Schedule
{
public:
    explicit Schedule(const Database &db) : m_db(db) {}

    // Days in [from, to] (either may be invalid: open end), by date and format name.
    Result<QList<DaySummary>> days(const QDate &from = {}, const QDate &to = {}) const;
    // Years before `today` that have days (of the format; 0: any), newest first, with their day count.
    Result<QList<YearCount>> pastYears(const QDate &today, Id formatId = 0) const;
    // The position of the change feed now (take it before a full load).
    Result<qint64> changeMark() const;
    // What other connections changed after `mark`: the ids of days whose rows or grid changed (a booking
    // made, edited, moved — both days —, cancelled; a slot blocked; a day created, edited, called off,
    // deleted), masterData when formats/consultants/companies/contacts/settings changed, everything when
    // the feed cannot tell (the file was restored from a backup, the mark is ahead of the feed, …).
    Result<DayChanges> changesSince(qint64 mark) const;
    Result<std::optional<DaySummary>> day(Id dayId) const;
    // The days on a date, of the named format only when a name is given (matched as names are, whatever
    // the case); empty when there is none.
    Result<QList<DaySummary>> daysOn(const QDate &date, const QString &formatName = {}) const;
    // The day as hours × consultants, with its format's and the organisation's name; nullopt when there is
    // no such day. The consultants are read in one query.
    Result<std::optional<DayGrid>> grid(Id dayId) const;

    Result<std::optional<BookingDetails>> booking(Id bookingId) const;
    // Every booking of a company, newest first (its history).
    Result<QList<BookingDetails>> bookingsOfCompany(Id companyId) const;
    // The company's active bookings on a date, across all days and formats (the one-slot-a-day rule).
    Result<QList<BookingDetails>> activeBookingsOfCompanyOn(Id companyId, const QDate &date) const;
    Result<std::optional<Company>> company(Id companyId) const;
    Result<std::optional<Contact>> contact(Id contactId) const;
    // Companies and contacts containing the text, across all days; newest bookings first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 200) const;
    // The formats for choosers and filters, by name.
    Result<QList<Format>> formats(bool includeArchived = false) const;

private:
    const Database &m_db;
};

} // namespace Sprechtag
