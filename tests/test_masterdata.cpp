// SPDX-License-Identifier: GPL-3.0-or-later
// MasterDataService: the rules for formats, consultants and the sender that lived only in the dialogs
// (a format's name is unique, one in use is archived instead of deleted, plausibility), each write one
// transaction that the audit log records, and names kept literally whatever they contain.
#include "TestSupport.h"

#include "scheduling/DayService.h"
#include "scheduling/MasterDataService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/FormatRepository.h"
#include "storage/PrivacyRepository.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

template <typename R> bool refusedAs(const R &r, ErrorCode code)
{
    return !r.ok() && r.error().code == code;
}

const QString kMarkup = QStringLiteral("<b>Müller & Söhne</b> „Übersee“ <script>alert(1)</script> ß");

} // namespace

class TestMasterData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;

    const Database &db() const { return *m_tmp->db; }
    MasterDataService service() const { return MasterDataService(db()); }

    static Format namedFormat(const QString &name)
    {
        Format f;
        f.name = name;
        f.defaultHours = {9 * 60, 16 * 60};
        f.defaultSlotMinutes = 30;
        return f;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
    }

    void cleanup() { m_tmp.reset(); }

    void refusesASecondFormatWithTheSameName()
    {
        auto first = service().saveFormat(namedFormat(QStringLiteral("Social Media Sprechtag")));
        QVERIFY2(first.ok(), why(first));
        auto second = service().saveFormat(namedFormat(QStringLiteral("SOCIAL MEDIA sprechtag")));
        QVERIFY(refusedAs(second, ErrorCode::InvalidInput));
        QVERIFY(errorMessage(second.error()).contains(QLatin1String("already a format")));
        QCOMPARE(service().formats(true)->size(), 1);

        // Renaming the format itself to another spelling is no conflict.
        Format renamed = (*service().format(*first)).value();
        renamed.name = QStringLiteral("Social media Sprechtag");
        auto saved = service().saveFormat(renamed);
        QVERIFY2(saved.ok(), why(saved));
        QCOMPARE(*saved, *first);
        QCOMPARE((*service().format(*first))->name, renamed.name);
    }

    void refusesImplausibleFormats()
    {
        Format backwards = namedFormat(QStringLiteral("Website-Check"));
        backwards.defaultHours = {16 * 60, 9 * 60};
        QVERIFY(refusedAs(service().saveFormat(backwards), ErrorCode::InvalidInput));
        Format longSlot = namedFormat(QStringLiteral("Website-Check"));
        longSlot.defaultHours = {9 * 60, 10 * 60};
        longSlot.defaultSlotMinutes = 90;
        QVERIFY(refusedAs(service().saveFormat(longSlot), ErrorCode::InvalidInput));
        Format unnamed = namedFormat(QStringLiteral("  "));
        QVERIFY(refusedAs(service().saveFormat(unnamed), ErrorCode::InvalidInput));
        Format badMail = namedFormat(QStringLiteral("Website-Check"));
        badMail.contactEmail = QStringLiteral("nobody");
        QVERIFY(refusedAs(service().saveFormat(badMail), ErrorCode::InvalidInput));
        Format placeholder = namedFormat(QStringLiteral("Website-Check"));
        placeholder.letterBody = QStringLiteral("wir erwarten Sie bei {firma}.");
        auto refused = service().saveFormat(placeholder);
        QVERIFY(refusedAs(refused, ErrorCode::InvalidInput));
        QVERIFY(errorMessage(refused.error()).contains(QLatin1String("{firma}")));
        Format control = namedFormat(QStringLiteral("Website\x1b[31m-Check"));
        QVERIFY(refusedAs(service().saveFormat(control), ErrorCode::InvalidInput));
        QCOMPARE(service().formats(true)->size(), 0);
    }

    void archivesAFormatInUseAndDeletesOneWithout()
    {
        const Id social = *service().saveFormat(namedFormat(QStringLiteral("Social Media Sprechtag")));
        const Id website = *service().saveFormat(namedFormat(QStringLiteral("Website-Check")));
        const Id consultant = addConsultant(db(), QStringLiteral("Klaus Ising"));
        auto day = DayService(db()).create(makeDay(social, QDate(2021, 3, 25), {consultant}));
        QVERIFY2(day.ok(), why(day));

        auto archived = service().removeOrArchiveFormat(social);
        QVERIFY2(archived.ok(), why(archived));
        QCOMPARE(*archived, Removal::Archived);
        QVERIFY((*service().format(social))->archived);
        QCOMPARE(service().formats()->size(), 1);
        QCOMPARE(service().formats(true)->size(), 2);

        auto deleted = service().removeOrArchiveFormat(website);
        QVERIFY2(deleted.ok(), why(deleted));
        QCOMPARE(*deleted, Removal::Deleted);
        QVERIFY(!service().format(website)->has_value());

        QVERIFY(refusedAs(service().removeOrArchiveFormat(4711), ErrorCode::NotFound));
    }

    void refusesAFormatChangedMeanwhile()
    {
        const Id id = *service().saveFormat(namedFormat(QStringLiteral("Social Media Sprechtag")));
        Format mine = (*service().format(id)).value();
        Format theirs = mine;
        theirs.partner = QStringLiteral("Handwerkskammer");
        QVERIFY(service().saveFormat(theirs).ok());
        mine.description = QStringLiteral("Meine Änderung");
        QVERIFY(refusedAs(service().saveFormat(mine), ErrorCode::ChangedMeanwhile));
        QCOMPARE((*service().format(id))->partner, theirs.partner);
    }

    void keepsMarkupAndUmlautsLiterally()
    {
        Format f = namedFormat(kMarkup);
        f.description = kMarkup;
        auto formatId = service().saveFormat(f);
        QVERIFY2(formatId.ok(), why(formatId));
        QCOMPARE((*service().format(*formatId))->name, kMarkup);
        QCOMPARE((*service().format(*formatId))->description, kMarkup);
        QCOMPARE((*service().formatNamed(kMarkup))->id, *formatId);

        Consultant c;
        c.name = kMarkup;
        c.organisation = kMarkup;
        auto consultantId = service().saveConsultant(c);
        QVERIFY2(consultantId.ok(), why(consultantId));
        QCOMPARE((*service().consultant(*consultantId))->name, kMarkup);
        QCOMPARE(service().consultantsNamed(kMarkup)->size(), 1);

        Organisation sender;
        sender.name = kMarkup;
        sender.city = QStringLiteral("Bielefeld");
        QVERIFY(service().saveSender(sender).ok());
        QCOMPARE(*service().sender(), sender);
    }

    void validatesAndArchivesConsultants()
    {
        Consultant c;
        c.name = QStringLiteral("Klaus Ising");
        c.email = QStringLiteral("k.ising@");
        QVERIFY(refusedAs(service().saveConsultant(c), ErrorCode::InvalidInput));
        c.email = QStringLiteral("k.ising@example.de");
        c.phone = QStringLiteral("call me");
        QVERIFY(refusedAs(service().saveConsultant(c), ErrorCode::InvalidInput));
        c.phone = QStringLiteral("0521 554-0");
        Consultant unnamed = c;
        unnamed.name = QString();
        QVERIFY(refusedAs(service().saveConsultant(unnamed), ErrorCode::InvalidInput));
        QCOMPARE(service().consultants(true)->size(), 0);

        auto id = service().saveConsultant(c);
        QVERIFY2(id.ok(), why(id));
        const Id format = *service().saveFormat(namedFormat(QStringLiteral("Social Media Sprechtag")));
        QVERIFY(DayService(db()).create(makeDay(format, QDate(2021, 3, 25), {*id})).ok());
        auto removed = service().removeOrArchiveConsultant(*id);
        QVERIFY2(removed.ok(), why(removed));
        QCOMPARE(*removed, Removal::Archived);
        QVERIFY(!(*service().consultant(*id))->active);
        QCOMPARE(service().consultants()->size(), 0);
    }

    void savesCompanyAndContactTogetherOrNothing()
    {
        Company company;
        company.name = QStringLiteral("Bäckerei Müller");
        Contact broken;
        broken.lastName = QStringLiteral("Müller");
        broken.email = QStringLiteral("no address");
        QVERIFY(refusedAs(service().saveCompanyWithContact(company, broken), ErrorCode::InvalidInput));
        QCOMPARE(CompanyRepository(db()).all(true)->size(), 0);

        Contact fine = broken;
        fine.email = QStringLiteral("anna@mueller.de");
        auto saved = service().saveCompanyWithContact(company, fine);
        QVERIFY2(saved.ok(), why(saved));
        QCOMPARE(service().contactsOf(saved->company)->size(), 1);
        QCOMPARE((*service().contactsOf(saved->company)).first().id, saved->contact);

        // A second contact whose name means the same is refused and the company stays unchanged.
        Company renamed = (*service().company(saved->company)).value();
        renamed.city = QStringLiteral("Bielefeld");
        Contact twin;
        twin.lastName = QStringLiteral("MÜLLER");
        QVERIFY(refusedAs(service().saveCompanyWithContact(renamed, twin), ErrorCode::InvalidInput));
        QCOMPARE((*service().company(saved->company))->city, QString());

        Company stored = (*service().company(saved->company)).value();
        QVERIFY(service().setCompanyArchived(stored, true).ok());
        QVERIFY((*service().company(saved->company))->archived);
        QVERIFY(refusedAs(service().setCompanyArchived(stored, false), ErrorCode::ChangedMeanwhile));
    }

    void savesTheSenderAfterItsChecks()
    {
        Organisation sender;
        sender.name = QStringLiteral("IHK Ostwestfalen zu Bielefeld");
        sender.email = QStringLiteral("info@");
        QVERIFY(refusedAs(service().saveSender(sender), ErrorCode::InvalidInput));
        sender.email = QStringLiteral("info@ostwestfalen.ihk.de");
        sender.phone = QStringLiteral("0521 554-0");
        QVERIFY(service().saveSender(sender).ok());
        QCOMPARE(*service().sender(), sender);

        QVERIFY(service().setRetentionMonths(24).ok());
        QCOMPARE(*service().retentionMonths(), 24);
        QVERIFY(refusedAs(service().setRetentionMonths(-1), ErrorCode::InvalidInput));
    }

    void writesAreInTheAuditLog()
    {
        m_tmp->db->setStaffUser(QStringLiteral("frau.koch"));
        const Id id = *service().saveFormat(namedFormat(QStringLiteral("Social Media Sprechtag")));
        QVERIFY(service().removeOrArchiveFormat(id).ok());
        AuditFilter filter;
        filter.entity = QStringLiteral("format");
        auto entries = PrivacyRepository(db()).auditEntries(filter);
        QVERIFY2(entries.ok(), why(entries));
        QVERIFY(!entries->isEmpty());
        for (const AuditEntry &entry : *entries) {
            QCOMPARE(entry.staffUser, QStringLiteral("frau.koch"));
            QCOMPARE(entry.entityId, id);
        }
    }
};

QTEST_GUILESS_MAIN(TestMasterData)
#include "test_masterdata.moc"
