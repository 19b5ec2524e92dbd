// SPDX-License-Identifier: GPL-3.0-or-later
// planSlots() and validateDay() are pure functions of a ConsultationDay; no database is involved.
#include "TestSupport.h"

#include "domain/Validation.h"
#include "scheduling/SlotPlan.h"

#include <QTest>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

ConsultationDay dayWith(const QList<Id> &consultants)
{
    ConsultationDay day;
    day.formatId = 1;
    day.date = QDate(2021, 3, 25);
    day.hours = {h(9), h(16)};
    day.slotMinutes = 60;
    for (Id c : consultants)
        day.consultants << DayConsultant{c, QString(), std::nullopt};
    return day;
}

QList<TimeRange> timesOf(const QList<PlannedSlot> &plan, Id consultant)
{
    QList<TimeRange> out;
    for (const PlannedSlot &p : plan) {
        if (p.consultantId == consultant)
            out << p.time;
    }
    return out;
}

void expectInvalid(const ConsultationDay &day)
{
    const Status s = validateDay(day);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    QCOMPARE(s.error().kind(), ErrorKind::Refused);
    QVERIFY(!errorMessage(s.error()).isEmpty());
}

} // namespace

class TestSlotPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hourlySlotsFromNineToFourGiveSevenPerConsultant()
    {
        const ConsultationDay day = dayWith({1, 2});
        const QList<PlannedSlot> plan = planSlots(day);
        QCOMPARE(plan.size(), 14);
        const QList<TimeRange> first = timesOf(plan, 1);
        QCOMPARE(first.size(), 7);
        QCOMPARE(timesOf(plan, 2).size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(first.at(i), (TimeRange{h(9 + i), h(10 + i)}));
        QVERIFY(validateDay(day).ok());
    }

    void slotsAreOrderedByStartTimeAcrossConsultants()
    {
        const QList<PlannedSlot> plan = planSlots(dayWith({1, 2}));
        for (qsizetype i = 1; i < plan.size(); ++i)
            QVERIFY(plan.at(i - 1).time.start <= plan.at(i).time.start);
        // Same start: the consultants keep their order of presence.
        QCOMPARE(plan.at(0), (PlannedSlot{1, {h(9), h(10)}}));
        QCOMPARE(plan.at(1), (PlannedSlot{2, {h(9), h(10)}}));
    }

    void consultantWithOwnHoursGetsSlotsOnlyWithinThem()
    {
        ConsultationDay day = dayWith({1, 2});
        day.consultants[1].hours = TimeRange{h(10), h(13)};
        QVERIFY(validateDay(day).ok());
        const QList<PlannedSlot> plan = planSlots(day);
        QCOMPARE(timesOf(plan, 1).size(), 7);
        const QList<TimeRange> own = timesOf(plan, 2);
        QCOMPARE(own, (QList<TimeRange>{{h(10), h(11)}, {h(11), h(12)}, {h(12), h(13)}}));
    }

    void breakMovesNextSlotToBreakEndAndDropsSlotRunningPastEnd()
    {
        ConsultationDay day = dayWith({1});
        day.breaks << TimeRange{h(12), h(12, 30)};
        QVERIFY(validateDay(day).ok());
        const QList<TimeRange> times = timesOf(planSlots(day), 1);
        const QList<TimeRange> expected{{h(9), h(10)},          {h(10), h(11)},
                                        {h(11), h(12)},         {h(12, 30), h(13, 30)},
                                        {h(13, 30), h(14, 30)}, {h(14, 30), h(15, 30)}};
        QCOMPARE(times, expected);
        // 15:30-16:30 would run past 16:00 and is not offered.
        for (const TimeRange &t : times)
            QVERIFY(t.end <= h(16));
    }

    void noSlotOverlapsABreak()
    {
        ConsultationDay day = dayWith({1});
        day.slotMinutes = 45;
        day.breaks << TimeRange{h(10), h(10, 15)} << TimeRange{h(12), h(13)};
        QVERIFY(validateDay(day).ok());
        const QList<TimeRange> times = timesOf(planSlots(day), 1);
        QVERIFY(!times.isEmpty());
        for (const TimeRange &t : times) {
            for (const TimeRange &b : day.breaks)
                QVERIFY2(!t.overlaps(b), qPrintable(formatTime(t.start)));
            QCOMPARE(t.end - t.start, 45);
        }
        QCOMPARE(times.first(), (TimeRange{h(9), h(9, 45)}));
        QCOMPARE(times.at(1), (TimeRange{h(10, 15), h(11)}));
    }

    void thirtyMinuteSlotsGiveFourteenPerConsultant()
    {
        ConsultationDay day = dayWith({7});
        day.slotMinutes = 30;
        QVERIFY(validateDay(day).ok());
        const QList<TimeRange> times = timesOf(planSlots(day), 7);
        QCOMPARE(times.size(), 14);
        QCOMPARE(times.first(), (TimeRange{h(9), h(9, 30)}));
        QCOMPARE(times.last(), (TimeRange{h(15, 30), h(16)}));
    }

    void slotLengthThatDoesNotDivideTheDayLeavesTheRestUnused()
    {
        ConsultationDay day = dayWith({1});
        day.hours = {h(9), h(11)};
        day.slotMinutes = 50;
        const QList<TimeRange> times = timesOf(planSlots(day), 1);
        QCOMPARE(times, (QList<TimeRange>{{h(9), h(9, 50)}, {h(9, 50), h(10, 40)}}));
    }

    void dayWithoutConsultantsPlansNoSlots() { QVERIFY(planSlots(dayWith({})).isEmpty()); }

    void validDayPassesValidation()
    {
        ConsultationDay day = dayWith({1, 2});
        day.breaks << TimeRange{h(12), h(12, 30)};
        day.bookingDeadline = day.date.addDays(-3);
        QVERIFY(validateDay(day).ok());
        day.bookingDeadline = day.date; // the day itself is allowed
        QVERIFY(validateDay(day).ok());
    }

    void refusesEndBeforeStart()
    {
        ConsultationDay day = dayWith({1});
        day.hours = {h(16), h(9)};
        expectInvalid(day);
        day.hours = {h(9), h(9)};
        expectInvalid(day);
    }

    void refusesInvalidDate()
    {
        ConsultationDay day = dayWith({1});
        day.date = QDate();
        expectInvalid(day);
    }

    // 1990-01-01 to 2200-12-31: anything else is a typo (issue #10, section 4).
    void refusesDatesOutsideThePlausibleWindow()
    {
        QCOMPARE(earliestPlausibleDate(), QDate(1990, 1, 1));
        QCOMPARE(latestPlausibleDate(), QDate(2200, 12, 31));
        ConsultationDay day = dayWith({1});
        for (const QDate &bad :
             {QDate(1989, 12, 31), QDate(2201, 1, 1), QDate(1024, 3, 25), QDate(9999, 1, 1)}) {
            day.date = bad;
            expectInvalid(day);
        }
        for (const QDate &edge : {QDate(1990, 1, 1), QDate(2200, 12, 31)}) {
            day.date = edge;
            QVERIFY(validateDay(day).ok());
        }
        day.date = QDate(2021, 3, 25);
        day.bookingDeadline = QDate(1024, 3, 18);
        expectInvalid(day);
    }

    void refusesSlotLongerThanTheDay()
    {
        ConsultationDay day = dayWith({1});
        day.hours = {h(9), h(9, 30)};
        expectInvalid(day);
    }

    void refusesSlotLengthOutsideLimits()
    {
        ConsultationDay day = dayWith({1});
        day.slotMinutes = 0;
        expectInvalid(day);
        day.slotMinutes = -60;
        expectInvalid(day);
    }

    void refusesBreakOutsideHours()
    {
        ConsultationDay day = dayWith({1});
        day.breaks << TimeRange{h(8), h(8, 30)};
        expectInvalid(day);
        day.breaks = {TimeRange{h(15, 30), h(16, 30)}};
        expectInvalid(day);
    }

    void refusesEmptyOrReversedBreak()
    {
        ConsultationDay day = dayWith({1});
        day.breaks << TimeRange{h(13), h(12)};
        expectInvalid(day);
    }

    void refusesOverlappingBreaks()
    {
        ConsultationDay day = dayWith({1});
        day.breaks << TimeRange{h(12), h(13)} << TimeRange{h(12, 30), h(13, 30)};
        expectInvalid(day);
        const Status s = validateDay(day);
        QVERIFY(!s.ok());
        QVERIFY(errorMessage(s.error()).contains(QStringLiteral("12:30")));
    }

    void acceptsAdjacentBreaks()
    {
        ConsultationDay day = dayWith({1});
        day.breaks << TimeRange{h(12), h(12, 30)} << TimeRange{h(12, 30), h(13)};
        QVERIFY(validateDay(day).ok());
    }

    void refusesDayWithoutConsultants() { expectInvalid(dayWith({})); }

    void refusesDuplicateConsultant() { expectInvalid(dayWith({4, 5, 4})); }

    void refusesConsultantHoursOutsideDayHours()
    {
        ConsultationDay day = dayWith({1});
        day.consultants[0].hours = TimeRange{h(8), h(12)};
        expectInvalid(day);
    }

    void refusesBookingDeadlineAfterTheDay()
    {
        ConsultationDay day = dayWith({1});
        day.bookingDeadline = day.date.addDays(1);
        expectInvalid(day);
    }
};

QTEST_GUILESS_MAIN(TestSlotPlan)
#include "test_slotplan.moc"
