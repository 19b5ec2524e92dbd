// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/BookingCommand.h"

namespace Sprechtag {

// A cancelled booking; undo reinstates it while the slot is still free.
class CancelBookingCommand final : public BookingCommand
{
public:
    static Result<std::unique_ptr<CancelBookingCommand>>
    apply(const Database &db, Versions versions, Id bookingId, const QString &reason, ErrorHandler onError);
    // Requests waiting for this day or format when the booking was cancelled: offer them the slot.
    const QList<WaitlistEntry> &waitlist() const { return m_waitlist; }

private:
    CancelBookingCommand(const Database &db, Versions versions, const CancelOutcome &cancelled,
                         ErrorHandler onError);
    Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) override;

    QString m_reason;
    QList<WaitlistEntry> m_waitlist;
};

} // namespace Sprechtag
