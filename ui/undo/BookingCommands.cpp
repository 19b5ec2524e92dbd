// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/BookingCommands.h"

#include "storage/CompanyRepository.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

// The command's text for the undo view, then after a newline the one for the Edit menu's actions, where a
// single "&" would mark a shortcut letter ("Müller & Söhne" would lose its "&"): doubled there.
QString undoTexts(const QString &text)
{
    QString menu = text;
    menu.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return text + QLatin1Char('\n') + menu;
}

} // namespace

BookingCommand::BookingCommand(const Database &db, Versions versions, Id bookingId, int version,
                               ErrorHandler onError, const QString &text)
    : QUndoCommand(undoTexts(text)), m_db(db), m_versions(std::move(versions)), m_bookingId(bookingId),
      m_onError(std::move(onError))
{
    m_versions->insert(bookingId, version);
}

void BookingCommand::undo()
{
    run(true);
}

void BookingCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(false);
}

void BookingCommand::run(bool undoing)
{
    BookingService service(m_db);
    const int version = m_versions->value(m_bookingId);
    auto result = undoing ? applyUndo(service, version) : applyRedo(service, version);
    if (!result) {
        setObsolete(true);
        if (m_onError)
            m_onError(result.error());
        return;
    }
    m_versions->insert(m_bookingId, result->booking.version);
}

BookCommand::BookCommand(const Database &db, Versions versions, const BookingDetails &created,
                         ErrorHandler onError)
    : BookingCommand(
          db, versions, created.booking.id, created.booking.version, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Book %1").arg(created.companyName))
{}

Result<BookingDetails> BookCommand::applyUndo(BookingService &service, int version)
{
    auto r = service.cancel(bookingId(), QCoreApplication::translate("Sprechtag::BookingCommands", "undone"),
                            currentActor(), version);
    if (!r)
        return r.error();
    return r->booking;
}

Result<BookingDetails> BookCommand::applyRedo(BookingService &service, int version)
{
    return service.reinstate(bookingId(), currentActor(), version);
}

CancelCommand::CancelCommand(const Database &db, Versions versions, const BookingDetails &cancelled,
                             ErrorHandler onError)
    : BookingCommand(
          db, versions, cancelled.booking.id, cancelled.booking.version, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Cancel %1").arg(cancelled.companyName)),
      m_reason(cancelled.booking.cancelReason)
{}

Result<BookingDetails> CancelCommand::applyUndo(BookingService &service, int version)
{
    return service.reinstate(bookingId(), currentActor(), version);
}

Result<BookingDetails> CancelCommand::applyRedo(BookingService &service, int version)
{
    auto r = service.cancel(bookingId(), m_reason, currentActor(), version);
    if (!r)
        return r.error();
    return r->booking;
}

MoveCommand::MoveCommand(const Database &db, Versions versions, const BookingDetails &moved, Id fromSlot,
                         ErrorHandler onError)
    : BookingCommand(
          db, versions, moved.booking.id, moved.booking.version, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Move %1").arg(moved.companyName)),
      m_from(fromSlot), m_to(moved.booking.slotId)
{}

Result<BookingDetails> MoveCommand::applyUndo(BookingService &service, int version)
{
    return service.move(bookingId(), m_from, currentActor(), true, version);
}

Result<BookingDetails> MoveCommand::applyRedo(BookingService &service, int version)
{
    return service.move(bookingId(), m_to, currentActor(), true, version);
}

AttendanceCommand::AttendanceCommand(const Database &db, Versions versions, const BookingDetails &changed,
                                     BookingStatus before, ErrorHandler onError)
    : BookingCommand(db, versions, changed.booking.id, changed.booking.version, std::move(onError),
                     QCoreApplication::translate("Sprechtag::BookingCommands", "Mark %1 as %2")
                         .arg(changed.companyName, displayName(changed.booking.status))),
      m_before(before), m_after(changed.booking.status)
{}

Result<BookingDetails> AttendanceCommand::applyUndo(BookingService &service, int version)
{
    return service.setAttendance(bookingId(), m_before, currentActor(), version);
}

Result<BookingDetails> AttendanceCommand::applyRedo(BookingService &service, int version)
{
    return service.setAttendance(bookingId(), m_after, currentActor(), version);
}

EditCommand::EditCommand(const Database &db, Versions versions, const BookingDetails &edited,
                         const BookingEdit &before, const BookingEdit &after, ErrorHandler onError)
    : BookingCommand(
          db, versions, edited.booking.id, edited.booking.version, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Edit %1").arg(edited.companyName)),
      m_database(db), m_before(before), m_after(after)
{}

Result<BookingDetails> EditCommand::apply(BookingService &service, BookingEdit edit, int version)
{
    // The company and contact rows may have moved on (this very command changed them): take their
    // current versions, the booking's version is checked as the caller saw it.
    CompanyRepository companies(m_database);
    auto company = companies.byId(edit.company.id);
    if (!company)
        return company.error();
    if (*company)
        edit.company.version = (*company)->version;
    if (edit.contact && edit.contact->id != 0) {
        auto contact = companies.contactById(edit.contact->id);
        if (!contact)
            return contact.error();
        if (*contact)
            edit.contact->version = (*contact)->version;
    }
    edit.version = version;
    edit.actor = currentActor();
    return service.edit(edit);
}

Result<BookingDetails> EditCommand::applyUndo(BookingService &service, int version)
{
    return apply(service, m_before, version);
}

Result<BookingDetails> EditCommand::applyRedo(BookingService &service, int version)
{
    return apply(service, m_after, version);
}

BookingEdit editFromDetails(const Database &db, const BookingDetails &details)
{
    BookingEdit e;
    e.bookingId = details.booking.id;
    e.version = details.booking.version;
    e.topic = details.booking.topic;
    CompanyRepository companies(db);
    if (auto company = companies.byId(details.booking.companyId); company && *company)
        e.company = **company;
    if (details.booking.contactId != 0) {
        if (auto contact = companies.contactById(details.booking.contactId); contact && *contact)
            e.contact = **contact;
    }
    return e;
}

} // namespace Sprechtag
