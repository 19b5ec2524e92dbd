// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/CancelBookingCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

Result<std::unique_ptr<CancelBookingCommand>> CancelBookingCommand::apply(const Database &db,
                                                                          Versions versions, Id bookingId,
                                                                          const QString &reason,
                                                                          ErrorHandler onError)
{
    auto cancelled = BookingService(db).cancel(bookingId, reason, currentActor());
    if (!cancelled)
        return cancelled.error();
    return std::unique_ptr<CancelBookingCommand>(
        new CancelBookingCommand(db, std::move(versions), *cancelled, std::move(onError)));
}

CancelBookingCommand::CancelBookingCommand(const Database &db, Versions versions,
                                           const CancelOutcome &cancelled, ErrorHandler onError)
    : BookingCommand(db, std::move(versions), cancelled.booking, std::move(onError),
                     QCoreApplication::translate("Sprechtag::BookingCommands", "Cancel %1")
                         .arg(cancelled.booking.companyName)),
      m_reason(cancelled.booking.booking.cancelReason), m_waitlist(cancelled.waitlist)
{}

Result<BookingDetails> CancelBookingCommand::step(BookingService &service, KnownVersions &known, bool undoing)
{
    const int version = known.bookings.value(bookingId());
    if (undoing)
        return service.reinstate(bookingId(), currentActor(), version);
    auto again = service.cancel(bookingId(), m_reason, currentActor(), version);
    if (!again)
        return again.error();
    return again->booking;
}

} // namespace Sprechtag
