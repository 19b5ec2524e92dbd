// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"

#include <QStringList>

namespace Sprechtag {

// The columns of the booking list, shared by the CSV and the XLSX export.
enum class BookingColumn
{
    Date,
    Start,
    End,
    Format,
    Consultant,
    Room,
    Company,
    Salutation,
    Title,
    FirstName,
    LastName,
    Email,
    Phone,
    Street,
    Postcode,
    City,
    Topic,
    Status,
    BookedAt,
    ConfirmationAt,
};

inline constexpr int kBookingColumnCount = int(BookingColumn::ConfirmationAt) + 1;

// The translated column titles (context "Sprechtag::Export"), "Datum", "Beginn", ... in German.
QStringList bookingColumnTitles();

// A cell as text: dates dd.MM.yyyy, times HH:mm, timestamps dd.MM.yyyy HH:mm in local time, the status in
// words, the salutation as "Frau", "Herr" or empty. The text exactly as stored otherwise (no escaping).
QString bookingCellText(const BookingRow &row, BookingColumn column);

// "dd.MM.yyyy HH:mm" in local time; empty for an invalid timestamp.
QString formatTimestampLocal(const QDateTime &when);

} // namespace Sprechtag
