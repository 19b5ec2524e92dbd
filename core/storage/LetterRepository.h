// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Sprechtag {

// Reads what confirmation letters need (booking, slot, company, contact, format, day, organisation) and
// records that they were produced.
class LetterRepository
{
public:
    explicit LetterRepository(const Database &db) : m_db(db) {}

    // One booking's letter, whatever its status (the caller decides what to do with a cancelled one);
    // nullopt when there is no such booking.
    Result<std::optional<LetterData>> forBooking(Id bookingId);
    // The active bookings of a date (on days that are not cancelled), optionally of one format only; by
    // format, time and consultant.
    Result<QList<LetterData>> activeOnDate(const QDate &date, Id formatId = 0);
    // Sets confirmation_sent_at of the bookings in one write transaction; changes nothing else (it is a
    // fact, not an edit: no version bump). NotFound when one of them does not exist (then none is set).
    Status markConfirmationProduced(const QList<Id> &bookingIds, const QDateTime &when);

private:
    Result<QList<LetterData>> fetch(const QString &where, const QVariantList &params);

    const Database &m_db;
};

} // namespace Sprechtag
