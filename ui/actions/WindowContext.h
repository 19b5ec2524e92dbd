// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"
#include "models/DayGridModel.h"

class QUndoStack;
class QWidget;

namespace Sprechtag {

class Database;
struct OpenOptions;

// What the action sets (ui/actions/) may ask of the window they sit in: the open database, the widget
// to parent dialogs and messages to, the undo stack, the current selection, and a few things to do. The
// action sets know this interface, never the main window itself.
class WindowContext
{
public:
    virtual ~WindowContext() = default;

    virtual const Database &database() const = 0;
    // The parent for dialogs and message boxes.
    virtual QWidget *window() = 0;
    virtual QUndoStack *undoStack() = 0;

    // The day shown in the grid (id 0: none), its format's name, and the grid's current cell.
    virtual const ConsultationDay &currentDay() const = 0;
    virtual QString currentFormatName() const = 0;
    virtual DayGridModel::CellState currentState() const = 0;
    virtual const SlotDetails *currentSlot() const = 0;
    virtual const BookingDetails *currentBooking() const = 0;
    virtual void selectDay(Id dayId) = 0;
    virtual void selectBooking(Id bookingId) = 0;

    // Reads everything again (after a change).
    virtual void refresh() = 0;
    // The data was replaced under every view (a restored backup): forget the undo steps, read again.
    virtual void dataReplaced() = 0;
    virtual void showError(const Error &error) = 0;
    virtual void showStatus(const QString &text, int timeoutMs = 0) = 0;
    // Opens `path` in place of the current file (the user was told when it failed).
    virtual void openDatabaseFile(const QString &path, const OpenOptions &options) = 0;
};

} // namespace Sprechtag
