// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/BookingCommand.h"

namespace Sprechtag {

// A new booking; undo cancels it ("undone"), redo reinstates it while the slot is still free.
class BookCommand final : public BookingCommand
{
public:
    static Result<std::unique_ptr<BookCommand>> apply(const Database &db, Versions versions,
                                                      const BookingRequest &request, ErrorHandler onError);

private:
    BookCommand(const Database &db, Versions versions, const BookingDetails &created, ErrorHandler onError);
    Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) override;
};

} // namespace Sprechtag
