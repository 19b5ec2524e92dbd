// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/MoveBookingCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

Result<std::unique_ptr<MoveBookingCommand>> MoveBookingCommand::apply(const Database &db, Versions versions,
                                                                      Id bookingId, Id targetSlotId,
                                                                      ErrorHandler onError)
{
    BookingService service(db);
    auto before = service.details(bookingId);
    if (!before)
        return before.error();
    auto moved = service.move(bookingId, targetSlotId, currentActor());
    if (!moved)
        return moved.error();
    return std::unique_ptr<MoveBookingCommand>(
        new MoveBookingCommand(db, std::move(versions), *moved, before->booking.slotId, std::move(onError)));
}

MoveBookingCommand::MoveBookingCommand(const Database &db, Versions versions, const BookingDetails &moved,
                                       Id fromSlot, ErrorHandler onError)
    : BookingCommand(
          db, std::move(versions), moved, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Move %1").arg(moved.companyName)),
      m_from(fromSlot), m_to(moved.booking.slotId)
{}

Result<BookingDetails> MoveBookingCommand::step(BookingService &service, KnownVersions &known, bool undoing)
{
    return service.move(bookingId(), undoing ? m_from : m_to, currentActor(), true,
                        known.bookings.value(bookingId()));
}

} // namespace Sprechtag
