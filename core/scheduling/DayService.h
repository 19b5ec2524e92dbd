// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/DayRepository.h"

namespace Sprechtag {

struct DayPreview
{
    int slotCount = 0;
    // What would stop the day from being created (a consultant elsewhere, the day exists already, ...).
    QList<Error> conflicts;
};

// Plans consultation days and their slots, enforcing rules 2 and 4 of product.md.
class DayService
{
public:
    explicit DayService(const Database &db) : m_db(db), m_days(db) {}

    // How many slots the day would offer and what stands in the way, without writing anything.
    Result<DayPreview> preview(const ConsultationDay &day);
    // Creates the day and generates its slots.
    Result<ConsultationDay> create(const ConsultationDay &day);
    // Creates several days in one transaction, all or nothing: the first day that is refused (or a storage
    // error) leaves the database as it was. The ids in the order of the request.
    Result<QList<Id>> createDays(const QList<ConsultationDay> &days);
    // Changes hours, slot length, breaks, consultants, place or date (not the status: see setStatus).
    // Refused, naming them, when any active booking would lose its slot; free slots that go away are removed
    // (or retired if they have history).
    Result<ConsultationDay> change(const ConsultationDay &day);
    // Cancelling a day with active bookings is refused, naming them.
    Status setStatus(Id dayId, DayStatus status);
    // Calls the day off: cancels each of its booked slots' bookings (with the reason, as actor) and then the
    // day, in one transaction, all or nothing; refused, naming them, when bookings with a recorded outcome
    // (attended, no-show) remain. The bookings it cancelled, as they were before.
    Result<QList<BookingDetails>> callOff(Id dayId, const QString &reason, const QString &actor);
    Status setSlotBlocked(Id slotId, bool blocked);
    // Only a day that never had a booking can be deleted.
    Status remove(Id dayId);

private:
    Result<QList<Error>> conflicts(const ConsultationDay &day, bool checkExisting);
    Status writeSlots(const ConsultationDay &day);

    const Database &m_db;
    DayRepository m_days;
};

// "10:00 Thorsten Ising: Müller GmbH", used to name bookings that are in the way.
QString describeBooking(const BookingDetails &booking);

} // namespace Sprechtag
