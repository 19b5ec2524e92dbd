// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sprechtag {

// One cell of the day: what a consultant does in one row's time.
struct DayGridCell
{
    enum class Kind
    {
        Absent, // the consultant has no slot at this time (shorter hours of their own)
        Free,
        Booked,
        Blocked,
    };
    Kind kind = Kind::Absent;
    std::optional<SlotDetails> slot;       // nullopt when Absent
    std::optional<BookingDetails> booking; // the active booking of the slot, when Booked

    Id slotId() const { return slot ? slot->slot.id : 0; }
    Id bookingId() const { return booking ? booking->booking.id : 0; }
};

// A consultant present on the day: a column of the grid.
struct DayGridColumn
{
    Id consultantId = 0;
    QString name;
    QString room;
    TimeRange hours; // their own hours, or the day's
};

// A row of the grid: a slot time (cells in the order of the columns) or a break across all of them.
struct DayGridRow
{
    TimeRange time;
    bool isBreak = false;
    QList<DayGridCell> cells;
};

// The day as hours × consultants, read once: what the grid in the window, the day plan, the briefing
// sheets and the door signs show. Building documents from it does not touch the database and can be
// repeated (a print preview asks again on every change).
struct DayGrid
{
    ConsultationDay day;
    QString formatName;
    QString organisationName;
    QList<DayGridColumn> columns;
    QList<DayGridRow> rows;
    int slotCount = 0;   // offered, not blocked
    int bookedCount = 0; // active bookings
    QDateTime loadedAt;

    // "Location" or the video link (both when both are set).
    QString place() const;
    // The consultant's column, or -1.
    qsizetype columnIndex(Id consultantId) const;
};

// The grid of a day from what storage read: the columns in the day's order, its offered slots and active
// bookings. Rows are every distinct slot time and every break, by time; a slot of a consultant who is
// not a column is left out.
DayGrid buildDayGrid(const ConsultationDay &day, const QList<DayGridColumn> &columns,
                     const QList<SlotDetails> &slots, const QList<BookingDetails> &bookings);

} // namespace Sprechtag
