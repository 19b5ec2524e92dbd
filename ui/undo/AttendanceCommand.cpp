// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/AttendanceCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

Result<std::unique_ptr<AttendanceCommand>> AttendanceCommand::apply(const Database &db, Versions versions,
                                                                    const BookingDetails &seen,
                                                                    BookingStatus status,
                                                                    ErrorHandler onError)
{
    auto changed =
        BookingService(db).setAttendance(seen.booking.id, status, currentActor(), seen.booking.version);
    if (!changed)
        return changed.error();
    return std::unique_ptr<AttendanceCommand>(
        new AttendanceCommand(db, std::move(versions), *changed, seen.booking.status, std::move(onError)));
}

AttendanceCommand::AttendanceCommand(const Database &db, Versions versions, const BookingDetails &changed,
                                     BookingStatus before, ErrorHandler onError)
    : BookingCommand(db, std::move(versions), changed, std::move(onError),
                     QCoreApplication::translate("Sprechtag::BookingCommands", "Mark %1 as %2")
                         .arg(changed.companyName, displayName(changed.booking.status))),
      m_before(before), m_after(changed.booking.status)
{}

Result<BookingDetails> AttendanceCommand::step(BookingService &service, KnownVersions &known, bool undoing)
{
    return service.setAttendance(bookingId(), undoing ? m_before : m_after, currentActor(),
                                 known.bookings.value(bookingId()));
}

} // namespace Sprechtag
