// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/BookingService.h"

#include "domain/Text.h"

#include "domain/Validation.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

QString fillEmpty(const QString &current, const QString &offered)
{
    return current.trimmed().isEmpty() ? offered.trimmed() : current;
}

} // namespace

QString currentActor()
{
    return Database::systemUserName();
}

Result<BookingDetails> BookingService::load(Id bookingId, std::optional<int> expectedVersion)
{
    auto found = m_bookings.byId(bookingId);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(Entity::Booking, bookingId);
    if (expectedVersion && (*found)->booking.version != *expectedVersion)
        return makeError(
            ErrorCode::ChangedMeanwhile,
            {QCoreApplication::translate("Sprechtag::BookingService", "Booking %1").arg(bookingId)});
    return **found;
}

Status BookingService::checkSlotFree(const SlotDetails &slot)
{
    const QStringList where{formatDateShort(slot.slot.date), formatTime(slot.slot.time.start),
                            slot.consultantName};
    if (slot.dayStatus != DayStatus::Open)
        return makeError(ErrorCode::DayNotBookable, {formatDateShort(slot.slot.date) + QStringLiteral(" (") +
                                                         slot.formatName + QLatin1Char(')'),
                                                     displayName(slot.dayStatus)});
    if (slot.slot.blocked)
        return makeError(ErrorCode::SlotBlocked, where);
    auto taken = m_bookings.activeForSlot(slot.slot.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::SlotTaken, QStringList(where) << (*taken)->companyName);
    return {};
}

Status BookingService::checkCompanyDay(Id companyId, const QString &companyName, const QDate &date,
                                       Id excludeBooking, bool allowSecond)
{
    if (allowSecond)
        return {};
    auto same = m_bookings.activeForCompanyOn(companyId, date, excludeBooking);
    if (!same)
        return same.error();
    if (same->isEmpty())
        return {};
    const BookingDetails &other = same->first();
    return makeError(ErrorCode::CompanyAlreadyBooked,
                     {companyName, formatDateShort(date), formatTime(other.slot.slot.time.start),
                      other.slot.consultantName});
}

Result<Id> BookingService::resolveCompany(const BookingRequest &request, QString *name)
{
    CompanyRepository companies(m_db);
    if (request.companyId != 0) {
        auto found = companies.byId(request.companyId);
        if (!found)
            return found.error();
        if (!*found)
            return notFound(Entity::Company, request.companyId);
        *name = (*found)->name;
        return request.companyId;
    }
    const QString wanted = cleanText(request.company.name, TextKind::SingleLine).simplified();
    if (wanted.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            {QCoreApplication::translate("Sprechtag::BookingService", "Company"),
             QCoreApplication::translate("Sprechtag::BookingService", "Please enter the company's name.")});
    auto matches = companies.byName(wanted);
    if (!matches)
        return matches.error();
    if (!matches->isEmpty()) {
        // Complete what is missing, never overwrite what staff entered before.
        Company c = matches->first();
        const Company &in = request.company;
        Company merged = c;
        merged.street = fillEmpty(c.street, in.street);
        merged.postcode = fillEmpty(c.postcode, in.postcode);
        merged.city = fillEmpty(c.city, in.city);
        merged.membershipNumber = fillEmpty(c.membershipNumber, in.membershipNumber);
        merged.industry = fillEmpty(c.industry, in.industry);
        merged.website = fillEmpty(c.website, in.website);
        merged.archived = false;
        if (merged.street != c.street || merged.postcode != c.postcode || merged.city != c.city ||
            merged.membershipNumber != c.membershipNumber || merged.industry != c.industry ||
            merged.website != c.website || c.archived) {
            if (Status s = companies.update(merged); !s)
                return s.error();
        }
        *name = c.name;
        return c.id;
    }
    Company fresh = request.company;
    fresh.name = wanted;
    *name = wanted;
    return companies.insert(fresh);
}

Result<Id> BookingService::resolveContact(const BookingRequest &request, Id companyId)
{
    CompanyRepository companies(m_db);
    if (request.contactId != 0) {
        auto found = companies.contactById(request.contactId);
        if (!found)
            return found.error();
        if (!*found || (*found)->companyId != companyId)
            return notFound(Entity::Contact, request.contactId);
        return request.contactId;
    }
    if (!request.contact || !contactHasDetails(*request.contact))
        return Id(0);
    Contact wanted = *request.contact;
    wanted.firstName = wanted.firstName.simplified();
    wanted.lastName = wanted.lastName.simplified();
    wanted.title = wanted.title.simplified();
    auto existing = companies.contactsNamed(companyId, wanted);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        const Contact &c = existing->first();
        Contact merged = c;
        merged.email = fillEmpty(c.email, wanted.email);
        merged.phone = fillEmpty(c.phone, wanted.phone);
        merged.title = fillEmpty(c.title, wanted.title);
        if (c.salutation == Salutation::None)
            merged.salutation = wanted.salutation;
        merged.archived = false;
        if (merged.email != c.email || merged.phone != c.phone || merged.title != c.title ||
            merged.salutation != c.salutation || c.archived) {
            if (Status s = companies.updateContact(merged); !s)
                return s.error();
        }
        return c.id;
    }
    wanted.companyId = companyId;
    wanted.id = 0;
    wanted.email = wanted.email.trimmed();
    wanted.phone = wanted.phone.trimmed();
    return companies.insertContact(wanted);
}

