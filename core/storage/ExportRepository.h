// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

// One line of the booking list: a booking with everything the CSV, XLSX and iCalendar exports show.
struct BookingRow
{
    Id bookingId = 0;
    Id dayId = 0;
    Id formatId = 0;
    Id consultantId = 0;
    QDate date;
    TimeRange time;
    QString formatName;
    // The format's contact (the organiser of the calendar entries).
    QString formatContactName;
    QString formatContactEmail;
    QString consultantName;
    QString room;
    QString location;
    QString videoLink;
    QString companyName;
    QString street;
    QString postcode;
    QString city;
    // The contact person; all empty when the booking has none.
    Salutation salutation = Salutation::None;
    QString title;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString topic;
    BookingStatus status = BookingStatus::Booked;
    QDateTime createdAt;          // UTC
    QDateTime confirmationSentAt; // UTC; invalid when no confirmation was made yet
    int version = 1;
};

// The booking list for the exports, read in one joined query.
class ExportRepository
{
public:
    explicit ExportRepository(const Database &db) : m_db(db) {}

    // Bookings on days in [from, to] (either may be invalid: open end) of the format (0: any), ordered by
    // date, start time and the consultant's position on the day; cancelled ones only when asked.
    Result<QList<BookingRow>> rows(const QDate &from, const QDate &to, Id formatId, bool includeCancelled);

private:
    const Database &m_db;
};

} // namespace Sprechtag
