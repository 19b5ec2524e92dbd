// SPDX-License-Identifier: GPL-3.0-or-later
// BookingService: booking, cancelling, reinstating and moving (rules 1, 3 and 5).
#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"

#include <QSqlDatabase>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

BookingRequest request(Id slotId, const QString &company, const QString &first = QString(),
                       const QString &last = QString())
{
    BookingRequest r;
    r.slotId = slotId;
    r.company.name = company;
    if (!first.isEmpty() || !last.isEmpty()) {
        Contact c;
        c.firstName = first;
        c.lastName = last;
        r.contact = c;
    }
    r.topic = QStringLiteral("Instagram für den Vertrieb");
    r.actor = QStringLiteral("test");
    return r;
}

} // namespace

class TestBookingService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_social = 0;
    Id m_website = 0;
    Id m_ising = 0;
    Id m_michna = 0;
    Id m_day = 0;      // Social Media, 25.03.2021, both consultants, 09-16
    Id m_laterDay = 0; // Social Media, 22.04.2021, Ising only
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }

    Id slotAt(Id dayId, Id consultant, int start) { return Test::slotAt(db(), dayId, consultant, start); }

    int companyCount()
    {
        auto all = CompanyRepository(db()).all(true);
        return all ? int(all->size()) : -1;
    }

    Id activeOn(Id slotId)
    {
        auto active = BookingRepository(db()).activeForSlot(slotId);
        return (active && *active) ? (*active)->booking.id : 0;
    }

    Booking stored(Id bookingId)
    {
        auto found = BookingRepository(db()).byId(bookingId);
        return (found && *found) ? (*found)->booking : Booking{};
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
        auto day = DayService(db()).create(makeDay(m_social, m_date, {m_ising, m_michna}));
        QVERIFY2(day.ok(), why(day).constData());
        m_day = day->id;
        auto later = DayService(db()).create(makeDay(m_social, QDate(2021, 4, 22), {m_ising}));
        QVERIFY2(later.ok(), why(later).constData());
        m_laterDay = later->id;
    }

    void cleanup() { m_tmp.reset(); }

    void bookCreatesCompanyAndContact()
    {
        BookingRequest r = request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH"),
                                   QStringLiteral("Anna"), QStringLiteral("Schmidt"));
        r.company.city = QStringLiteral("Bielefeld");
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->companyName, QStringLiteral("Müller GmbH"));
        QCOMPARE(booked->contactName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(booked->booking.status, BookingStatus::Booked);
        QCOMPARE(booked->booking.topic, QStringLiteral("Instagram für den Vertrieb"));
        QCOMPARE(booked->booking.createdBy, QStringLiteral("test"));
        QCOMPARE(booked->slot.consultantName, QStringLiteral("Thorsten Ising"));
        auto company = CompanyRepository(db()).byId(booked->booking.companyId);
        QVERIFY(company && *company);
        QCOMPARE((*company)->city, QStringLiteral("Bielefeld"));
        auto contacts = CompanyRepository(db()).contactsOf(booked->booking.companyId);
        QVERIFY(contacts.ok());
        QCOMPARE(contacts->size(), 1);
        QCOMPARE(contacts->first().id, booked->booking.contactId);
    }

    void findsCompanyAndContactAgainIgnoringCaseAndUmlauts()
    {
        BookingService service(db());
        auto first = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH"),
                                          QStringLiteral("Jörg"), QStringLiteral("Übel")));
        QVERIFY2(first.ok(), why(first).constData());
        auto second =
            service.book(request(slotAt(m_laterDay, m_ising, h(10)), QStringLiteral("  MÜLLER   GmbH "),
                                 QStringLiteral("JÖRG"), QStringLiteral("ÜBEL")));
        QVERIFY2(second.ok(), why(second).constData());
        QCOMPARE(second->booking.companyId, first->booking.companyId);
        QCOMPARE(second->booking.contactId, first->booking.contactId);
        QCOMPARE(second->companyName, QStringLiteral("Müller GmbH"));
        QCOMPARE(companyCount(), 1);
        QCOMPARE(CompanyRepository(db()).contactsOf(first->booking.companyId)->size(), 1);
    }

    void findsCompanyAgainWhenUmlautIsDecomposed()
    {
        // "Unicode-aware" matching: U+0075 U+0308 is the same "ü" as U+00FC (e.g. pasted from macOS).
        BookingService service(db());
        auto first = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH")));
        QVERIFY(first.ok());
        const QString decomposed = QStringLiteral("Mu") + QChar(0x0308) + QStringLiteral("ller GmbH");
        auto second = service.book(request(slotAt(m_laterDay, m_ising, h(9)), decomposed));
        QVERIFY2(second.ok(), why(second).constData());
        QCOMPARE(second->booking.companyId, first->booking.companyId);
        QCOMPARE(companyCount(), 1);
    }

    void refusesTakenSlotNamingTheCompanyHoldingIt()
    {
        const Id slot = slotAt(m_day, m_ising, h(11));
        QVERIFY(BookingService(db()).book(request(slot, QStringLiteral("Müller GmbH"))).ok());
        auto refused = BookingService(db()).book(request(slot, QStringLiteral("Beck KG")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SlotTaken);
        const QString message = errorMessage(refused.error());
        QVERIFY2(message.contains(QStringLiteral("Müller GmbH")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Thorsten Ising")));
        QCOMPARE(companyCount(), 1); // Beck KG was not written
    }

    void databaseRefusesSecondActiveBookingOnSameSlot()
    {
        const Id slot = slotAt(m_day, m_ising, h(9));
        auto first = BookingService(db()).book(request(slot, QStringLiteral("Müller GmbH")));
        QVERIFY(first.ok());
        Booking direct;
        direct.slotId = slot;
        direct.companyId = first->booking.companyId;
        direct.createdBy = QStringLiteral("test");
        auto second = BookingRepository(db()).insert(direct);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::ConstraintViolation);
        // The index covers active bookings only: a cancelled one may sit beside it.
        direct.status = BookingStatus::Cancelled;
        auto history = BookingRepository(db()).insert(direct);
        QVERIFY2(history.ok(), why(history).constData());
        QCOMPARE(activeOn(slot), first->booking.id);
    }

    void refusesSecondSlotSameDayForSameCompanyUnlessAllowed()
    {
        BookingService service(db());
        auto first = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH"),
                                          QStringLiteral("Anna"), QStringLiteral("Schmidt")));
        QVERIFY(first.ok());
        BookingRequest again = request(slotAt(m_day, m_michna, h(11)), QStringLiteral("müller gmbh"),
                                       QStringLiteral("Neue"), QStringLiteral("Person"));
        auto refused = service.book(again);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CompanyAlreadyBooked);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Müller GmbH")));
        QCOMPARE(activeOn(again.slotId), Id(0));
        QCOMPARE(CompanyRepository(db()).contactsOf(first->booking.companyId)->size(),
                 1); // nothing half-written

        again.allowSecondSlotSameDay = true;
        auto allowed = service.book(again);
        QVERIFY2(allowed.ok(), why(allowed).constData());
        QCOMPARE(allowed->booking.companyId, first->booking.companyId);
    }

    void cancelledBookingDoesNotCountForOneSlotPerDay()
    {
        BookingService service(db());
        auto first = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH")));
        QVERIFY(first.ok());
        QVERIFY(service.cancel(first->booking.id, QStringLiteral("verlegt"), QStringLiteral("test")).ok());
        auto second = service.book(request(slotAt(m_day, m_michna, h(13)), QStringLiteral("Müller GmbH")));
        QVERIFY2(second.ok(), why(second).constData());
    }

    void cancelFreesSlotAndKeepsBookingAsCancelled()
    {
        BookingService service(db());
        const Id slot = slotAt(m_day, m_ising, h(10));
        auto first = service.book(request(slot, QStringLiteral("Müller GmbH")));
        QVERIFY(first.ok());
        auto cancelled =
            service.cancel(first->booking.id, QStringLiteral("  krank  "), QStringLiteral("test"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());
        QCOMPARE(cancelled->booking.booking.status, BookingStatus::Cancelled);
        QCOMPARE(cancelled->booking.booking.cancelReason, QStringLiteral("krank"));
        QCOMPARE(activeOn(slot), Id(0));

        auto other = service.book(request(slot, QStringLiteral("Beck KG")));
        QVERIFY2(other.ok(), why(other).constData());
        const Booking history = stored(first->booking.id);
        QCOMPARE(history.status, BookingStatus::Cancelled);
        QCOMPARE(history.cancelReason, QStringLiteral("krank"));
        QCOMPARE(history.slotId, slot);
        QCOMPARE(BookingRepository(db()).forDay(m_day, true)->size(), 2);
        QCOMPARE(BookingRepository(db()).forDay(m_day)->size(), 1);
    }

    void cancelOffersWaitlistEntriesOfThatFormat()
    {
        CompanyRepository companies(db());
        QList<Id> waiting;
        for (const char *name : {"Anna AG", "Berta AG", "Carla AG", "Dora AG", "Emil AG"}) {
            Company c;
            c.name = QString::fromLatin1(name);
            auto id = companies.insert(c);
            QVERIFY(id.ok());
            waiting << *id;
        }
        WaitlistRepository waitlist(db());
        auto anyDay = waitlist.insert(WaitlistEntry{0, m_social, 0, waiting[0], 0, {}, {}, false});
        auto thisDay = waitlist.insert(WaitlistEntry{0, m_social, m_day, waiting[1], 0, {}, {}, false});
        auto otherFormat = waitlist.insert(WaitlistEntry{0, m_website, 0, waiting[2], 0, {}, {}, false});
        auto otherDay = waitlist.insert(WaitlistEntry{0, m_social, m_laterDay, waiting[3], 0, {}, {}, false});
        auto resolved = waitlist.insert(WaitlistEntry{0, m_social, 0, waiting[4], 0, {}, {}, false});
        QVERIFY(anyDay.ok() && thisDay.ok() && otherFormat.ok() && otherDay.ok() && resolved.ok());
        QVERIFY(waitlist.resolve(*resolved).ok());

        BookingService service(db());
        auto booked = service.book(request(slotAt(m_day, m_michna, h(14)), QStringLiteral("Müller GmbH")));
        QVERIFY(booked.ok());
        auto cancelled = service.cancel(booked->booking.id, QString(), QStringLiteral("test"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());
        QList<Id> offered;
        for (const WaitlistEntry &e : cancelled->waitlist)
            offered << e.id;
        QCOMPARE(offered, (QList<Id>{*anyDay, *thisDay}));
        QCOMPARE(cancelled->waitlist.at(0).companyId, waiting[0]);
    }

    void cancellingTwiceIsRefused()
    {
        BookingService service(db());
        auto booked = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH")));
        QVERIFY(booked.ok());
        auto first = service.cancel(booked->booking.id, QStringLiteral("eins"), QStringLiteral("test"));
        QVERIFY(first.ok());
        auto second = service.cancel(booked->booking.id, QStringLiteral("zwei"), QStringLiteral("test"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::BookingAlreadyCancelled);
        QCOMPARE(stored(booked->booking.id).cancelReason, QStringLiteral("eins"));
        QCOMPARE(stored(booked->booking.id).version, first->booking.booking.version);
    }

    void reinstateWorksWhileSlotIsFreeAndIsRefusedOnceRebooked()
    {
        BookingService service(db());
        const Id slot = slotAt(m_day, m_ising, h(12));
        auto booked = service.book(request(slot, QStringLiteral("Müller GmbH")));
        QVERIFY(booked.ok());
        QVERIFY(service.cancel(booked->booking.id, QStringLiteral("krank"), QStringLiteral("test")).ok());
        auto back = service.reinstate(booked->booking.id, QStringLiteral("test"));
        QVERIFY2(back.ok(), why(back).constData());
        QCOMPARE(back->booking.status, BookingStatus::Booked);
        QVERIFY(back->booking.cancelReason.isEmpty());
        QCOMPARE(activeOn(slot), booked->booking.id);

        QVERIFY(service.cancel(booked->booking.id, QString(), QStringLiteral("test")).ok());
        QVERIFY(service.book(request(slot, QStringLiteral("Beck KG"))).ok());
        auto refused = service.reinstate(booked->booking.id, QStringLiteral("test"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SlotTaken);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Beck KG")));
        QCOMPARE(stored(booked->booking.id).status, BookingStatus::Cancelled);
    }

    void moveToFreeSlotOfAnotherConsultant()
    {
        BookingService service(db());
        const Id from = slotAt(m_day, m_ising, h(9));
        const Id to = slotAt(m_day, m_michna, h(13));
        auto booked = service.book(request(from, QStringLiteral("Müller GmbH")));
        QVERIFY(booked.ok());
        auto moved = service.move(booked->booking.id, to, QStringLiteral("test"));
        QVERIFY2(moved.ok(), why(moved).constData());
        QCOMPARE(moved->booking.slotId, to);
        QCOMPARE(moved->slot.consultantName, QStringLiteral("Frank Michna"));
        QCOMPARE(moved->slot.slot.time.start, h(13));
        QCOMPARE(activeOn(from), Id(0));
        QCOMPARE(activeOn(to), booked->booking.id);
        QVERIFY(service.book(request(from, QStringLiteral("Beck KG"))).ok());
    }

    void moveToTakenSlotIsRefusedAndChangesNothing()
    {
        BookingService service(db());
        const Id a = slotAt(m_day, m_ising, h(9));
        const Id b = slotAt(m_day, m_ising, h(10));
        auto mine = service.book(request(a, QStringLiteral("Müller GmbH")));
        auto theirs = service.book(request(b, QStringLiteral("Beck KG")));
        QVERIFY(mine.ok() && theirs.ok());
        auto refused = service.move(mine->booking.id, b, QStringLiteral("test"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::SlotTaken);
        QVERIFY(errorMessage(refused.error()).contains(QStringLiteral("Beck KG")));
        const Booking after = stored(mine->booking.id);
        QCOMPARE(after.slotId, a);
        QCOMPARE(after.version, mine->booking.version);
        QCOMPARE(activeOn(b), theirs->booking.id);
    }

    void setAttendanceRecordsAttendedAndNoShow()
    {
        BookingService service(db());
        auto one = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH")));
        auto two = service.book(request(slotAt(m_day, m_ising, h(10)), QStringLiteral("Beck KG")));
        QVERIFY(one.ok() && two.ok());
        auto attended =
            service.setAttendance(one->booking.id, BookingStatus::Attended, QStringLiteral("test"));
        QVERIFY2(attended.ok(), why(attended).constData());
        QCOMPARE(stored(one->booking.id).status, BookingStatus::Attended);
        auto noShow = service.setAttendance(two->booking.id, BookingStatus::NoShow, QStringLiteral("test"));
        QVERIFY(noShow.ok());
        QCOMPARE(stored(two->booking.id).status, BookingStatus::NoShow);
        // Attended still holds the slot.
        QCOMPARE(activeOn(one->booking.slotId), one->booking.id);
        auto viaAttendance =
            service.setAttendance(one->booking.id, BookingStatus::Cancelled, QStringLiteral("t"));
        QVERIFY(!viaAttendance.ok());
        QCOMPARE(viaAttendance.error().code, ErrorCode::InvalidInput);
        QCOMPARE(stored(one->booking.id).status, BookingStatus::Attended);
    }

    void staleExpectedVersionIsRefusedAndChangesNothing()
    {
        BookingService service(db());
        auto booked = service.book(request(slotAt(m_day, m_ising, h(9)), QStringLiteral("Müller GmbH")));
        QVERIFY(booked.ok());
        const int seen = booked->booking.version;
        QVERIFY(service.setAttendance(booked->booking.id, BookingStatus::Attended, QStringLiteral("a"), seen)
                    .ok());
        const Booking now = stored(booked->booking.id);
        QCOMPARE(now.version, seen + 1);

        auto cancel = service.cancel(booked->booking.id, QStringLiteral("x"), QStringLiteral("b"), seen);
        QVERIFY(!cancel.ok());
        QCOMPARE(cancel.error().code, ErrorCode::ChangedMeanwhile);
        auto attendance =
            service.setAttendance(booked->booking.id, BookingStatus::NoShow, QStringLiteral("b"), seen);
        QVERIFY(!attendance.ok());
        QCOMPARE(attendance.error().code, ErrorCode::ChangedMeanwhile);
        const Booking after = stored(booked->booking.id);
        QCOMPARE(after.status, BookingStatus::Attended);
        QCOMPARE(after.version, now.version);
        QCOMPARE(after.changedBy, QStringLiteral("a"));
    }

    void refusesBookingOnDayThatIsNotOpen()
    {
        DayService days(db());
        ConsultationDay planned = makeDay(m_website, QDate(2024, 5, 23), {m_michna});
        planned.status = DayStatus::Planning;
        auto day = days.create(planned);
        QVERIFY2(day.ok(), why(day).constData());
        const Id slot = slotAt(day->id, m_michna, h(9));
        QVERIFY(slot != 0);
        for (DayStatus status : {DayStatus::Planning, DayStatus::Done, DayStatus::Cancelled}) {
            QVERIFY(days.setStatus(day->id, status).ok());
            auto refused = BookingService(db()).book(request(slot, QStringLiteral("Müller GmbH")));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::DayNotBookable);
            QCOMPARE(activeOn(slot), Id(0));
            QCOMPARE(companyCount(), 0);
        }
        QVERIFY(days.setStatus(day->id, DayStatus::Open).ok());
        QVERIFY(BookingService(db()).book(request(slot, QStringLiteral("Müller GmbH"))).ok());
    }

    void storesSqlPayloadAsCompanyNameVerbatim()
    {
        const QString payload = QStringLiteral("Robert'); DROP TABLE booking;--");
        BookingRequest r = request(slotAt(m_day, m_ising, h(9)), payload);
        r.topic = QStringLiteral("x'; DELETE FROM company; --");
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->companyName, payload);
        QVERIFY(db().connection().tables().contains(QStringLiteral("booking")));
        auto found = BookingRepository(db()).byId(booked->booking.id);
        QVERIFY(found && *found);
        QCOMPARE((*found)->companyName, payload);
        QCOMPARE((*found)->booking.topic, QStringLiteral("x'; DELETE FROM company; --"));
        QCOMPARE(CompanyRepository(db()).byName(payload)->size(), 1);
        QVERIFY(BookingService(db())
                    .book(request(slotAt(m_day, m_ising, h(10)), QStringLiteral("Beck KG")))
                    .ok());
        QCOMPARE(BookingRepository(db()).forDay(m_day)->size(), 2);
    }

    void storesMarkupVerbatim()
    {
        const QString markup = QStringLiteral("<b>x</b>");
        BookingRequest r = request(slotAt(m_day, m_ising, h(9)), markup, QStringLiteral("<i>Anna</i>"),
                                   QStringLiteral("Schmidt"));
        r.topic = markup;
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        auto found = BookingRepository(db()).byId(booked->booking.id);
        QVERIFY(found && *found);
        QCOMPARE((*found)->companyName, markup);
        QCOMPARE((*found)->booking.topic, markup);
        QCOMPARE((*found)->contactName, QStringLiteral("<i>Anna</i> Schmidt"));
    }
};

QTEST_GUILESS_MAIN(TestBookingService)
#include "test_bookingservice.moc"
