// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/BookingCommand.h"

namespace Sprechtag {

// Attended / did not attend; undo restores the status before.
class AttendanceCommand final : public BookingCommand
{
public:
    // seen: the booking as the caller saw it (its version is checked, its status is what undo restores).
    static Result<std::unique_ptr<AttendanceCommand>> apply(const Database &db, Versions versions,
                                                            const BookingDetails &seen, BookingStatus status,
                                                            ErrorHandler onError);

private:
    AttendanceCommand(const Database &db, Versions versions, const BookingDetails &changed,
                      BookingStatus before, ErrorHandler onError);
    Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) override;

    BookingStatus m_before;
    BookingStatus m_after;
};

} // namespace Sprechtag
