// SPDX-License-Identifier: GPL-3.0-or-later
// MasterDataService: rule 6, whoever appears in a booking or a planned day is archived, not deleted.
#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "scheduling/MasterDataService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/DayRepository.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }

    Id addCompany(const QString &name, int contacts)
    {
        CompanyRepository companies(db());
        Company c;
        c.name = name;
        auto id = companies.insert(c);
        if (!id)
            return 0;
        for (int i = 0; i < contacts; ++i) {
            Contact p;
            p.companyId = *id;
            p.lastName = QStringLiteral("Person %1").arg(i + 1);
            if (!companies.insertContact(p))
                return 0;
        }
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        QVERIFY(m_format != 0);
    }

    void cleanup() { m_tmp.reset(); }

    void deletesConsultantWithoutSlots()
    {
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        const Id michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(ising && michna);
        auto removed = MasterDataService(db()).removeOrArchiveConsultant(ising);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Deleted);
        ConsultantRepository consultants(db());
        QVERIFY(!consultants.byId(ising)->has_value());
        QVERIFY(consultants.byId(michna)->has_value());
        QCOMPARE(consultants.all(true)->size(), 1);
    }

    void archivesConsultantWithSlots()
    {
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        QVERIFY(ising != 0);
        auto day = DayService(db()).create(makeDay(m_format, m_date, {ising}));
        QVERIFY2(day.ok(), why(day).constData());
        auto removed = MasterDataService(db()).removeOrArchiveConsultant(ising);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Archived);
        ConsultantRepository consultants(db());
        auto found = consultants.byId(ising);
        QVERIFY(found && *found);
        QCOMPARE((*found)->active, false);
        QCOMPARE((*found)->name, QStringLiteral("Thorsten Ising"));
        QCOMPARE(consultants.all(false)->size(), 0);
        QCOMPARE(consultants.all(true)->size(), 1);
        QCOMPARE(DayRepository(db()).slotsOfDay(day->id)->size(), 7);
    }

    void archivesConsultantWhoseBookedSlotsRemain()
    {
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        auto day = DayService(db()).create(makeDay(m_format, m_date, {ising}));
        QVERIFY(day.ok());
        const Id slot = DayRepository(db()).slotsOfDay(day->id)->first().slot.id;
        BookingRequest r;
        r.slotId = slot;
        r.company.name = QStringLiteral("Müller GmbH");
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        auto removed = MasterDataService(db()).removeOrArchiveConsultant(ising);
        QVERIFY(removed.ok());
        QCOMPARE(*removed, Removal::Archived);
        auto history = BookingRepository(db()).byId(booked->booking.id);
        QVERIFY(history && *history);
        QCOMPARE((*history)->slot.consultantName, QStringLiteral("Thorsten Ising"));
    }

    void refusesDayWhereAConsultantWouldHaveNoSlot()
    {
        // Own hours 09:00-09:30 on a day of one-hour slots: present on the day without a slot of their own
        // would make them undeletable yet invisible, so the day is refused instead.
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        const Id michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        ConsultationDay requested = makeDay(m_format, m_date, {ising, michna});
        requested.consultants[1].hours = TimeRange{9 * 60, 9 * 60 + 30};
        auto day = DayService(db()).create(requested);
        QVERIFY(!day.ok());
        QCOMPARE(day.error().code, ErrorCode::InvalidInput);
        QCOMPARE(ConsultantRepository(db()).usageCount(michna).value(), qint64(0));
        auto removed = MasterDataService(db()).removeOrArchiveConsultant(michna);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Deleted);
    }

    void deletesCompanyWithoutBookingsTogetherWithContacts()
    {
        const Id company = addCompany(QStringLiteral("Müller GmbH"), 2);
        const Id other = addCompany(QStringLiteral("Beck KG"), 1);
        QVERIFY(company && other);
        CompanyRepository companies(db());
        QCOMPARE(companies.contactsOf(company, true)->size(), 2);
        const Id contactId = companies.contactsOf(company, true)->first().id;
        auto removed = MasterDataService(db()).removeOrArchiveCompany(company);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Deleted);
        QVERIFY(!companies.byId(company)->has_value());
        QCOMPARE(companies.contactsOf(company, true)->size(), 0);
        QVERIFY(!companies.contactById(contactId)->has_value());
        QVERIFY(companies.byId(other)->has_value());
        QCOMPARE(companies.contactsOf(other, true)->size(), 1);
    }

    void archivesCompanyWithBookings()
    {
        const Id ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        auto day = DayService(db()).create(makeDay(m_format, m_date, {ising}));
        QVERIFY(day.ok());
        BookingRequest r;
        r.slotId = DayRepository(db()).slotsOfDay(day->id)->first().slot.id;
        r.company.name = QStringLiteral("Müller GmbH");
        Contact anna;
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Schmidt");
        r.contact = anna;
        auto booked = BookingService(db()).book(r);
        QVERIFY(booked.ok());
        // Even a cancelled booking is history that must stay whole.
        QVERIFY(BookingService(db()).cancel(booked->booking.id, QString(), QStringLiteral("t")).ok());

        auto removed = MasterDataService(db()).removeOrArchiveCompany(booked->booking.companyId);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Archived);
        CompanyRepository companies(db());
        auto found = companies.byId(booked->booking.companyId);
        QVERIFY(found && *found);
        QCOMPARE((*found)->archived, true);
        QCOMPARE((*found)->name, QStringLiteral("Müller GmbH"));
        QCOMPARE(companies.all(false)->size(), 0);
        QCOMPARE(companies.contactsOf(booked->booking.companyId, true)->size(), 1);
        auto history = BookingRepository(db()).byId(booked->booking.id);
        QVERIFY(history && *history);
        QCOMPARE((*history)->companyName, QStringLiteral("Müller GmbH"));
        QCOMPARE((*history)->contactName, QStringLiteral("Anna Schmidt"));
    }

    void archivesCompanyOnWaitlist()
    {
        const Id company = addCompany(QStringLiteral("Beck KG"), 0);
        QVERIFY(company != 0);
        auto entry =
            WaitlistRepository(db()).insert(WaitlistEntry{0, m_format, 0, company, 0, {}, {}, false});
        QVERIFY(entry.ok());
        auto removed = MasterDataService(db()).removeOrArchiveCompany(company);
        QVERIFY2(removed.ok(), why(removed).constData());
        QCOMPARE(*removed, Removal::Archived);
        QVERIFY((*CompanyRepository(db()).byId(company))->archived);
    }

    void removingUnknownIdsIsNotFound()
    {
        auto consultant = MasterDataService(db()).removeOrArchiveConsultant(4711);
        QVERIFY(!consultant.ok());
        QCOMPARE(consultant.error().code, ErrorCode::NotFound);
        auto company = MasterDataService(db()).removeOrArchiveCompany(4711);
        QVERIFY(!company.ok());
        QCOMPARE(company.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "test_directory.moc"
