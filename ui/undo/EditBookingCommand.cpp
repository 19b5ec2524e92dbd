// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/EditBookingCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

// Remembers the company's and the contact's versions as stored in `state`.
void remember(KnownVersions &known, const BookingEdit &state)
{
    known.companies.insert(state.company.id, state.company.version);
    if (state.contact && state.contact->id != 0)
        known.contacts.insert(state.contact->id, state.contact->version);
}

} // namespace

Result<std::unique_ptr<EditBookingCommand>> EditBookingCommand::apply(const Database &db, Versions versions,
                                                                      const BookingEdit &edit,
                                                                      ErrorHandler onError)
{
    BookingEdit e = edit;
    e.actor = currentActor();
    auto edited = BookingService(db).applyEdit(e);
    if (!edited)
        return edited.error();
    return std::unique_ptr<EditBookingCommand>(
        new EditBookingCommand(db, std::move(versions), *edited, std::move(onError)));
}

EditBookingCommand::EditBookingCommand(const Database &db, Versions versions, const EditOutcome &edited,
                                       ErrorHandler onError)
    : BookingCommand(db, versions, edited.booking, std::move(onError),
                     QCoreApplication::translate("Sprechtag::BookingCommands", "Edit %1")
                         .arg(edited.booking.companyName)),
      m_before(edited.before), m_after(edited.after)
{
    // A contact the edit replaced keeps its version from before; the rows the edit wrote, the new one.
    remember(*versions, m_before);
    remember(*versions, m_after);
}

Result<BookingDetails> EditBookingCommand::step(BookingService &service, KnownVersions &known, bool undoing)
{
    // The details to restore, each row at the version this window last left it at.
    BookingEdit edit = undoing ? m_before : m_after;
    edit.version = known.bookings.value(edit.bookingId);
    edit.company.version = known.companies.value(edit.company.id, edit.company.version);
    if (edit.contact && edit.contact->id != 0)
        edit.contact->version = known.contacts.value(edit.contact->id, edit.contact->version);
    edit.actor = currentActor();
    auto applied = service.applyEdit(edit);
    if (!applied)
        return applied.error();
    remember(known, applied->after);
    return applied->booking;
}

} // namespace Sprechtag
