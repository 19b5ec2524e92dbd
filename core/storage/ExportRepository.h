// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

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

private:
    const Database &m_db;
};

} // namespace Sprechtag