Result<BookingDetails> BookingService::book(const BookingRequest &request)
{
    if (request.companyId == 0) {
        if (Status s = validateCompany(request.company); !s)
            return s.error();
    }
    // Details given without a name are refused with the reason, never dropped.
    if (request.contactId == 0 && request.contact && contactHasDetails(*request.contact)) {
        if (Status s = validateContact(*request.contact); !s)
            return s.error();
    }
    if (Status s = validateText(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Topic"), request.topic); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    DayRepository days(m_db);
    auto slot = days.slotById(request.slotId);
    if (!slot)
        return slot.error();
    if (!*slot)
        return notFound(Entity::Slot, request.slotId);
    if (Status s = checkSlotFree(**slot); !s)
        return s.error();
    QString companyName;
    auto companyId = resolveCompany(request, &companyName);
    if (!companyId)
        return companyId.error();
    if (Status s =
            checkCompanyDay(*companyId, companyName, (*slot)->slot.date, 0, request.allowSecondSlotSameDay);
        !s)
        return s.error();
    auto contactId = resolveContact(request, *companyId);
    if (!contactId)
        return contactId.error();

    Booking booking;
    booking.slotId = request.slotId;
    booking.companyId = *companyId;
    booking.contactId = *contactId;
    booking.topic = request.topic.trimmed();
    booking.createdBy = request.actor.isEmpty() ? currentActor() : request.actor;
    auto id = m_bookings.insert(booking);
    if (!id) {
        // The unique index is the guarantee; the check above only makes the message nicer.
        if (id.error().code == ErrorCode::ConstraintViolation) {
            if (auto taken = m_bookings.activeForSlot(request.slotId); taken && *taken)
                return makeError(ErrorCode::SlotTaken,
                                 {formatDateShort((*slot)->slot.date), formatTime((*slot)->slot.time.start),
                                  (*slot)->consultantName, (*taken)->companyName});
        }
        return id.error();
    }
    auto stored = m_bookings.byId(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
}

Result<BookingDetails> BookingService::begin(WriteTransaction &tx, Id bookingId,
                                             std::optional<int> expectedVersion)
{
    if (Status s = tx.begin(); !s)
        return s.error();
    return load(bookingId, expectedVersion);
}

Result<BookingDetails> BookingService::beginIn(WriteTransaction &tx, Id bookingId,
                                               std::optional<int> expectedVersion, BookingStatus required)
{
    auto current = begin(tx, bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status != required)
        return makeError(ErrorCode::BookingNotActive,
                         {QString::number(bookingId), displayName(current->booking.status)});
    return current;
}

Result<BookingDetails> BookingService::beginUncancelled(WriteTransaction &tx, Id bookingId,
                                                        std::optional<int> expectedVersion)
{
    auto current = begin(tx, bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status == BookingStatus::Cancelled)
        return makeError(ErrorCode::BookingAlreadyCancelled, {QString::number(bookingId)});
    return current;
}

Result<BookingDetails> BookingService::commit(WriteTransaction &tx, Id bookingId)
{
    auto stored = m_bookings.byId(bookingId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(Entity::Booking, bookingId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
}

Result<SlotDetails> BookingService::targetSlot(Id slotId, const BookingDetails &current, bool allowSecond,
                                               const Error &missing)
{
    auto slot = DayRepository(m_db).slotById(slotId);
    if (!slot)
        return slot.error();
    if (!*slot)
        return missing;
    if (Status s = checkSlotFree(**slot); !s)
        return s.error();
    if (Status s = checkCompanyDay(current.booking.companyId, current.companyName, (*slot)->slot.date,
                                   current.booking.id, allowSecond);
        !s)
        return s.error();
    return **slot;
}

Result<CancelOutcome> BookingService::cancel(Id bookingId, const QString &reason, const QString &actor,
                                             std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    auto current = beginUncancelled(tx, bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (Status s = m_bookings.setStatus(current->booking, BookingStatus::Cancelled, reason.trimmed(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    WaitlistRepository waitlist(m_db);
    auto waiting = waitlist.openFor(current->slot.formatId, current->slot.slot.dayId);
    if (!waiting)
        return waiting.error();
    auto stored = commit(tx, bookingId);
    if (!stored)
        return stored.error();
    return CancelOutcome{*stored, *waiting};
}

Result<BookingDetails> BookingService::reinstate(Id bookingId, const QString &actor,
                                                 std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    auto current = beginIn(tx, bookingId, expectedVersion, BookingStatus::Cancelled);
    if (!current)
        return current.error();
    const Error missing = makeError(ErrorCode::SlotNotFound, {formatDateShort(current->slot.slot.date),
                                                              formatTime(current->slot.slot.time.start),
                                                              current->slot.consultantName});
    if (auto slot = targetSlot(current->booking.slotId, *current, false, missing); !slot)
        return slot.error();
    if (Status s = m_bookings.setStatus(current->booking, BookingStatus::Booked, QString(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    return commit(tx, bookingId);
}

Result<BookingDetails> BookingService::move(Id bookingId, Id targetSlotId, const QString &actor,
                                            bool allowSecondSlotSameDay, std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    auto current = beginIn(tx, bookingId, expectedVersion, BookingStatus::Booked);
    if (!current)
        return current.error();
    if (current->booking.slotId == targetSlotId)
        return *current;
    if (auto slot =
            targetSlot(targetSlotId, *current, allowSecondSlotSameDay, notFound(Entity::Slot, targetSlotId));
        !slot)
        return slot.error();
    if (Status s =
            m_bookings.moveToSlot(current->booking, targetSlotId, actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    return commit(tx, bookingId);
}

Status BookingService::checkEdit(const BookingEdit &edit, const BookingDetails &current)
{
    const QString companyWord = QCoreApplication::translate("Sprechtag::BookingService", "Company");
    if (edit.company.id != current.booking.companyId)
        return makeError(
            ErrorCode::InvalidInput,
            {companyWord, QCoreApplication::translate("Sprechtag::BookingService",
                                                      "Move the booking instead of changing its company.")});
    if (edit.company.name.simplified().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         {companyWord, QCoreApplication::translate("Sprechtag::BookingService",
                                                                   "Please enter the company's name.")});
    if (Status s = validateCompany(edit.company); !s)
        return s;
    if (edit.contact) {
        if (Status s = validateContact(*edit.contact); !s)
            return s;
    }
    return validateText(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Topic"), edit.topic);
}

Result<Id> BookingService::saveEditedContact(const Contact &edited, Id companyId)
{
    Contact contact = edited;
    contact.companyId = companyId;
    contact.firstName = contact.firstName.simplified();
    contact.lastName = contact.lastName.simplified();
    if (contact.firstName.isEmpty() && contact.lastName.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            {QCoreApplication::translate("Sprechtag::BookingService", "Contact person"),
             QCoreApplication::translate("Sprechtag::BookingService", "Please enter a first or last name.")});
    CompanyRepository companies(m_db);
    if (contact.id == 0)
        return companies.insertContact(contact);
    if (Status s = companies.updateContact(contact); !s)
        return s.error();
    return contact.id;
}

Result<BookingDetails> BookingService::edit(const BookingEdit &edit)
{
    auto outcome = applyEdit(edit);
    if (!outcome)
        return outcome.error();
    return outcome->booking;
}

Result<EditOutcome> BookingService::applyEdit(const BookingEdit &edit)
{
    WriteTransaction tx(m_db);
    auto current = begin(tx, edit.bookingId, edit.version);
    if (!current)
        return current.error();
    if (Status s = checkEdit(edit, *current); !s)
        return s.error();
    auto before = stateOf(*current);
    if (!before)
        return before.error();
    Company company = edit.company;
    company.name = company.name.simplified();
    if (Status s = CompanyRepository(m_db).update(company); !s)
        return s.error();
    Booking booking = current->booking;
    booking.topic = edit.topic.trimmed();
    booking.contactId = 0;
    if (edit.contact) {
        auto contactId = saveEditedContact(*edit.contact, company.id);
        if (!contactId)
            return contactId.error();
        booking.contactId = *contactId;
    }
    if (Status s = m_bookings.setTopicAndContact(booking, edit.actor.isEmpty() ? currentActor() : edit.actor);
        !s)
        return s.error();
    auto stored = m_bookings.byId(edit.bookingId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(Entity::Booking, edit.bookingId);
    auto after = stateOf(**stored);
    if (!after)
        return after.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return EditOutcome{**stored, *before, *after};
}

Result<BookingEdit> BookingService::stateOf(const BookingDetails &details)
{
    BookingEdit e;
    e.bookingId = details.booking.id;
    e.version = details.booking.version;
    e.topic = details.booking.topic;
    CompanyRepository companies(m_db);
    auto company = companies.byId(details.booking.companyId);
    if (!company)
        return company.error();
    if (!*company)
        return notFound(Entity::Company, details.booking.companyId);
    e.company = **company;
    if (details.booking.contactId != 0) {
        auto contact = companies.contactById(details.booking.contactId);
        if (!contact)
            return contact.error();
        if (!*contact)
            return notFound(Entity::Contact, details.booking.contactId);
        e.contact = **contact;
    }
    return e;
}

Result<BookingDetails> BookingService::setAttendance(Id bookingId, BookingStatus status, const QString &actor,
                                                     std::optional<int> expectedVersion)
{
    if (status == BookingStatus::Cancelled)
        return makeError(
            ErrorCode::InvalidInput,
            {QCoreApplication::translate("Sprechtag::BookingService", "Status"),
             QCoreApplication::translate("Sprechtag::BookingService", "Use cancel to cancel a booking.")});
    WriteTransaction tx(m_db);
    auto current = beginUncancelled(tx, bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (Status s = m_bookings.setStatus(current->booking, status, QString(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    return commit(tx, bookingId);
}

} // namespace Sprechtag
