// SPDX-License-Identifier: GPL-3.0-or-later
// Privacy (issue #5): the append-only audit log, access reports, erasure without a trace (reliability.md
// test 15), the retention period and the migration of version 1 files.
#include "TestSupport.h"

#include "documents/OutputFiles.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "privacy/PrivacyService.h"
#include "scheduling/BookingService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ExportRepository.h"
#include "storage/PrivacyRepository.h"
#include "storage/SearchRepository.h"
#include "storage/Sql.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file inside the XLSX (a zip), uncompressed one after the other.
QByteArray unzipped(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-p"), path});
    if (!p.waitForFinished(30000))
        return {};
    return p.readAllStandardOutput();
}

// Statements through a connection that Database did not open, as another program would write.
QString rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-privacy");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery q(db);
        if (!q.exec(sql))
            error = q.lastError().databaseText();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

struct Person
{
    QString company;
    QString first;
    QString last;
    QString email;
    QString phone;
    QString topic;
};

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    Id m_consultant = 0;
    QHash<QDate, Id> m_days;

    Database &db() { return *m_tmp->db; }

    Id slot(const QDate &date, int hour)
    {
        if (!m_days.contains(date)) {
            auto day = DayService(db()).create(makeDay(m_format, date, {m_consultant}));
            if (!day)
                return 0;
            m_days.insert(date, day->id);
        }
        auto slots = DayRepository(db()).slotsOfDay(m_days.value(date));
        if (!slots)
            return 0;
        for (const SlotDetails &s : *slots) {
            if (s.slot.time.start == hour * 60)
                return s.slot.id;
        }
        return 0;
    }

    BookingDetails book(const QDate &date, int hour, const Person &p)
    {
        BookingRequest r;
        r.slotId = slot(date, hour);
        r.company.name = p.company;
        r.company.street = QStringLiteral("Hauptstraße 1");
        r.company.city = QStringLiteral("Bielefeld");
        Contact c;
        c.salutation = Salutation::Frau;
        c.firstName = p.first;
        c.lastName = p.last;
        c.email = p.email;
        c.phone = p.phone;
        r.contact = c;
        r.topic = p.topic;
        r.actor = db().staffUser();
        auto booked = BookingService(db()).book(r);
        if (!booked)
            qWarning("book failed: %s", why(booked).constData());
        return booked ? *booked : BookingDetails{};
    }

    QList<AuditEntry> audit(const QString &entity, Id id)
    {
        AuditFilter f;
        f.entity = entity;
        f.entityId = id;
        auto entries = PrivacyRepository(db()).auditEntries(f);
        return entries ? *entries : QList<AuditEntry>();
    }

    static QStringList actions(const QList<AuditEntry> &entries)
    {
        QStringList out;
        for (const AuditEntry &e : entries)
            out.prepend(e.action); // oldest first
        return out;
    }

    const Person m_zebra{QStringLiteral("Zebrafink Kommunikation GmbH"),
                         QStringLiteral("Waltraud"),
                         QStringLiteral("Quennefeld"),
                         QStringLiteral("w.quennefeld@zebrafink.example"),
                         QStringLiteral("+49 521 9876543"),
                         QStringLiteral("Quennefeld plant ein Geheimprojekt")};
    const Person m_other{QStringLiteral("Andere Werkstatt KG"),
                         QStringLiteral("Otto"),
                         QStringLiteral("Normalverbraucher"),
                         QStringLiteral("otto@andere.example"),
                         QStringLiteral("0521 111"),
                         QStringLiteral("Website-Relaunch")};

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->open());
        db().setStaffUser(QStringLiteral("anna.sachbearbeiterin"));
        m_format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_consultant = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        m_days.clear();
        QVERIFY(m_format && m_consultant);
    }

    void cleanup() { m_tmp.reset(); }

    void everyKindOfChangeIsLoggedWithUserAndFieldNamesOnly()
    {
        const BookingDetails b = book({2021, 3, 25}, 9, m_zebra);
        QVERIFY(b.booking.id);
        BookingService service(db());
        QVERIFY(service.move(b.booking.id, slot({2021, 3, 25}, 11), QStringLiteral("x")).ok());
        QVERIFY(service.setAttendance(b.booking.id, BookingStatus::Attended, QStringLiteral("x")).ok());
        QVERIFY(service.setAttendance(b.booking.id, BookingStatus::Booked, QStringLiteral("x")).ok());
        QVERIFY(service.cancel(b.booking.id, QStringLiteral("Frau Quennefeld ist krank"), QStringLiteral("x"))
                    .ok());
        QVERIFY(service.reinstate(b.booking.id, QStringLiteral("x")).ok());
        CompanyRepository companies(db());
        Company c = **companies.byId(b.booking.companyId);
        c.archived = true;
        QVERIFY(companies.update(c).ok());
        Format f = **FormatRepository(db()).byId(m_format);
        f.partner = QStringLiteral("InnoZent OWL e.V.");
        QVERIFY(FormatRepository(db()).update(f).ok());

        QCOMPARE(actions(audit(QStringLiteral("booking"), b.booking.id)),
                 (QStringList{QStringLiteral("create"), QStringLiteral("move"), QStringLiteral("attendance"),
                              QStringLiteral("attendance"), QStringLiteral("cancel"),
                              QStringLiteral("reinstate")}));
        const QList<AuditEntry> cancelled = audit(QStringLiteral("booking"), b.booking.id);
        QVERIFY(cancelled.at(1).fields.contains(QStringLiteral("cancel_reason")));
        QVERIFY(cancelled.at(1).fields.contains(QStringLiteral("status")));
        QCOMPARE(actions(audit(QStringLiteral("company"), b.booking.companyId)),
                 (QStringList{QStringLiteral("create"), QStringLiteral("archive")}));
        QCOMPARE(actions(audit(QStringLiteral("contact"), b.booking.contactId)),
                 QStringList{QStringLiteral("create")});
        QCOMPARE(actions(audit(QStringLiteral("day"), m_days.value({2021, 3, 25}))),
                 QStringList{QStringLiteral("create")});
        QCOMPARE(actions(audit(QStringLiteral("consultant"), m_consultant)),
                 QStringList{QStringLiteral("create")});
        const QList<AuditEntry> format = audit(QStringLiteral("format"), m_format);
        QCOMPARE(actions(format), (QStringList{QStringLiteral("create"), QStringLiteral("edit")}));
        QCOMPARE(format.first().fields, QStringList{QStringLiteral("partner")});

        auto erased = PrivacyService(db()).eraseCompany(b.booking.companyId);
        QVERIFY2(erased.ok(), why(erased));
        QCOMPARE(audit(QStringLiteral("company"), b.booking.companyId).first().action,
                 QStringLiteral("erase"));
        QCOMPARE(audit(QStringLiteral("contact"), b.booking.contactId).first().action,
                 QStringLiteral("erase"));
        QCOMPARE(audit(QStringLiteral("booking"), b.booking.id).first().action, QStringLiteral("erase"));

        auto all = PrivacyRepository(db()).auditEntries();
        QVERIFY(all.ok());
        for (const AuditEntry &e : *all) {
            QCOMPARE(e.staffUser, QStringLiteral("anna.sachbearbeiterin"));
            QVERIFY(e.at.isValid());
            QVERIFY(e.entityId > 0);
        }
        // Values never reach the log: no name, reason or partner in any of its columns.
        for (const QString &value : {m_zebra.last, QStringLiteral("krank"), QStringLiteral("InnoZent")}) {
            auto n =
                scalar(db(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(staff_user || entity || "
                                      "action || fields, ?) > 0"),
                       {value});
            QCOMPARE(*n, qint64(0));
        }
    }

    void auditLogCannotBeChangedOrDeleted()
    {
        book({2021, 3, 25}, 9, m_zebra);
        const qint64 before = *scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(before > 0);
        Status update = execute(db(), QStringLiteral("UPDATE audit_log SET staff_user = 'mallory'"));
        QVERIFY(!update.ok());
        QCOMPARE(update.error().code, ErrorCode::ConstraintViolation);
        QVERIFY(errorMessage(update.error()).contains(QLatin1String("change log")));
        QVERIFY(!execute(db(), QStringLiteral("DELETE FROM audit_log")).ok());
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")), before);
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE staff_user = 'mallory'")),
                 qint64(0));
    }

    void writeThroughAnotherConnectionCannotSkipTheLog()
    {
        const qint64 formats = *scalar(db(), QStringLiteral("SELECT count(*) FROM format"));
        const QString error =
            rawExec(m_tmp->path(),
                    QStringLiteral("UPDATE format SET partner = 'heimlich' WHERE id = %1").arg(m_format));
        QVERIFY2(error.contains(QLatin1String("sprechtag_actor")), qPrintable(error));
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM format WHERE partner = 'heimlich'")),
                 qint64(0));
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM format")), formats);
    }

    void companyReportHoldsEverythingStoredAsCsv()
    {
        Person p = m_zebra;
        p.topic = QStringLiteral("=HYPERLINK(\"http://x\")");
        const BookingDetails b = book({2021, 3, 25}, 9, p);
        book({2021, 3, 25}, 10, m_other);
        WaitlistEntry w;
        w.formatId = m_format;
        w.companyId = b.booking.companyId;
        w.contactId = b.booking.contactId;
        w.note = QStringLiteral("gern im April");
        QVERIFY(WaitlistRepository(db()).insert(w).ok());

        auto report = PrivacyService(db()).reportForCompany(b.booking.companyId);
        QVERIFY2(report.ok(), why(report));
        const QString path = m_tmp->dir.filePath(QStringLiteral("auskunft.csv"));
        const mode_t old = ::umask(022);
        QVERIFY(writeAccessReport(*report, path).ok());
        ::umask(old);
        QCOMPARE(fileMode(path), 0600);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        const QString text = QString::fromUtf8(bytes);
        for (const QString &needle :
             {p.company, p.first, p.last, p.email, p.phone, QStringLiteral("Hauptstraße 1"),
              QStringLiteral("25.03.2021"), QStringLiteral("09:00"), QStringLiteral("Social Media Sprechtag"),
              QStringLiteral("Thorsten Ising"), QStringLiteral("gern im April"),
              auditActionName(QStringLiteral("create"))})
            QVERIFY2(text.contains(needle), qPrintable(needle));
        // The topic cannot become a formula; other companies are not part of the report.
        QVERIFY(text.contains(QStringLiteral("'=HYPERLINK")));
        QVERIFY(!text.contains(m_other.company));
        QVERIFY(!text.contains(m_other.email));
        // One line per field, four columns.
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 20);
        QVERIFY(lines.at(1).count(QLatin1Char(';')) == 3);
    }

    void contactReportAsPdfNamesOnlyThatPerson()
    {
        const BookingDetails b = book({2021, 3, 25}, 9, m_zebra);
        Contact colleague;
        colleague.companyId = b.booking.companyId;
        colleague.firstName = QStringLiteral("Kollegin");
        colleague.lastName = QStringLiteral("Unbeteiligt");
        colleague.email = QStringLiteral("kollegin@zebrafink.example");
        QVERIFY(CompanyRepository(db()).insertContact(colleague).ok());

        auto report = PrivacyService(db()).reportForContact(b.booking.contactId);
        QVERIFY2(report.ok(), why(report));
        const QString csv = QString::fromUtf8(accessReportCsv(*report));
        QVERIFY(csv.contains(m_zebra.email));
        QVERIFY(csv.contains(m_zebra.topic));
        QVERIFY(!csv.contains(colleague.email));

        const QString pdf = m_tmp->dir.filePath(QStringLiteral("auskunft.pdf"));
        QVERIFY(writeAccessReport(*report, pdf).ok());
        QCOMPARE(fileMode(pdf), 0600);
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QProcess text;
        text.start(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // The PDF sets "fi" as a ligature.
        const QString shown =
            QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0xFB01), QStringLiteral("fi"));
        QVERIFY2(shown.contains(m_zebra.email), qPrintable(shown));
        QVERIFY(shown.contains(m_zebra.last));
    }

    void erasedCompanyLeavesNoTraceInFileJournalOrExports()
    {
        // Reliability test 15. The person leaves traces everywhere first: bookings, a cancel reason, an edit
        // of the name, a waiting-list note.
        const BookingDetails b = book({2021, 3, 25}, 9, m_zebra);
        const BookingDetails later = book({2021, 4, 22}, 10, m_zebra);
        book({2021, 3, 25}, 11, m_other);
        BookingService service(db());
        QVERIFY(service.cancel(later.booking.id, QStringLiteral("Quennefeld im Urlaub"), QStringLiteral("x"))
                    .ok());
        WaitlistEntry w;
        w.formatId = m_format;
        w.companyId = b.booking.companyId;
        w.contactId = b.booking.contactId;
        w.note = QStringLiteral("Rückruf an w.quennefeld@zebrafink.example");
        QVERIFY(WaitlistRepository(db()).insert(w).ok());
        const qint64 bookingsBefore = *scalar(db(), QStringLiteral("SELECT count(*) FROM booking"));
        const qint64 activeBefore =
            *scalar(db(), QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'"));

        auto erased = PrivacyService(db()).eraseCompany(b.booking.companyId);
        QVERIFY2(erased.ok(), why(erased));
        QCOMPARE(erased->contacts, 1);
        QCOMPARE(erased->bookings, 2);
        QVERIFY(erased->journalCleared);
        QCOMPARE(erased->placeholder, PrivacyService::placeholder(b.booking.companyId));

        // Statistics stay: the same bookings, slots and statuses.
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM booking")), bookingsBefore);
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'")),
                 activeBefore);
        auto kept = BookingRepository(db()).byId(b.booking.id);
        QCOMPARE((*kept)->booking.slotId, b.booking.slotId);
        QCOMPARE((*kept)->companyName, erased->placeholder);
        QVERIFY((*kept)->booking.topic.isEmpty());
        // The other company is untouched.
        QCOMPARE(CompanyRepository(db()).byName(m_other.company)->size(), 1);
        // The search keys were recomputed: the search field finds nothing of the person any more.
        for (const QString &text : {m_zebra.company, m_zebra.last, m_zebra.email}) {
            auto hits = SearchRepository(db()).search(text);
            QVERIFY(hits.ok());
            QVERIFY2(hits->isEmpty(), qPrintable(text));
        }
        QVERIFY(!SearchRepository(db()).search(m_other.last)->isEmpty());

        // Fresh exports of everything, cancelled bookings included.
        auto rows = ExportRepository(db()).rows({}, {}, 0, true);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        const QString csv = m_tmp->dir.filePath(QStringLiteral("export.csv"));
        const QString xlsx = m_tmp->dir.filePath(QStringLiteral("export.xlsx"));
        const QString ics = m_tmp->dir.filePath(QStringLiteral("export.ics"));
        QVERIFY(writeFileAtomically(csv, toCsv(*rows)).ok());
        QVERIFY(writeXlsx(*rows, xlsx).ok());
        QVERIFY(writeFileAtomically(ics, toIcs(*rows)).ok());
        const QByteArray xlsxText = unzipped(xlsx);
        QVERIFY(xlsxText.contains(m_other.company.toUtf8())); // the unzip worked

        QList<QByteArray> needles;
        for (const QString &s : {m_zebra.company, m_zebra.first, m_zebra.last, m_zebra.email, m_zebra.phone,
                                 QStringLiteral("Geheimprojekt"), QStringLiteral("Urlaub")}) {
            needles << s.toUtf8() << s.toLower().toUtf8() << nameKey(s).toUtf8();
        }
        needles << QByteArray("zebrafink") << QByteArray("9876543");
        const QString path = m_tmp->path();
        const QList<std::pair<QString, QByteArray>> places{
            {QStringLiteral("file"), readAll(path)},
            {QStringLiteral("wal"), readAll(path + QStringLiteral("-wal"))},
            {QStringLiteral("journal"), readAll(path + QStringLiteral("-journal"))},
            {QStringLiteral("csv"), readAll(csv)},
            {QStringLiteral("xlsx"), xlsxText},
            {QStringLiteral("ics"), readAll(ics)},
        };
        int occurrences = 0;
        for (const auto &[place, bytes] : places) {
            for (const QByteArray &needle : needles) {
                if (bytes.contains(needle)) {
                    ++occurrences;
                    qWarning("%s found in %s", needle.constData(), qPrintable(place));
                }
            }
        }
        QCOMPARE(occurrences, 0);
        // The other company is still in the file: the search would find a name that is there.
        QVERIFY(readAll(path).contains(m_other.email.toUtf8()) ||
                readAll(path + QStringLiteral("-wal")).contains(m_other.email.toUtf8()));
    }

    void erasingAContactKeepsTheCompanyAndColleagues()
    {
        const BookingDetails b = book({2021, 3, 25}, 9, m_zebra);
        Contact colleague;
        colleague.companyId = b.booking.companyId;
        colleague.lastName = QStringLiteral("Bleibt");
        auto colleagueId = CompanyRepository(db()).insertContact(colleague);
        QVERIFY(colleagueId.ok());
        auto erased = PrivacyService(db()).eraseContact(b.booking.contactId);
        QVERIFY2(erased.ok(), why(erased));
        CompanyRepository companies(db());
        QCOMPARE((*companies.byId(b.booking.companyId))->name, m_zebra.company);
        const Contact gone = **companies.contactById(b.booking.contactId);
        QVERIFY(gone.email.isEmpty() && gone.phone.isEmpty() && gone.firstName.isEmpty());
        QCOMPARE(gone.lastName, PrivacyService::placeholder(b.booking.contactId));
        QCOMPARE((*companies.contactById(*colleagueId))->lastName, QStringLiteral("Bleibt"));
        QVERIFY((*BookingRepository(db()).byId(b.booking.id))->booking.topic.isEmpty());
        QVERIFY(!PrivacyService(db()).eraseContact(999).ok());
    }

    void retentionPreviewThenApplyAnonymisesOnlyWhatIsOld()
    {
        const BookingDetails old = book({2021, 3, 25}, 9, m_zebra);       // only old bookings
        const BookingDetails mixedOld = book({2021, 3, 25}, 10, m_other); // old and recent
        book({2024, 5, 2}, 10, m_other);
        Person waiting{QStringLiteral("Wartet Noch AG"),
                       QStringLiteral("Wanda"),
                       QStringLiteral("Warteliste"),
                       QStringLiteral("wanda@wartet.example"),
                       QString(),
                       QStringLiteral("Alt")};
        const BookingDetails waits = book({2021, 3, 25}, 11, waiting); // old, but on the waiting list
        WaitlistEntry w;
        w.formatId = m_format;
        w.companyId = waits.booking.companyId;
        QVERIFY(WaitlistRepository(db()).insert(w).ok());

        PrivacyService privacy(db());
        const QDate today(2024, 6, 1);
        auto off = privacy.retentionPreview(today);
        QVERIFY(off.ok());
        QCOMPARE(off->months, 0);
        QVERIFY(off->isEmpty());
        QVERIFY(privacy.setRetentionMonths(24).ok());
        QVERIFY(!privacy.setRetentionMonths(-1).ok());
        QCOMPARE(*privacy.retentionMonths(), 24);

        const qint64 logBefore = *scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        auto preview = privacy.retentionPreview(today);
        QVERIFY2(preview.ok(), why(preview));
        QCOMPARE(preview->cutoff, QDate(2022, 6, 1));
        QCOMPARE(preview->bookings, (QList<Id>{old.booking.id, mixedOld.booking.id, waits.booking.id}));
        QCOMPARE(preview->companies.size(), 1);
        QCOMPARE(preview->companies.first().id, old.booking.companyId);
        QCOMPARE(preview->companies.first().name, m_zebra.company);
        QCOMPARE(preview->contacts.size(), 1);
        QCOMPARE(preview->contacts.first().id, old.booking.contactId);
        // A preview changes nothing.
        QCOMPARE(*scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")), logBefore);
        QCOMPARE((*BookingRepository(db()).byId(old.booking.id))->booking.topic, m_zebra.topic);

        auto applied = privacy.applyRetention(today);
        QVERIFY2(applied.ok(), why(applied));
        QCOMPARE(applied->bookings, preview->bookings);
        CompanyRepository companies(db());
        QCOMPARE((*companies.byId(old.booking.companyId))->name,
                 PrivacyService::placeholder(old.booking.companyId));
        QCOMPARE((*companies.byId(mixedOld.booking.companyId))->name, m_other.company);
        QCOMPARE((*companies.byId(waits.booking.companyId))->name, waiting.company);
        QVERIFY((*BookingRepository(db()).byId(mixedOld.booking.id))->booking.topic.isEmpty());
        QCOMPARE(audit(QStringLiteral("company"), old.booking.companyId).first().action,
                 QStringLiteral("retention"));
        QCOMPARE(audit(QStringLiteral("booking"), mixedOld.booking.id).first().action,
                 QStringLiteral("retention"));

        // Applied once, nothing is left for the same day.
        auto again = privacy.retentionPreview(today);
        QVERIFY(again.ok());
        QVERIFY2(again->isEmpty(), qPrintable(QString::number(again->bookings.size())));
    }

    // Bookings on the cutoff day itself are not old yet; a "today" outside 1990-2200 is refused, never a
    // cutoff past every day (issue #10, section 4).
    void retentionKeepsTheCutoffDayAndRefusesBogusDates()
    {
        const BookingDetails dayBefore = book({2024, 5, 22}, 9, m_zebra);
        const BookingDetails onCutoff = book({2024, 5, 23}, 9, m_other);
        const BookingDetails future = book({2030, 1, 7}, 9, m_other);
        PrivacyService privacy(db());
        QVERIFY(privacy.setRetentionMonths(1).ok());

        auto preview = privacy.retentionPreview(QDate(2024, 6, 23));
        QVERIFY2(preview.ok(), why(preview));
        QCOMPARE(preview->cutoff, QDate(2024, 5, 23));
        QCOMPARE(preview->bookings, QList<Id>{dayBefore.booking.id});

        const QByteArray before = [&] {
            QByteArray all;
            for (Id id : {dayBefore.booking.id, onCutoff.booking.id, future.booking.id})
                all += (*BookingRepository(db()).byId(id))->booking.topic.toUtf8();
            return all;
        }();
        for (const QDate &bogus : {QDate(9999, 12, 31), QDate(2201, 1, 1), QDate(1989, 12, 31), QDate()}) {
            auto refused = privacy.applyRetention(bogus);
            QVERIFY2(!refused.ok(), qPrintable(bogus.toString(Qt::ISODate)));
            QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
            QVERIFY(!privacy.retentionPreview(bogus).ok());
        }
        QByteArray after;
        for (Id id : {dayBefore.booking.id, onCutoff.booking.id, future.booking.id})
            after += (*BookingRepository(db()).byId(id))->booking.topic.toUtf8();
        QCOMPARE(after, before);

        auto applied = privacy.applyRetention(QDate(2024, 6, 23));
        QVERIFY2(applied.ok(), why(applied));
        QVERIFY((*BookingRepository(db()).byId(dayBefore.booking.id))->booking.topic.isEmpty());
        QCOMPARE((*BookingRepository(db()).byId(onCutoff.booking.id))->booking.topic, m_other.topic);
        QCOMPARE((*CompanyRepository(db()).byId(onCutoff.booking.companyId))->name, m_other.company);
        QCOMPARE((*BookingRepository(db()).byId(future.booking.id))->booking.topic, m_other.topic);

        // The repository never reads an invalid cutoff as NULL ("no booking on or after NULL" holds for
        // every company).
        PrivacyRepository repository(db());
        QVERIFY(!repository.companiesBefore(QDate()).ok());
        QVERIFY(!repository.anonymiseBefore(QDate(), QStringLiteral("x"), QString()).ok());
        QCOMPARE((*CompanyRepository(db()).byId(future.booking.companyId))->name, m_other.company);
    }

    void versionOneFileMigratesWithItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        const QList<Migration> v1 = sqliteMigrations().mid(0, 1);
        Id companyId = 0;
        {
            OpenOptions o;
            o.migrations = &v1;
            auto old = Database::open(path, o);
            QVERIFY(old.ok());
            QCOMPARE((*old)->schemaVersion(), 1);
            Company c;
            c.name = QStringLiteral("Altbestand GmbH");
            companyId = *CompanyRepository(**old).insert(c);
            // With version 1's columns: today's repository writes columns of later versions.
            Query ct(**old, QStringLiteral("INSERT INTO contact (company_id, last_name) VALUES (?, 'Alt')"));
            ct.bind(companyId);
            QVERIFY(ct.exec().ok());
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(errorMessage(db.error())));
        QCOMPARE((*db)->schemaVersion(), currentSchemaVersion());
        QVERIFY(QFile::exists((*db)->migrationBackupPath()));
        QVERIFY((*db)->check()->isEmpty());
        QCOMPARE((*CompanyRepository(**db).byId(companyId))->name, QStringLiteral("Altbestand GmbH"));
        QCOMPARE(CompanyRepository(**db).contactsOf(companyId)->size(), 1);
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(0));
        QCOMPARE(*PrivacyService(**db).retentionMonths(), 0);
        auto erased = PrivacyService(**db).eraseCompany(companyId);
        QVERIFY2(erased.ok(), why(erased));
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase'")),
                 qint64(2));
    }
};

QTEST_MAIN(TestPrivacy)
#include "test_privacy.moc"
