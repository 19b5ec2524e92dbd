// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/BookingCommand.h"

namespace Sprechtag {

// A change of topic, company and contact data; undo writes the details before back. Every row is
// written at the version this window left it at: an undo never overwrites a newer change of the
// company or the contact by another workstation (refused as changed meanwhile instead).
class EditBookingCommand final : public BookingCommand
{
public:
    static Result<std::unique_ptr<EditBookingCommand>> apply(const Database &db, Versions versions,
                                                             const BookingEdit &edit, ErrorHandler onError);

private:
    EditBookingCommand(const Database &db, Versions versions, const EditOutcome &edited,
                       ErrorHandler onError);
    Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) override;

    BookingEdit m_before;
    BookingEdit m_after;
};

} // namespace Sprechtag
