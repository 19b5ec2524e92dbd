// SPDX-License-Identifier: GPL-3.0-or-later
// The clock seam (common/Clock.h): storage and documents take "now" from it, so a pinned clock shows up in
// what they write and nothing depends on the wall clock.
#include "TestSupport.h"

#include "common/Clock.h"
#include "documents/LetterTemplate.h"
#include "privacy/PrivacyService.h"
#include "scheduling/BookingService.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

// Noon UTC: the same date in every time zone a test machine runs in.
const QDateTime kPinned(QDate(2001, 7, 14), QTime(12, 34, 56, 789), Qt::UTC);

} // namespace

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPinnedClockStandsStillAndComesBack()
    {
        {
            Clock::PinnedClock pinned(kPinned);
            QCOMPARE(Clock::nowUtc(), kPinned);
            QCOMPARE(Clock::nowUtc().timeSpec(), Qt::UTC);
            QCOMPARE(Clock::nowLocal(), kPinned.toLocalTime());
            QCOMPARE(Clock::nowLocal().timeSpec(), Qt::LocalTime);
            QCOMPARE(Clock::today(), kPinned.toLocalTime().date());
            {
                Clock::PinnedClock inner(kPinned.addDays(1));
                QCOMPARE(Clock::nowUtc(), kPinned.addDays(1));
                inner.set(kPinned.addDays(2));
                QCOMPARE(Clock::nowUtc(), kPinned.addDays(2));
            }
            QCOMPARE(Clock::nowUtc(), kPinned);
        }
        // The system clock again (no wall-clock value is asserted, only that it is not the pinned year).
        QVERIFY(Clock::nowUtc().date().year() != kPinned.date().year());
    }

    void aBookingIsStampedWithThePinnedTime()
    {
        TempDatabase tmp;
        QVERIFY(tmp.open());
        const Id format = addFormat(*tmp.db, QStringLiteral("Social Media Sprechtag"));
        const Id consultant = addConsultant(*tmp.db, QStringLiteral("Thorsten Ising"));
        auto day = DayService(*tmp.db).create(makeDay(format, QDate(2031, 7, 20), {consultant}));
        QVERIFY2(day.ok(), why(day).constData());
        auto slots = DayRepository(*tmp.db).slotsOfDay(day->id);
        QVERIFY2(slots.ok() && !slots->isEmpty(), why(slots).constData());

        Clock::PinnedClock pinned(kPinned);
        BookingRequest request;
        request.slotId = slots->first().slot.id;
        request.company.name = QStringLiteral("Müller GmbH");
        request.actor = QStringLiteral("test");
        auto booked = BookingService(*tmp.db).book(request);
        QVERIFY2(booked.ok(), why(booked).constData());
        auto stored = BookingRepository(*tmp.db).byId(booked->booking.id);
        QVERIFY2(stored.ok() && *stored, why(stored).constData());
        QCOMPARE((*stored)->booking.createdAt, kPinned);

        // The access report says when it was made by the same clock.
        auto report = PrivacyService(*tmp.db).reportForCompany(booked->booking.companyId);
        QVERIFY2(report.ok(), why(report).constData());
        QCOMPARE(report->generatedAt, kPinned);
    }

    void aLetterWithoutADateIsDatedTodayByTheClock()
    {
        Clock::PinnedClock pinned(kPinned);
        LetterData letter;
        QCOMPARE(effectiveLetterDate(letter), kPinned.toLocalTime().date());
        letter.letterDate = QDate(2030, 1, 2);
        QCOMPARE(effectiveLetterDate(letter), QDate(2030, 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
