// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QByteArrayView>

#include <functional>

namespace Sprechtag {

class ExportCursor;

// One row of the booking list while it is being read: the stored values as SQLite holds them, and the
// whole row as a BookingRow on demand. Valid only during the call that hands it over (the texts are views
// of SQLite's memory, UTF-8 as stored).
class ExportRowView
{
public:
    enum class Text
    {
        Date, // ISO, as stored
        FormatName,
        ConsultantName,
        Room,
        CompanyName,
        Salutation, // the key: "Frau", "Herr", "none"
        Title,
        FirstName,
        LastName,
        Email,
        Phone,
        Street,
        Postcode,
        City,
        Topic,
        Status, // the key: "booked", "cancelled", ...
        CreatedAt,
        ConfirmationSentAt, // empty when there is none
    };

    explicit ExportRowView(ExportCursor &cursor) : m_cursor(cursor) {}
    ExportRowView(const ExportRowView &) = delete;
    ExportRowView &operator=(const ExportRowView &) = delete;

    QByteArrayView text(Text column) const;
    int startMinute() const;
    int endMinute() const;
    // The row converted (once per row, on the first call).
    const BookingRow &row() const;

private:
    ExportCursor &m_cursor;
};

// Called for every row in order; an error stops the reading and is returned by read().
using ExportRowSink = std::function<Status(const ExportRowView &)>;

// The booking list for the exports, read in one joined query.
class ExportRepository
{
public:
    explicit ExportRepository(const Database &db) : m_db(db) {}

    // Bookings on days in [from, to] (either may be invalid: open end) of the format (0: any), ordered by
    // date, start time and the consultant's position on the day; cancelled ones only when asked.
    Result<QList<BookingRow>> rows(const QDate &from, const QDate &to, Id formatId, bool includeCancelled);
    // The same with every filter of the booking list, the consultants too, all applied by the query.
    Result<QList<BookingRow>> rows(const BookingListQuery &query);

    // The same rows in the same order, streamed: each handed to sink as it is read, none kept, so that an
    // export of every booking needs no more memory than one of ten. Returns how many rows were read.
    Result<qsizetype> read(const BookingListQuery &query, const ExportRowSink &sink);

private:
    const Database &m_db;
};

} // namespace Sprechtag
