// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/DayRepository.h"

namespace Sprechtag {

class Query;

class BookingRepository
{
public:
    explicit BookingRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const Booking &booking);
    Result<std::optional<BookingDetails>> byId(Id bookingId);
    // The one active booking of a slot, if any.
    Result<std::optional<BookingDetails>> activeForSlot(Id slotId);
    // Active bookings of a company on a date, across all days and formats.
    Result<QList<BookingDetails>> activeForCompanyOn(Id companyId, const QDate &date,
                                                     Id excludeBookingId = 0);
    // Every booking of a company, newest first (its history).
    Result<QList<BookingDetails>> forCompany(Id companyId);
    // All bookings on a day's slots, by time; cancelled ones only when asked.
    Result<QList<BookingDetails>> forDay(Id dayId, bool includeCancelled = false);
    // Each of these changes only the booking at the given version; otherwise ChangedMeanwhile.
    Status setStatus(const Booking &booking, BookingStatus status, const QString &reason,
                     const QString &actor);
    Status moveToSlot(const Booking &booking, Id slotId, const QString &actor);
    Status setTopicAndContact(const Booking &booking, const QString &actor);

private:
    Result<QList<BookingDetails>> fetch(const QString &where, const QVariantList &params);
    Status checkOneRow(int rows, const Booking &booking);

    const Database &m_db;
};

class WaitlistRepository
{
public:
    explicit WaitlistRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const WaitlistEntry &entry);
    // Open entries for the format that ask for this day or for any day of it, oldest first.
    Result<QList<WaitlistEntry>> openFor(Id formatId, Id dayId);
    Status resolve(Id entryId);

    // Every row of an executed query that selects "id, format_id, day_id, company_id, contact_id, note,
    // created_at, resolved" from waitlist_entry, for repositories that choose the entries their own way.
    static Result<QList<WaitlistEntry>> rows(Query &q);

private:
    const Database &m_db;
};

class OrganisationRepository
{
public:
    explicit OrganisationRepository(const Database &db) : m_db(db) {}

    Result<Organisation> get();
    Status save(const Organisation &organisation);

private:
    const Database &m_db;
};

} // namespace Sprechtag
