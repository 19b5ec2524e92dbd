// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

// One match of the search field: a booking of a matching company or contact, or a matching company
// that has no booking yet (bookingId 0).
struct SearchHit
{
    Id companyId = 0;
    QString companyName;
    QString contactName;
    Id bookingId = 0;
    Id dayId = 0;
    QDate date;
    int start = 0;
    QString consultantName;
    QString formatName;
    BookingStatus status = BookingStatus::Booked;
};

class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    // Companies and contacts (name, e-mail) containing the text, case-insensitively, across all days;
    // newest bookings first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 200);

private:
    const Database &m_db;
};

} // namespace Sprechtag
