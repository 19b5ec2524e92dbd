// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/BookingCommand.h"

namespace Sprechtag {

// A booking moved to another slot; undo moves it back while that slot is still free.
class MoveBookingCommand final : public BookingCommand
{
public:
    static Result<std::unique_ptr<MoveBookingCommand>>
    apply(const Database &db, Versions versions, Id bookingId, Id targetSlotId, ErrorHandler onError);

private:
    MoveBookingCommand(const Database &db, Versions versions, const BookingDetails &moved, Id fromSlot,
                       ErrorHandler onError);
    Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) override;

    Id m_from;
    Id m_to;
};

} // namespace Sprechtag
