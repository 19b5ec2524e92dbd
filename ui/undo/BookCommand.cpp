// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/BookCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

Result<std::unique_ptr<BookCommand>> BookCommand::apply(const Database &db, Versions versions,
                                                        const BookingRequest &request, ErrorHandler onError)
{
    auto booked = BookingService(db).book(request);
    if (!booked)
        return booked.error();
    return std::unique_ptr<BookCommand>(
        new BookCommand(db, std::move(versions), *booked, std::move(onError)));
}

BookCommand::BookCommand(const Database &db, Versions versions, const BookingDetails &created,
                         ErrorHandler onError)
    : BookingCommand(
          db, std::move(versions), created, std::move(onError),
          QCoreApplication::translate("Sprechtag::BookingCommands", "Book %1").arg(created.companyName))
{}

Result<BookingDetails> BookCommand::step(BookingService &service, KnownVersions &known, bool undoing)
{
    const int version = known.bookings.value(bookingId());
    if (!undoing)
        return service.reinstate(bookingId(), currentActor(), version);
    auto cancelled =
        service.cancel(bookingId(), QCoreApplication::translate("Sprechtag::BookingCommands", "undone"),
                       currentActor(), version);
    if (!cancelled)
        return cancelled.error();
    return cancelled->booking;
}

} // namespace Sprechtag
