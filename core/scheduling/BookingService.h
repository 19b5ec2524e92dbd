// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"

namespace Sprechtag {

struct BookingRequest
{
    Id slotId = 0;
    // An existing company; when 0, `company` is matched by name (case-insensitively) or created.
    Id companyId = 0;
    Company company;
    // An existing contact of the company; when 0 and `contact` has a name, it is matched or created.
    Id contactId = 0;
    std::optional<Contact> contact;
    QString topic;
    // Rule 3: a second slot for the same company on the same day only with this set.
    bool allowSecondSlotSameDay = false;
    QString actor;
};

// A change of an existing booking's details: topic, the company's and the contact's data.
struct BookingEdit
{
    Id bookingId = 0;
    int version = 0; // the booking's version the caller saw
    QString topic;
    // The company as edited (id and version as loaded); its name may change, it stays the same company.
    Company company;
    // The contact as edited: id 0 creates a new contact of the company; nullopt removes the contact person.
    std::optional<Contact> contact;
    QString actor;
};

// An applied edit: the booking as stored now, and its details as edits (the company and contact as
// stored, with their versions) from just before and just after the change: what an undo step restores
// and the versions it must find.
struct EditOutcome
{
    BookingDetails booking;
    BookingEdit before;
    BookingEdit after;
};

struct CancelOutcome
{
    BookingDetails booking;
    // Requests waiting for this day or format: offer them the freed slot.
    QList<WaitlistEntry> waitlist;
};

// Books, cancels and moves: rules 1, 3 and 5 of product.md. Each call is one write transaction and
// returns the result or the reason; it never shows anything.
class BookingService
{
public:
    explicit BookingService(const Database &db) : m_db(db), m_bookings(db) {}

    Result<BookingDetails> book(const BookingRequest &request);
    // expectedVersion: the version the caller saw; a different stored version gives ChangedMeanwhile.
    Result<CancelOutcome> cancel(Id bookingId, const QString &reason, const QString &actor,
                                 std::optional<int> expectedVersion = std::nullopt);
    // Undoes a cancellation when the slot is still free.
    Result<BookingDetails> reinstate(Id bookingId, const QString &actor,
                                     std::optional<int> expectedVersion = std::nullopt);
    Result<BookingDetails> move(Id bookingId, Id targetSlotId, const QString &actor,
                                bool allowSecondSlotSameDay = false,
                                std::optional<int> expectedVersion = std::nullopt);
    // Changes topic, company and contact data; every row checks the version the caller saw.
    Result<BookingDetails> edit(const BookingEdit &edit);
    // The same, also returning the details before and after (for an undo step).
    Result<EditOutcome> applyEdit(const BookingEdit &edit);
    // One booking as stored.
    Result<BookingDetails> details(Id bookingId) { return load(bookingId, std::nullopt); }
    // Attended / did not attend, or back to booked.
    Result<BookingDetails> setAttendance(Id bookingId, BookingStatus status, const QString &actor,
                                         std::optional<int> expectedVersion = std::nullopt);

private:
    Result<BookingDetails> load(Id bookingId, std::optional<int> expectedVersion);
    // Begins the write and loads the booking at the expected version.
    Result<BookingDetails> begin(WriteTransaction &tx, Id bookingId, std::optional<int> expectedVersion);
    // The same, for a change that needs the booking in one status (else BookingNotActive).
    Result<BookingDetails> beginIn(WriteTransaction &tx, Id bookingId, std::optional<int> expectedVersion,
                                   BookingStatus required);
    // The same, for a change of a booking that is not cancelled (else BookingAlreadyCancelled).
    Result<BookingDetails> beginUncancelled(WriteTransaction &tx, Id bookingId,
                                            std::optional<int> expectedVersion);
    // Reads the booking as written and commits.
    Result<BookingDetails> commit(WriteTransaction &tx, Id bookingId);
    // The slot a booking goes to (moved or reinstated): it exists (else `missing`), is free, and the
    // company has no other booking that day unless allowed.
    Result<SlotDetails> targetSlot(Id slotId, const BookingDetails &current, bool allowSecond,
                                   const Error &missing);
    Status checkEdit(const BookingEdit &edit, const BookingDetails &current);
    Result<Id> saveEditedContact(const Contact &edited, Id companyId);
    Result<BookingEdit> stateOf(const BookingDetails &details);
    Status checkSlotFree(const SlotDetails &slot);
    Status checkCompanyDay(Id companyId, const QString &companyName, const QDate &date, Id excludeBooking,
                           bool allowSecond);
    Result<Id> resolveCompany(const BookingRequest &request, QString *name);
    Result<Id> resolveContact(const BookingRequest &request, Id companyId);

    const Database &m_db;
    BookingRepository m_bookings;
};

// The operating system's user name, recorded as who made a change.
QString currentActor();

} // namespace Sprechtag
