// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/BookingService.h"

#include <QUndoCommand>

#include <QHash>

#include <functional>
#include <memory>

namespace Sprechtag {

// Every booking change is one of these on the window's undo stack. The change itself is made (and may
// be refused) before the command is pushed, so the first redo() does nothing. Later undo/redo steps run
// against the current file: when another workstation changed the booking meanwhile, or the slot is no
// longer free, the step is refused, the reason reported, and the command dropped from the stack.
class BookingCommand : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error &)>;
    // The last version of each booking this window wrote, shared by all commands of one stack: several
    // commands change the same booking in turn, and each must expect the version the previous one left.
    using Versions = std::shared_ptr<QHash<Id, int>>;

    BookingCommand(const Database &db, Versions versions, Id bookingId, int version, ErrorHandler onError,
                   const QString &text);

    void undo() final;
    void redo() final;
    Id bookingId() const { return m_bookingId; }

protected:
    virtual Result<BookingDetails> applyUndo(BookingService &service, int version) = 0;
    virtual Result<BookingDetails> applyRedo(BookingService &service, int version) = 0;

private:
    void run(bool undoing);

    const Database &m_db;
    Versions m_versions;
    Id m_bookingId;
    ErrorHandler m_onError;
    bool m_firstRedo = true;
};

class BookCommand : public BookingCommand
{
public:
    BookCommand(const Database &db, Versions versions, const BookingDetails &created, ErrorHandler onError);

protected:
    Result<BookingDetails> applyUndo(BookingService &service, int version) override;
    Result<BookingDetails> applyRedo(BookingService &service, int version) override;
};

class CancelCommand : public BookingCommand
{
public:
    CancelCommand(const Database &db, Versions versions, const BookingDetails &cancelled,
                  ErrorHandler onError);

protected:
    Result<BookingDetails> applyUndo(BookingService &service, int version) override;
    Result<BookingDetails> applyRedo(BookingService &service, int version) override;

private:
    QString m_reason;
};

class MoveCommand : public BookingCommand
{
public:
    MoveCommand(const Database &db, Versions versions, const BookingDetails &moved, Id fromSlot,
                ErrorHandler onError);

protected:
    Result<BookingDetails> applyUndo(BookingService &service, int version) override;
    Result<BookingDetails> applyRedo(BookingService &service, int version) override;

private:
    Id m_from;
    Id m_to;
};

class AttendanceCommand : public BookingCommand
{
public:
    AttendanceCommand(const Database &db, Versions versions, const BookingDetails &changed,
                      BookingStatus before, ErrorHandler onError);

protected:
    Result<BookingDetails> applyUndo(BookingService &service, int version) override;
    Result<BookingDetails> applyRedo(BookingService &service, int version) override;

private:
    BookingStatus m_before;
    BookingStatus m_after;
};

class EditCommand : public BookingCommand
{
public:
    // before: the booking's details as they were; after: the edit that was applied.
    EditCommand(const Database &db, Versions versions, const BookingDetails &edited,
                const BookingEdit &before, const BookingEdit &after, ErrorHandler onError);

protected:
    Result<BookingDetails> applyUndo(BookingService &service, int version) override;
    Result<BookingDetails> applyRedo(BookingService &service, int version) override;

private:
    Result<BookingDetails> apply(BookingService &service, BookingEdit edit, int version);

    const Database &m_database;
    BookingEdit m_before;
    BookingEdit m_after;
};

// The edit that restores a booking's current details (for EditCommand's undo).
BookingEdit editFromDetails(const Database &db, const BookingDetails &details);

} // namespace Sprechtag
