// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DayGrid.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

class Query;

// The columns of a consultation_day row as readDay() reads them (id first, version last).
extern const QString kDayColumns;
ConsultationDay readDay(const Query &q);

// Consultation days, their breaks and consultants, and the slots generated for them.
class DayRepository
{
public:
    explicit DayRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const ConsultationDay &day);
    // Refused with ChangedMeanwhile when the stored version is not day.version.
    Status update(const ConsultationDay &day);
    Status setStatus(Id dayId, DayStatus status);
    Status remove(Id dayId);
    Result<std::optional<ConsultationDay>> byId(Id dayId);
    Result<std::optional<ConsultationDay>> byFormatAndDate(Id formatId, const QDate &date);
    // Days in [from, to] (either may be invalid: open end), by date and format name.
    // One aggregate query over the days of the range, their slots and active bookings.
    Result<QList<DaySummary>> summaries(const QDate &from, const QDate &to);
    // Years before `today` that have days (of the format; 0: any), newest first, with their day count.
    Result<QList<YearCount>> pastYears(const QDate &today, Id formatId);

    Result<Id> insertSlot(const Slot &slot);
    Status removeSlot(Id slotId);
    Status setSlotRetired(Id slotId, bool retired);
    Status setSlotBlocked(Id slotId, bool blocked);
    Result<std::optional<SlotDetails>> slotById(Id slotId);
    // The offered (not retired) slots of a day, by start time and consultant position.
    Result<QList<SlotDetails>> slotsOfDay(Id dayId, bool includeRetired = false);
    // Offered slots starting at a given time, across all days of the date.
    Result<QList<SlotDetails>> slotsStartingAt(const QDate &date, int startMinute, Id consultantId);
    // Offered slots of the consultant on that date overlapping the range, on days not cancelled.
    Result<QList<SlotDetails>> overlapping(Id consultantId, const QDate &date, const TimeRange &range,
                                           Id excludeDayId);
    // The day's consultants with their names, rooms and hours (the day's when they have none of their
    // own), in the day's order: one query for all of them.
    Result<QList<DayGridColumn>> columnsOfDay(const ConsultationDay &day);
    // How many bookings (of any status) refer to the slot.
    Result<qint64> bookingHistoryCount(Id slotId);

private:
    Status writeChildren(const ConsultationDay &day);
    Result<QList<SlotDetails>> fetchSlots(const QString &where, const QVariantList &params);

    const Database &m_db;
};

} // namespace Sprechtag
