// SPDX-License-Identifier: GPL-3.0-or-later
// DayService for several days at once and for calling a day off: createDays() all or nothing, callOff()
// cancelling the bookings and the day in one transaction.
#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestDayServiceBatch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_social = 0;
    Id m_ising = 0;

    const Database &db() const { return *m_tmp->db; }

    int dayCount()
    {
        auto all = DayRepository(db()).summaries(QDate(), QDate());
        return all ? int(all->size()) : -1;
    }

    Id book(Id dayId, const QString &company)
    {
        auto slots = DayRepository(db()).slotsOfDay(dayId);
        if (!slots || slots->isEmpty())
            return 0;
        BookingRequest request;
        request.slotId = slots->first().slot.id;
        request.company.name = company;
        request.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(request);
        return booked ? booked->booking.id : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        QVERIFY(m_social && m_ising);
    }

    void cleanup() { m_tmp.reset(); }

    void createDaysCreatesEachInOrder()
    {
        const QList<QDate> dates{QDate(2024, 7, 4), QDate(2024, 7, 11), QDate(2024, 7, 18)};
        QList<ConsultationDay> days;
        for (const QDate &date : dates)
            days << makeDay(m_social, date, {m_ising});
        auto ids = DayService(db()).createDays(days);
        QVERIFY2(ids.ok(), why(ids).constData());
        QCOMPARE(ids->size(), 3);
        for (qsizetype i = 0; i < dates.size(); ++i) {
            auto stored = DayRepository(db()).byId(ids->at(i));
            QVERIFY(stored && *stored);
            QCOMPARE((*stored)->date, dates.at(i));
            auto slots = DayRepository(db()).slotsOfDay(ids->at(i));
            QVERIFY(slots.ok());
            QCOMPARE(slots->size(), 7);
        }
    }

    void createDaysIsAllOrNothing()
    {
        QVERIFY(DayService(db()).create(makeDay(m_social, QDate(2024, 7, 11), {m_ising})).ok());
        QCOMPARE(dayCount(), 1);
        // The second date exists already: the first, created before it in the same call, goes too.
        auto ids = DayService(db()).createDays({makeDay(m_social, QDate(2024, 7, 4), {m_ising}),
                                                makeDay(m_social, QDate(2024, 7, 11), {m_ising}),
                                                makeDay(m_social, QDate(2024, 7, 18), {m_ising})});
        QVERIFY(!ids.ok());
        QCOMPARE(ids.error().code, ErrorCode::DayExists);
        QCOMPARE(dayCount(), 1);
        // Two days of the request that clash with each other: likewise.
        ids = DayService(db()).createDays({makeDay(m_social, QDate(2024, 8, 1), {m_ising}),
                                           makeDay(m_social, QDate(2024, 8, 1), {m_ising})});
        QVERIFY(!ids.ok());
        QCOMPARE(dayCount(), 1);
        // An empty request creates nothing and is no error.
        ids = DayService(db()).createDays({});
        QVERIFY(ids.ok());
        QVERIFY(ids->isEmpty());
    }

    void callOffCancelsTheBookingsAndTheDay()
    {
        auto day = DayService(db()).create(makeDay(m_social, QDate(2024, 7, 4), {m_ising}));
        QVERIFY2(day.ok(), why(day).constData());
        const Id booking = book(day->id, QStringLiteral("Müller <b>&</b> Söhne"));
        QVERIFY(booking != 0);
        // Calling it off with setStatus alone is refused while bookings are active.
        QCOMPARE(DayService(db()).setStatus(day->id, DayStatus::Cancelled).error().code,
                 ErrorCode::DayChangeBlocked);

        auto cancelled = DayService(db()).callOff(day->id, QStringLiteral("Krank"), QStringLiteral("test"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());
        QCOMPARE(cancelled->size(), 1);
        QCOMPARE(cancelled->first().booking.id, booking);
        QCOMPARE(cancelled->first().companyName, QStringLiteral("Müller <b>&</b> Söhne"));
        auto stored = BookingRepository(db()).forDay(day->id, true);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().booking.status, BookingStatus::Cancelled);
        auto after = DayRepository(db()).byId(day->id);
        QVERIFY(after && *after);
        QCOMPARE((*after)->status, DayStatus::Cancelled);
    }

    void callOffKeepsEverythingWhenAnOutcomeIsRecorded()
    {
        auto day = DayService(db()).create(makeDay(m_social, QDate(2024, 7, 4), {m_ising}));
        QVERIFY2(day.ok(), why(day).constData());
        auto slots = DayRepository(db()).slotsOfDay(day->id);
        QVERIFY(slots && slots->size() >= 2);
        const Id first = book(day->id, QStringLiteral("Erste GmbH"));
        QVERIFY(first != 0);
        QVERIFY(
            BookingService(db()).setAttendance(first, BookingStatus::Attended, QStringLiteral("test")).ok());
        BookingRequest request;
        request.slotId = slots->at(1).slot.id;
        request.company.name = QStringLiteral("Zweite GmbH");
        request.actor = QStringLiteral("test");
        auto second = BookingService(db()).book(request);
        QVERIFY2(second.ok(), why(second).constData());

        auto cancelled = DayService(db()).callOff(day->id, QString(), QStringLiteral("test"));
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(cancelled.error()).contains(QLatin1String("Erste GmbH")));
        // The booking cancelled before the refusal is back.
        auto stored = BookingRepository(db()).forDay(day->id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 2);
        auto after = DayRepository(db()).byId(day->id);
        QVERIFY(after && *after);
        QCOMPARE((*after)->status, DayStatus::Open);
    }

    void callOffOfAnUnknownDayIsNotFound()
    {
        auto cancelled = DayService(db()).callOff(4711, QString(), QStringLiteral("test"));
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDayServiceBatch)
#include "test_dayservice_batch.moc"
