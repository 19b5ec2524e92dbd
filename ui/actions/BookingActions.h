// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"
#include "undo/BookingCommand.h"

#include <QCoreApplication>

namespace Sprechtag {

// Book, edit, cancel, attendance, block a slot, move by drag and drop: each asks (a dialog, a question),
// hands the answer to core through an undo command's factory and pushes the command when it was made.
class BookingActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    BookingActions(WindowContext &context, QObject *parent);

    // The steps behind the actions, without dialogs. Refusals are shown to the user and returned.
    Status book(const BookingRequest &request);
    bool editBooking(const BookingEdit &edit);
    bool cancelBooking(Id bookingId, const QString &reason = {});
    bool moveBooking(Id bookingId, Id targetSlotId);

    // Enter on a cell: book a free one, edit a booked one.
    void activateCell();
    void updateEnabled(bool writable);

    QAction *bookAction() const { return m_book; }
    QAction *editAction() const { return m_edit; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *attendedAction() const { return m_attended; }
    QAction *noShowAction() const { return m_noShow; }
    QAction *blockAction() const { return m_block; }

private:
    void onBook();
    void onEditBooking();
    void onCancelBooking();
    void onAttendance(BookingStatus status);
    void onBlockSlot();
    // Pushes the command a factory made, or shows why it was refused and reads again. False when refused.
    template <typename Command> bool push(Result<std::unique_ptr<Command>> made, Command **pushed = nullptr);
    BookingCommand::ErrorHandler errorHandler();

    BookingCommand::Versions m_versions = std::make_shared<KnownVersions>();
    QAction *m_book = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_attended = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_block = nullptr;
};

} // namespace Sprechtag
