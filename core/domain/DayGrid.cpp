// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DayGrid.h"

#include <QHash>
#include <QStringList>

#include <map>

namespace Sprechtag {

QString DayGrid::place() const
{
    QStringList parts;
    if (!day.location.trimmed().isEmpty())
        parts << day.location.simplified();
    if (!day.videoLink.trimmed().isEmpty())
        parts << day.videoLink.trimmed();
    return parts.join(QStringLiteral(" · "));
}

qsizetype DayGrid::columnIndex(Id consultantId) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).consultantId == consultantId)
            return i;
    }
    return -1;
}

namespace {

// The cell of a slot: free or blocked, booked when the slot has an active booking.
DayGridCell cellOf(const SlotDetails &slot, const QHash<Id, const BookingDetails *> &bookingOfSlot)
{
    DayGridCell cell;
    cell.slot = slot;
    cell.kind = slot.slot.blocked ? DayGridCell::Kind::Blocked : DayGridCell::Kind::Free;
    if (const BookingDetails *booking = bookingOfSlot.value(slot.slot.id)) {
        cell.kind = DayGridCell::Kind::Booked;
        cell.booking = *booking;
    }
    return cell;
}

} // namespace

DayGrid buildDayGrid(const ConsultationDay &day, const QList<DayGridColumn> &columns,
                     const QList<SlotDetails> &slots, const QList<BookingDetails> &bookings)
{
    DayGrid grid;
    grid.day = day;
    grid.columns = columns;
    QHash<Id, const BookingDetails *> bookingOfSlot;
    for (const BookingDetails &b : bookings)
        bookingOfSlot.insert(b.booking.slotId, &b);

    // Rows by time: every distinct slot time, and the breaks.
    std::map<std::pair<int, int>, DayGridRow> rows;
    for (const TimeRange &b : day.breaks)
        rows[{b.start, b.end}] = DayGridRow{b, true, {}};
    for (const SlotDetails &s : slots) {
        const qsizetype column = grid.columnIndex(s.slot.consultantId);
        if (column < 0)
            continue;
        DayGridRow &row = rows[{s.slot.time.start, s.slot.time.end}];
        if (row.cells.isEmpty()) {
            row.time = s.slot.time;
            row.isBreak = false;
            row.cells.resize(columns.size());
        }
        DayGridCell &cell = row.cells[column];
        cell = cellOf(s, bookingOfSlot);
        if (!s.slot.blocked)
            ++grid.slotCount;
        if (cell.booking)
            ++grid.bookedCount;
    }
    for (auto &[key, row] : rows)
        grid.rows << std::move(row);
    return grid;
}

} // namespace Sprechtag
