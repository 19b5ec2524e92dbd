// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/BookingActions.h"

#include "dialogs/BookingDialog.h"
#include "MessageBoxes.h"
#include "scheduling/DayService.h"
#include "undo/AttendanceCommand.h"
#include "undo/BookCommand.h"
#include "undo/CancelBookingCommand.h"
#include "undo/EditBookingCommand.h"
#include "undo/MoveBookingCommand.h"

#include <QAction>
#include <QUndoStack>

namespace Sprechtag {

BookingActions::BookingActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_book = makeAction(tr("&Book slot…"), "actionBook", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_edit = makeAction(tr("Edit &booking…"), "actionEditBooking", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_cancel = makeAction(tr("&Cancel booking…"), "actionCancelBooking", QKeySequence::Delete);
    m_attended = makeAction(tr("Mark as &attended"), "actionAttended");
    m_noShow = makeAction(tr("Mark as did &not attend"), "actionNoShow");
    m_block = makeAction(tr("Block slot"), "actionBlockSlot");
    connect(m_book, &QAction::triggered, this, &BookingActions::onBook);
    connect(m_edit, &QAction::triggered, this, &BookingActions::onEditBooking);
    connect(m_cancel, &QAction::triggered, this, &BookingActions::onCancelBooking);
    connect(m_attended, &QAction::triggered, this, [this] { onAttendance(BookingStatus::Attended); });
    connect(m_noShow, &QAction::triggered, this, [this] { onAttendance(BookingStatus::NoShow); });
    connect(m_block, &QAction::triggered, this, &BookingActions::onBlockSlot);
}

void BookingActions::updateEnabled(bool writable)
{
    const auto state = m_context.currentState();
    const BookingDetails *b = m_context.currentBooking();
    m_book->setEnabled(writable && state == DayGridModel::CellState::Free);
    m_edit->setEnabled(writable && b);
    m_cancel->setEnabled(writable && b);
    m_attended->setEnabled(writable && b);
    m_noShow->setEnabled(writable && b);
    m_block->setEnabled(
        writable && (state == DayGridModel::CellState::Free || state == DayGridModel::CellState::Blocked));
    m_block->setText(state == DayGridModel::CellState::Blocked ? tr("Unblock slot") : tr("Block slot"));
}

BookingCommand::ErrorHandler BookingActions::errorHandler()
{
    return [this](const Error &e) {
        m_context.showError(e);
    };
}

template <typename Command> bool BookingActions::push(Result<std::unique_ptr<Command>> made, Command **pushed)
{
    if (!made) {
        m_context.showError(made.error());
        m_context.refresh();
        return false;
    }
    Command *command = std::move(made).value().release();
    if (pushed)
        *pushed = command;
    m_context.undoStack()->push(command);
    return true;
}

Status BookingActions::book(const BookingRequest &request)
{
    BookingRequest r = request;
    r.actor = currentActor();
    auto made = BookCommand::apply(db(), m_versions, r, errorHandler());
    const Status result = made ? Status() : Status(made.error());
    BookCommand *command = nullptr;
    if (push(std::move(made), &command))
        m_context.selectBooking(command->bookingId());
    return result;
}

bool BookingActions::editBooking(const BookingEdit &edit)
{
    return push(EditBookingCommand::apply(db(), m_versions, edit, errorHandler()));
}

bool BookingActions::cancelBooking(Id bookingId, const QString &reason)
{
    CancelBookingCommand *command = nullptr;
    if (!push(CancelBookingCommand::apply(db(), m_versions, bookingId, reason, errorHandler()), &command))
        return false;
    if (!command->waitlist().isEmpty())
        MessageBoxes::information(window(), tr("Waiting list"),
                                  tr("%n request(s) on the waiting list could take the free slot.", nullptr,
                                     int(command->waitlist().size())));
    return true;
}

bool BookingActions::moveBooking(Id bookingId, Id targetSlotId)
{
    if (!push(MoveBookingCommand::apply(db(), m_versions, bookingId, targetSlotId, errorHandler())))
        return false;
    m_context.selectBooking(bookingId);
    return true;
}

void BookingActions::activateCell()
{
    const auto state = m_context.currentState();
    if (state == DayGridModel::CellState::Free)
        onBook();
    else if (state == DayGridModel::CellState::Booked)
        onEditBooking();
}

void BookingActions::onBook()
{
    const SlotDetails *slot = m_context.currentSlot();
    if (!slot || m_context.currentState() != DayGridModel::CellState::Free)
        return;
    BookingDialog dialog(db(), *slot, window());
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = book(dialog.request());
        // Back to the dialog only for what the user can fix there (the same-day rule, a typing error);
        // a slot taken meanwhile or a storage problem ends the attempt.
        if (s.ok() ||
            (s.error().code != ErrorCode::CompanyAlreadyBooked && s.error().code != ErrorCode::InvalidInput))
            return;
    }
}

void BookingActions::onEditBooking()
{
    const BookingDetails *b = m_context.currentBooking();
    if (!b)
        return;
    BookingDialog dialog(db(), *b, window());
    if (dialog.exec() == QDialog::Accepted)
        editBooking(dialog.edit());
}

void BookingActions::onCancelBooking()
{
    const BookingDetails *b = m_context.currentBooking();
    if (!b)
        return;
    const QString question =
        tr("Cancel the booking of %1 on %2 at %3 with %4? The slot becomes free again; the "
           "booking stays in the history as cancelled.")
            .arg(b->companyName, formatDateShort(b->slot.slot.date), formatTime(b->slot.slot.time.start),
                 b->slot.consultantName);
    if (MessageBoxes::question(window(), tr("Cancel booking"), question) != QMessageBox::Yes)
        return;
    cancelBooking(b->booking.id);
}

void BookingActions::onAttendance(BookingStatus status)
{
    const BookingDetails *b = m_context.currentBooking();
    if (!b)
        return;
    // A copy: the grid reads again while the command is pushed.
    const BookingDetails seen = *b;
    push(AttendanceCommand::apply(db(), m_versions, seen, status, errorHandler()));
}

void BookingActions::onBlockSlot()
{
    const SlotDetails *slot = m_context.currentSlot();
    if (!slot)
        return;
    const bool block = m_context.currentState() == DayGridModel::CellState::Free;
    if (Status s = DayService(db()).setSlotBlocked(slot->slot.id, block); !s)
        m_context.showError(s.error());
    m_context.refresh();
}

} // namespace Sprechtag
