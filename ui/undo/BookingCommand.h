// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/BookingService.h"

#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Sprechtag {

// The last version of each booking, company and contact this window wrote, shared by all commands of one
// stack: several commands change the same rows in turn, and each must expect the version the previous
// one left. A row another workstation changed since has a newer version: the step is refused.
struct KnownVersions
{
    QHash<Id, int> bookings;
    QHash<Id, int> companies;
    QHash<Id, int> contacts;
};

// Every booking change is one of these on the window's undo stack. Each kind has a factory, apply(),
// that makes the change through core and returns the command only when it was made; the command then
// starts in the applied state, so pushing it (QUndoStack::push calls redo()) changes nothing again.
// Later undo/redo steps run against the current file: when another workstation changed the booking (or
// its company or contact) meanwhile, or the slot is no longer free, the step is refused, the reason
// reported, nothing is changed, and the command is dropped from the stack.
class BookingCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;
    using Versions = std::shared_ptr<KnownVersions>;

    void undo() final;
    void redo() final;
    Id bookingId() const { return m_bookingId; }

protected:
    BookingCommand(const Database &db, Versions versions, const BookingDetails &applied, ErrorHandler onError,
                   const QString &text);

    // One step back (undoing) or forward; `known` holds the versions to expect and takes new ones.
    virtual Result<BookingDetails> step(BookingService &service, KnownVersions &known, bool undoing) = 0;

private:
    void run(bool undoing);

    const Database &m_db;
    Versions m_versions;
    Id m_bookingId;
    ErrorHandler m_onError;
    // Whether the file holds the state after the change (true from the factory on).
    bool m_applied = true;
};

} // namespace Sprechtag
