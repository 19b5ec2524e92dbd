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
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::BookingService", "Booking"),
                          QString::number(bookingId)});
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
            return makeError(ErrorCode::NotFound,
                             {QCoreApplication::translate("Sprechtag::BookingService", "Company"),
                              QString::number(request.companyId)});
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
            return makeError(ErrorCode::NotFound,
                             {QCoreApplication::translate("Sprechtag::BookingService", "Contact person"),
                              QString::number(request.contactId)});
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
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::BookingService", "Slot"),
                          QString::number(request.slotId)});
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

Result<CancelOutcome> BookingService::cancel(Id bookingId, const QString &reason, const QString &actor,
                                             std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = load(bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status == BookingStatus::Cancelled)
        return makeError(ErrorCode::BookingAlreadyCancelled, {QString::number(bookingId)});
    if (Status s = m_bookings.setStatus(current->booking, BookingStatus::Cancelled, reason.trimmed(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    WaitlistRepository waitlist(m_db);
    auto waiting = waitlist.openFor(current->slot.formatId, current->slot.slot.dayId);
    if (!waiting)
        return waiting.error();
    auto stored = m_bookings.byId(bookingId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return CancelOutcome{**stored, *waiting};
}

Result<BookingDetails> BookingService::reinstate(Id bookingId, const QString &actor,
                                                 std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = load(bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status != BookingStatus::Cancelled)
        return makeError(ErrorCode::BookingNotActive,
                         {QString::number(bookingId), displayName(current->booking.status)});
    DayRepository days(m_db);
    auto slot = days.slotById(current->booking.slotId);
    if (!slot)
        return slot.error();
    if (!*slot)
        return makeError(ErrorCode::SlotNotFound,
                         {formatDateShort(current->slot.slot.date), formatTime(current->slot.slot.time.start),
                          current->slot.consultantName});
    if (Status s = checkSlotFree(**slot); !s)
        return s.error();
    if (Status s = checkCompanyDay(current->booking.companyId, current->companyName, (*slot)->slot.date,
                                   bookingId, false);
        !s)
        return s.error();
    if (Status s = m_bookings.setStatus(current->booking, BookingStatus::Booked, QString(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    auto stored = m_bookings.byId(bookingId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
}

Result<BookingDetails> BookingService::move(Id bookingId, Id targetSlotId, const QString &actor,
                                            bool allowSecondSlotSameDay, std::optional<int> expectedVersion)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = load(bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status != BookingStatus::Booked)
        return makeError(ErrorCode::BookingNotActive,
                         {QString::number(bookingId), displayName(current->booking.status)});
    if (current->booking.slotId == targetSlotId)
        return *current;
    DayRepository days(m_db);
    auto slot = days.slotById(targetSlotId);
    if (!slot)
        return slot.error();
    if (!*slot)
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::BookingService", "Slot"),
                          QString::number(targetSlotId)});
    if (Status s = checkSlotFree(**slot); !s)
        return s.error();
    if (Status s = checkCompanyDay(current->booking.companyId, current->companyName, (*slot)->slot.date,
                                   bookingId, allowSecondSlotSameDay);
        !s)
        return s.error();
    if (Status s =
            m_bookings.moveToSlot(current->booking, targetSlotId, actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    auto stored = m_bookings.byId(bookingId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
}

Result<BookingDetails> BookingService::edit(const BookingEdit &edit)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = load(edit.bookingId, edit.version);
    if (!current)
        return current.error();
    if (edit.company.id != current->booking.companyId)
        return makeError(ErrorCode::InvalidInput,
                         {QCoreApplication::translate("Sprechtag::BookingService", "Company"),
                          QCoreApplication::translate("Sprechtag::BookingService",
                                                      "Move the booking instead of changing its company.")});
    if (edit.company.name.simplified().isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            {QCoreApplication::translate("Sprechtag::BookingService", "Company"),
             QCoreApplication::translate("Sprechtag::BookingService", "Please enter the company's name.")});
    if (Status s = validateCompany(edit.company); !s)
        return s.error();
    if (edit.contact) {
        if (Status s = validateContact(*edit.contact); !s)
            return s.error();
    }
    if (Status s = validateText(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Topic"), edit.topic); !s)
        return s.error();
    CompanyRepository companies(m_db);
    Company company = edit.company;
    company.name = company.name.simplified();
    if (Status s = companies.update(company); !s)
        return s.error();
    Booking booking = current->booking;
    booking.topic = edit.topic.trimmed();
    booking.contactId = 0;
    if (edit.contact) {
        Contact contact = *edit.contact;
        contact.companyId = company.id;
        contact.firstName = contact.firstName.simplified();
        contact.lastName = contact.lastName.simplified();
        if (contact.firstName.isEmpty() && contact.lastName.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             {QCoreApplication::translate("Sprechtag::BookingService", "Contact person"),
                              QCoreApplication::translate("Sprechtag::BookingService",
                                                          "Please enter a first or last name.")});
        if (contact.id == 0) {
            auto id = companies.insertContact(contact);
            if (!id)
                return id.error();
            booking.contactId = *id;
        } else {
            if (Status s = companies.updateContact(contact); !s)
                return s.error();
            booking.contactId = contact.id;
        }
    }
    if (Status s = m_bookings.setTopicAndContact(booking, edit.actor.isEmpty() ? currentActor() : edit.actor);
        !s)
        return s.error();
    auto stored = m_bookings.byId(edit.bookingId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
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
    if (Status s = tx.begin(); !s)
        return s.error();
    auto current = load(bookingId, expectedVersion);
    if (!current)
        return current.error();
    if (current->booking.status == BookingStatus::Cancelled)
        return makeError(ErrorCode::BookingAlreadyCancelled, {QString::number(bookingId)});
    if (Status s = m_bookings.setStatus(current->booking, status, QString(),
                                        actor.isEmpty() ? currentActor() : actor);
        !s)
        return s.error();
    auto stored = m_bookings.byId(bookingId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **stored;
}

} // namespace Sprechtag
