// SPDX-License-Identifier: GPL-3.0-or-later
// DayService: creating days and their slots (rule 2) and changing them without losing bookings (rule 4).
#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestDayService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_social = 0;
    Id m_website = 0;
    Id m_ising = 0;
    Id m_michna = 0;
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }

    ConsultationDay socialDay(const QList<Id> &consultants) const
    {
        return makeDay(m_social, m_date, consultants);
    }

    int slotCount(Id dayId, bool includeRetired = false)
    {
        auto slots = DayRepository(db()).slotsOfDay(dayId, includeRetired);
        return slots ? int(slots->size()) : -1;
    }

    Id slotAt(Id dayId, Id consultant, int start) { return Test::slotAt(db(), dayId, consultant, start); }

    Result<BookingDetails> book(Id slotId, const QString &company)
    {
        BookingRequest request;
        request.slotId = slotId;
        request.company.name = company;
        request.actor = QStringLiteral("test");
        return BookingService(db()).book(request);
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_social = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_website = addFormat(db(), QStringLiteral("Website-Check"));
        m_ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        m_michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(m_social && m_website && m_ising && m_michna);
    }

    void cleanup() { m_tmp.reset(); }

    void createGeneratesSevenHourlySlotsPerConsultant()
    {
        auto day = DayService(db()).create(socialDay({m_ising, m_michna}));
        QVERIFY2(day.ok(), why(day).constData());
        QVERIFY(day->id > 0);
        QCOMPARE(slotCount(day->id), 14);
        auto stored = DayRepository(db()).byId(day->id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->consultants.size(), 2);
        QCOMPARE((*stored)->date, m_date);
        QVERIFY(slotAt(day->id, m_michna, h(15)) != 0);
        QCOMPARE(slotAt(day->id, m_michna, h(16)), Id(0));
    }

    void createHonoursBreaksOwnHoursAndSlotLength()
    {
        ConsultationDay requested = socialDay({m_ising, m_michna});
        requested.breaks << TimeRange{h(12), h(12, 30)};
        requested.consultants[1].hours = TimeRange{h(13), h(16)};
        requested.slotMinutes = 30;
        auto day = DayService(db()).create(requested);
        QVERIFY2(day.ok(), why(day).constData());
        // Ising: 09:00-12:00 and 12:30-16:00 in halves = 6 + 7; Michna: 13:00-16:00 = 6.
        QCOMPARE(slotCount(day->id), 19);
        QVERIFY(slotAt(day->id, m_ising, h(12, 30)) != 0);
        QCOMPARE(slotAt(day->id, m_ising, h(12)), Id(0));
        QCOMPARE(slotAt(day->id, m_michna, h(12, 30)), Id(0));
    }

    void refusesSecondDayOfSameFormatOnSameDate()
    {
        QVERIFY(DayService(db()).create(socialDay({m_ising})).ok());
        auto again = DayService(db()).create(socialDay({m_michna}));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::DayExists);
        auto summaries = DayRepository(db()).summaries(QDate(), QDate());
        QVERIFY(summaries.ok());
        QCOMPARE(summaries->size(), 1);
    }

    void refusesConsultantOnOverlappingDayOfOtherFormat()
    {
        QVERIFY(DayService(db()).create(socialDay({m_ising})).ok());
        ConsultationDay other = makeDay(m_website, m_date, {m_michna, m_ising});
        other.hours = {h(14), h(18)};
        auto refused = DayService(db()).create(other);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ConsultantBusy);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Thorsten Ising")));
        auto stored = DayRepository(db()).byFormatAndDate(m_website, m_date);
        QVERIFY(stored.ok());
        QVERIFY(!stored->has_value());
    }

    void refusesConsultantOverlapWhenSlotLengthsDiffer()
    {
        ConsultationDay hourly = socialDay({m_ising});
        hourly.hours = {h(9), h(12)};
        QVERIFY(DayService(db()).create(hourly).ok());
        // 11:30-12:00 of the half-hour day lies inside 11:00-12:00 of the hourly day.
        ConsultationDay halves = makeDay(m_website, m_date, {m_ising});
        halves.hours = {h(11, 30), h(14)};
        halves.slotMinutes = 30;
        auto refused = DayService(db()).create(halves);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ConsultantBusy);
    }

    void allowsConsultantWhenOtherDayIsCancelledButNotItsReopening()
    {
        auto first = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(first.ok());
        QVERIFY(DayService(db()).setStatus(first->id, DayStatus::Cancelled).ok());
        auto second = DayService(db()).create(makeDay(m_website, m_date, {m_ising}));
        QVERIFY2(second.ok(), why(second).constData());
        QCOMPARE(slotCount(second->id), 7);
        // Reopening the cancelled day would put Ising in two places.
        const Status reopen = DayService(db()).setStatus(first->id, DayStatus::Open);
        QVERIFY(!reopen.ok());
        QCOMPARE(reopen.error().code, ErrorCode::ConsultantBusy);
        QCOMPARE((*DayRepository(db()).byId(first->id))->status, DayStatus::Cancelled);
    }

    void allowsConsultantOnOtherFormatWhenHoursDoNotOverlap()
    {
        ConsultationDay morning = socialDay({m_ising});
        morning.hours = {h(9), h(12)};
        QVERIFY(DayService(db()).create(morning).ok());
        ConsultationDay afternoon = makeDay(m_website, m_date, {m_ising});
        afternoon.hours = {h(12), h(16)};
        auto created = DayService(db()).create(afternoon);
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(slotCount(created->id), 4);
    }

    void databaseRefusesOverlappingSlotInsertedDirectly()
    {
        auto social = DayService(db()).create(socialDay({m_ising}));
        auto website = DayService(db()).create(makeDay(m_website, m_date, {m_michna}));
        QVERIFY(social.ok() && website.ok());
        DayRepository days(db());
        auto overlapping =
            days.insertSlot(Slot{0, website->id, m_ising, m_date, {h(9, 30), h(10, 30)}, false});
        QVERIFY(!overlapping.ok());
        QCOMPARE(overlapping.error().code, ErrorCode::ConstraintViolation);
        auto sameDay = days.insertSlot(Slot{0, social->id, m_ising, m_date, {h(10, 15), h(10, 45)}, false});
        QVERIFY(!sameDay.ok());
        QCOMPARE(sameDay.error().code, ErrorCode::ConstraintViolation);
        QCOMPARE(slotCount(website->id), 7);
        // The trigger refuses only overlaps: after 16:00 Ising is free.
        auto later = days.insertSlot(Slot{0, website->id, m_ising, m_date, {h(16), h(17)}, false});
        QVERIFY2(later.ok(), why(later).constData());
    }

    void changeShorteningHoursIsRefusedNamingTheBookingAndChangesNothing()
    {
        auto day = DayService(db()).create(socialDay({m_ising, m_michna}));
        QVERIFY(day.ok());
        const Id late = slotAt(day->id, m_michna, h(15));
        auto booking = book(late, QStringLiteral("Müller GmbH"));
        QVERIFY2(booking.ok(), why(booking).constData());

        ConsultationDay shorter = *day;
        shorter.hours = {h(9), h(15)};
        auto refused = DayService(db()).change(shorter);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        const QString message = errorMessage(refused.error());
        QVERIFY2(message.contains(QStringLiteral("Müller GmbH")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Frank Michna")));

        auto stored = DayRepository(db()).byId(day->id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->hours, (TimeRange{h(9), h(16)}));
        QCOMPARE((*stored)->version, day->version);
        QCOMPARE(slotCount(day->id, true), 14);
        auto still = BookingRepository(db()).byId(booking->booking.id);
        QVERIFY(still && *still);
        QCOMPARE((*still)->booking.slotId, late);
        QCOMPARE((*still)->booking.status, BookingStatus::Booked);
    }

    void changeOfSlotLengthIsRefusedWhenABookingWouldLoseItsSlot()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        QVERIFY(book(slotAt(day->id, m_ising, h(10)), QStringLiteral("Beck KG")).ok());
        ConsultationDay halves = *day;
        halves.slotMinutes = 30;
        auto refused = DayService(db()).change(halves);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Beck KG")));
        QCOMPARE((*DayRepository(db()).byId(day->id))->slotMinutes, 60);
        QCOMPARE(slotCount(day->id, true), 7);
    }

    void changeRemovingABookedConsultantOrAddingABreakIsRefused()
    {
        auto day = DayService(db()).create(socialDay({m_ising, m_michna}));
        QVERIFY(day.ok());
        QVERIFY(book(slotAt(day->id, m_michna, h(12)), QStringLiteral("Weber AG")).ok());

        ConsultationDay without = *day;
        without.consultants.removeLast();
        auto refused = DayService(db()).change(without);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Weber AG")));

        ConsultationDay withBreak = *day;
        withBreak.breaks << TimeRange{h(12), h(12, 30)};
        auto alsoRefused = DayService(db()).change(withBreak);
        QVERIFY(!alsoRefused.ok());
        QCOMPARE(alsoRefused.error().code, ErrorCode::DayChangeBlocked);

        auto stored = DayRepository(db()).byId(day->id);
        QCOMPARE((*stored)->consultants.size(), 2);
        QVERIFY((*stored)->breaks.isEmpty());
        QCOMPARE(slotCount(day->id, true), 14);
    }

    void changeKeepingBookedSlotsSucceedsAndRemovesFreeSlots()
    {
        auto day = DayService(db()).create(socialDay({m_ising, m_michna}));
        QVERIFY(day.ok());
        const Id ten = slotAt(day->id, m_ising, h(10));
        auto booking = book(ten, QStringLiteral("Müller GmbH"));
        QVERIFY(booking.ok());

        ConsultationDay morning = *day;
        morning.hours = {h(9), h(12)};
        morning.location = QStringLiteral("Raum 2");
        auto changed = DayService(db()).change(morning);
        QVERIFY2(changed.ok(), why(changed).constData());
        QCOMPARE(changed->version, day->version + 1);
        QCOMPARE(slotCount(day->id), 6);
        QCOMPARE(slotCount(day->id, true), 6); // free slots without history are deleted
        QCOMPARE(slotAt(day->id, m_ising, h(10)), ten);
        auto still = BookingRepository(db()).byId(booking->booking.id);
        QCOMPARE((*still)->booking.slotId, ten);
        QCOMPARE((*still)->booking.status, BookingStatus::Booked);
        auto stored = DayRepository(db()).byId(day->id);
        QCOMPARE((*stored)->hours, (TimeRange{h(9), h(12)}));
        QCOMPARE((*stored)->location, QStringLiteral("Raum 2"));
    }

    void slotWithOnlyCancelledBookingsIsRetiredNotDeleted()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        const Id late = slotAt(day->id, m_ising, h(15));
        auto booking = book(late, QStringLiteral("Schulz OHG"));
        QVERIFY(booking.ok());
        QVERIFY(BookingService(db())
                    .cancel(booking->booking.id, QStringLiteral("krank"), QStringLiteral("t"))
                    .ok());

        ConsultationDay shorter = *day;
        shorter.hours = {h(9), h(15)};
        auto changed = DayService(db()).change(shorter);
        QVERIFY2(changed.ok(), why(changed).constData());
        QCOMPARE(slotCount(day->id), 6);
        QCOMPARE(slotCount(day->id, true), 7);
        auto offered = DayRepository(db()).slotById(late);
        QVERIFY(offered.ok());
        QVERIFY(!offered->has_value());
        auto history = BookingRepository(db()).byId(booking->booking.id);
        QVERIFY(history && *history);
        QCOMPARE((*history)->booking.status, BookingStatus::Cancelled);
        QCOMPARE((*history)->companyName, QStringLiteral("Schulz OHG"));
        QCOMPARE((*history)->slot.slot.time.start, h(15));

        // Widening again offers the same slot once more.
        ConsultationDay wider = *changed;
        wider.hours = {h(9), h(16)};
        auto widened = DayService(db()).change(wider);
        QVERIFY2(widened.ok(), why(widened).constData());
        QCOMPARE(slotCount(day->id, true), 7);
        QCOMPARE(slotAt(day->id, m_ising, h(15)), late);
    }

    void changeWithStaleVersionIsRefused()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        ConsultationDay first = *day;
        first.notes = QStringLiteral("first");
        QVERIFY(DayService(db()).change(first).ok());
        ConsultationDay stale = *day; // still version 1
        stale.hours = {h(9), h(12)};
        auto refused = DayService(db()).change(stale);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ChangedMeanwhile);
        auto stored = DayRepository(db()).byId(day->id);
        QCOMPARE((*stored)->notes, QStringLiteral("first"));
        QCOMPARE((*stored)->hours, (TimeRange{h(9), h(16)}));
        QCOMPARE(slotCount(day->id), 7);
    }

    void changeIntoOverlapWithOtherFormatIsRefused()
    {
        ConsultationDay morning = socialDay({m_ising});
        morning.hours = {h(9), h(12)};
        QVERIFY(DayService(db()).create(morning).ok());
        ConsultationDay afternoon = makeDay(m_website, m_date, {m_ising});
        afternoon.hours = {h(13), h(16)};
        auto created = DayService(db()).create(afternoon);
        QVERIFY(created.ok());
        ConsultationDay earlier = *created;
        earlier.hours = {h(11), h(16)};
        auto refused = DayService(db()).change(earlier);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ConsultantBusy);
        QCOMPARE(slotCount(created->id), 3);
    }

    void cancellingDayIsRefusedWhileBookingsAreActive()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        auto booking = book(slotAt(day->id, m_ising, h(9)), QStringLiteral("Müller GmbH"));
        QVERIFY(booking.ok());
        const Status refused = DayService(db()).setStatus(day->id, DayStatus::Cancelled);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Müller GmbH")));
        QCOMPARE((*DayRepository(db()).byId(day->id))->status, DayStatus::Open);

        QVERIFY(BookingService(db()).cancel(booking->booking.id, QString(), QStringLiteral("t")).ok());
        QVERIFY(DayService(db()).setStatus(day->id, DayStatus::Cancelled).ok());
        QCOMPARE((*DayRepository(db()).byId(day->id))->status, DayStatus::Cancelled);
    }

    void changeCannotCancelDayWhileBookingsAreActive()
    {
        // change() writes the whole day, status included: it must not be a way around setStatus().
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        auto booking = book(slotAt(day->id, m_ising, h(9)), QStringLiteral("Müller GmbH"));
        QVERIFY(booking.ok());
        ConsultationDay cancelled = *day;
        cancelled.status = DayStatus::Cancelled;
        auto result = DayService(db()).change(cancelled);
        if (!result.ok())
            QCOMPARE(result.error().code, ErrorCode::DayChangeBlocked);
        QCOMPARE((*DayRepository(db()).byId(day->id))->status, DayStatus::Open);
        QVERIFY(BookingRepository(db()).activeForSlot(booking->booking.slotId)->has_value());
    }

    void removeIsRefusedWhenDayEverHadBookings()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        auto booking = book(slotAt(day->id, m_ising, h(9)), QStringLiteral("Müller GmbH"));
        QVERIFY(booking.ok());
        QVERIFY(BookingService(db()).cancel(booking->booking.id, QString(), QStringLiteral("t")).ok());
        const Status refused = DayService(db()).remove(day->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Müller GmbH")));
        QVERIFY(DayRepository(db()).byId(day->id)->has_value());
        QCOMPARE(slotCount(day->id), 7);
        QVERIFY(BookingRepository(db()).byId(booking->booking.id)->has_value());
    }

    void removeDeletesDayThatNeverHadBookings()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        const Status removed = DayService(db()).remove(day->id);
        QVERIFY2(removed.ok(), why(removed).constData());
        QVERIFY(!DayRepository(db()).byId(day->id)->has_value());
        QCOMPARE(slotCount(day->id, true), 0);
    }

    void blockingIsRefusedOnBookedSlotAndBlockedSlotCannotBeBooked()
    {
        auto day = DayService(db()).create(socialDay({m_ising}));
        QVERIFY(day.ok());
        const Id nine = slotAt(day->id, m_ising, h(9));
        const Id ten = slotAt(day->id, m_ising, h(10));
        QVERIFY(book(nine, QStringLiteral("Müller GmbH")).ok());

        const Status refused = DayService(db()).setSlotBlocked(nine, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::DayChangeBlocked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Müller GmbH")));
        QVERIFY(!(*DayRepository(db()).slotById(nine))->slot.blocked);

        QVERIFY(DayService(db()).setSlotBlocked(ten, true).ok());
        QVERIFY((*DayRepository(db()).slotById(ten))->slot.blocked);
        auto blocked = book(ten, QStringLiteral("Beck KG"));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().code, ErrorCode::SlotBlocked);
        QVERIFY(!BookingRepository(db()).activeForSlot(ten)->has_value());

        QVERIFY(DayService(db()).setSlotBlocked(ten, false).ok());
        auto booked = book(ten, QStringLiteral("Beck KG"));
        QVERIFY2(booked.ok(), why(booked).constData());
    }
};

QTEST_GUILESS_MAIN(TestDayService)
#include "test_dayservice.moc"
