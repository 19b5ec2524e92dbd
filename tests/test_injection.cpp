// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text from users, end to end through the real services, documents, exports and the command line
// (reliability.md tests 10-14): markup printed literally, CSV cells prefixed against formulas, SQL payloads
// stored verbatim without touching other tables, every file we write 0600 under umask 022, and file names
// from company names that never leave the chosen folder. Each test prints its figure with qInfo().
#include "ProcessRun.h"
#include "TestSupport.h"

#include "documents/BriefingSheet.h"
#include "documents/DayPlan.h"
#include "documents/DoorSign.h"
#include "documents/LetterRenderer.h"
#include "documents/LetterTemplate.h"
#include "documents/OutputFiles.h"
#include "domain/Text.h"
#include "exchange/BookingColumns.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "scheduling/BookingService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"
#include "storage/ExportRepository.h"
#include "storage/LetterRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

Run runCli(const QStringList &args)
{
    return runSprechtag(args);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Line breaks inside table cells and wrapped lines must not hide a match, nor the typographic ligatures
// pdftotext reports ("\uFB01" for "fi").
QString withoutSpace(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

// Every regular file below the folder, with its path.
QStringList filesBelow(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// The schema and the number of rows of every table.
struct Snapshot
{
    QStringList schema;
    QMap<QString, qint64> rows;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const Database &db)
{
    Snapshot s;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                               "ORDER BY type, name")))
        return s;
    QStringList tables;
    while (q.next()) {
        s.schema << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|') +
                        q.value(2).toString() + QLatin1Char('|') + q.value(3).toString();
        if (q.value(0).toString() == QLatin1String("table"))
            tables << q.value(1).toString();
    }
    for (const QString &t : tables) {
        // The names come from sqlite_master itself, quoted as identifiers.
        auto n = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        s.rows.insert(t, n ? *n : -1);
    }
    return s;
}

// reliability.md test 10: markup as names.
struct Markup
{
    QString format = QStringLiteral("<script>alert(1)</script> Format");
    QString consultant = QStringLiteral("<b>Berater</b> &amp; Co");
    QString location = QStringLiteral("<a href=file:///etc>Ort</a>");
    QString room = QStringLiteral("<img src=file:///etc/hostname>Raum");
    QString company = QStringLiteral("<b>Firma</b> &amp; <i>Co</i>");
    QString firstName = QStringLiteral("<i>Anna</i>");
    QString lastName = QStringLiteral("<a href=http://x.example>Kontakt</a>");
    QString topic = QStringLiteral("<img src=file:///etc/passwd> &lt;Thema&gt;");
};

// reliability.md test 12: SQL payloads and text that is awkward for a database or a terminal.
QStringList sqlPayloads()
{
    QString rtl = QString::fromUtf8("شركة الاختبار ");
    rtl += QChar(0x202E);
    rtl += QStringLiteral("fdp.exe");
    QString nul = QStringLiteral("vor");
    nul += QChar(0);
    nul += QStringLiteral("nach");
    return {QStringLiteral("'); DROP TABLE booking;--"),
            QStringLiteral("\" OR 1=1 --"),
            QStringLiteral("x' OR '1'='1"),
            QStringLiteral("Robert'); DELETE FROM company; --"),
            nul,
            QString::fromUtf8("Caf\xC3\xA9 \xF0\x9F\x99\x82 \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"),
            rtl,
            QStringLiteral("%s%n%x {company} %1 \\ \\\\ ?"),
            QStringLiteral("lang-") + QString(10000, QLatin1Char('x'))};
}

} // namespace

class TestInjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_oldUmask = 0;

    // A format, a consultant and a day 09:00-16:00 with the given texts; returns the day's id.
    static Id makeDay(const Database &db, const Markup &m, const QDate &date, Id *consultant)
    {
        Format f;
        f.name = m.format;
        f.contactName = m.consultant;
        auto formatId = FormatRepository(db).insert(f);
        *consultant = addConsultant(db, m.consultant);
        if (!formatId || !*consultant)
            return 0;
        ConsultationDay day = Test::makeDay(*formatId, date, {*consultant});
        day.location = m.location;
        day.consultants[0].room = m.room;
        auto created = DayService(db).create(day);
        if (!created) {
            qWarning("day: %s", why(created).constData());
            return 0;
        }
        return created->id;
    }

    static Id slotAt(const Database &db, Id dayId, int start)
    {
        auto slots = DayRepository(db).slotsOfDay(dayId);
        if (!slots)
            return 0;
        for (const SlotDetails &s : *slots) {
            if (s.slot.time.start == start)
                return s.slot.id;
        }
        return 0;
    }

    static Result<BookingDetails> book(const Database &db, Id slotId, const Company &company,
                                       const Contact &contact, const QString &topic,
                                       const QString &actor = QStringLiteral("test"))
    {
        BookingRequest r;
        r.slotId = slotId;
        r.company = company;
        r.contact = contact;
        r.topic = topic;
        r.actor = actor;
        return BookingService(db).book(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Test 13 asks for files readable by the owner only although the umask would allow more.
        m_oldUmask = ::umask(022);
    }

    void cleanupTestCase() { ::umask(m_oldUmask); }

    // Test 10: letters, day plan, briefing sheets and door signs print markup as the literal text.
    void markupIsPrintedLiterallyInEveryDocument()
    {
        TempDatabase t;
        QVERIFY(t.open());
        const Markup m;
        Id consultant = 0;
        const Id day = makeDay(*t.db, m, QDate(2030, 3, 14), &consultant);
        QVERIFY(day != 0);
        Company c;
        c.name = m.company;
        c.street = QStringLiteral("<b>Weg</b> 1");
        c.city = QStringLiteral("<i>Stadt</i>");
        Contact p;
        p.firstName = m.firstName;
        p.lastName = m.lastName;
        auto booked = book(*t.db, slotAt(*t.db, day, h(10)), c, p, m.topic);
        QVERIFY2(booked.ok(), why(booked).constData());

        auto letter = LetterRepository(*t.db).forBooking(booked->booking.id);
        QVERIFY(letter.ok() && letter->has_value());
        const QString letterPdf = m_dir.filePath(QStringLiteral("markup-letter.pdf"));
        QVERIFY(renderLetters({**letter}, letterPdf).ok());
        const QString planPdf = m_dir.filePath(QStringLiteral("markup-plan.pdf"));
        QVERIFY(writeDayPlanPdf(*t.db, day, planPdf).ok());
        const QString briefingPdf = m_dir.filePath(QStringLiteral("markup-briefing.pdf"));
        QVERIFY(writeBriefingPdf(*t.db, day, 0, briefingPdf).ok());
        const QString signsPdf = m_dir.filePath(QStringLiteral("markup-signs.pdf"));
        QVERIFY(writeDoorSignsPdf(*t.db, day, true, signsPdf).ok());

        const QList<std::pair<QString, QStringList>> expected{
            {letterPdf,
             {m.company, m.firstName, m.lastName, m.format, m.consultant, m.location, m.room, c.street,
              c.city}},
            {planPdf, {m.company, m.firstName, m.lastName, m.format, m.consultant, m.room, m.location}},
            {briefingPdf,
             {m.company, m.firstName, m.lastName, m.topic, m.format, m.consultant, m.location, m.room}},
            {signsPdf, {m.company, m.format, m.consultant, m.room}},
        };
        int checked = 0;
        for (const auto &[pdf, texts] : expected) {
            const QString text = withoutSpace(pdfText(pdf));
            QVERIFY2(!text.isEmpty(), qPrintable(pdf));
            for (const QString &s : texts) {
                QVERIFY2(text.contains(withoutSpace(s)),
                         qPrintable(QFileInfo(pdf).fileName() + QStringLiteral(": ") + s +
                                    QStringLiteral(" not in ") + text.left(1500)));
                ++checked;
            }
        }
        qInfo("test 10: %d of %d markup texts printed literally in letter, day plan, briefing, door signs",
              checked, checked);
    }

    // Test 11: every text column of the booking list, with every dangerous first character.
    void csvPrefixesEveryDangerousCellInEveryColumn()
    {
        TempDatabase t;
        QVERIFY(t.open());
        const QStringList starts{QStringLiteral("="), QStringLiteral("+"),  QStringLiteral("-"),
                                 QStringLiteral("@"), QStringLiteral("\t"), QStringLiteral("\r")};
        int prefixed = 0, unchanged = 0, cells = 0;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const QString s = starts.at(i);
            const QString payload = s + QStringLiteral("HYPERLINK(\"http://x.example\";\"%1\")").arg(i);
            Markup m;
            m.format = s + QStringLiteral("Format %1").arg(i);
            m.consultant = s + QStringLiteral("Berater %1").arg(i);
            m.room = s + QStringLiteral("Raum %1").arg(i);
            Id consultant = 0;
            const Id day = makeDay(*t.db, m, QDate(2030, 4, 1).addDays(i), &consultant);
            QVERIFY2(day != 0, qPrintable(m.format));
            Company c;
            c.name = payload;
            c.street = s + QStringLiteral("Weg 1");
            c.city = s + QStringLiteral("Stadt");
            Contact p;
            p.title = s + QStringLiteral("Dr.");
            p.firstName = s + QStringLiteral("Anna");
            p.lastName = s + QStringLiteral("Muster");
            p.email = QStringLiteral("a%1@example.org").arg(i);
            auto booked = book(*t.db, slotAt(*t.db, day, h(10)), c, p, s + QStringLiteral("SUM(A1:A9)"));
            // Services trim what they store: a name starting with tab or CR keeps it only where the
            // service stores the text as typed. Either way the export must prefix what it gets.
            QVERIFY2(booked.ok(), why(booked).constData());
        }
        // A harmless booking: nothing of it may change.
        {
            Markup m;
            m.format = QStringLiteral("Format a=b");
            m.consultant = QStringLiteral("Berater a-b");
            m.room = QStringLiteral("R 1.01");
            m.location = QStringLiteral("Ort");
            Id consultant = 0;
            const Id day = makeDay(*t.db, m, QDate(2030, 5, 1), &consultant);
            Company c;
            c.name = QStringLiteral("Harmlos GmbH = gut");
            Contact p;
            p.lastName = QStringLiteral("Muster-Frau");
            p.phone = QStringLiteral("+49 30 123");
            auto booked = book(*t.db, slotAt(*t.db, day, h(10)), c, p, QStringLiteral("Fragen; \"mehr\""));
            QVERIFY2(booked.ok(), why(booked).constData());
        }
        auto rows = ExportRepository(*t.db).rows({}, {}, 0, true);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), starts.size() + 1);
        const QByteArray csv = toCsv(*rows);
        // Records and fields as Excel splits them (";" outside quotes, CRLF at the end of a record).
        QList<QStringList> records;
        {
            const QString text = QString::fromUtf8(csv.mid(3));
            QStringList record;
            QString field;
            bool quoted = false;
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar ch = text.at(i);
                if (quoted) {
                    if (ch == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += ch;
                        ++i;
                    } else if (ch == QLatin1Char('"')) {
                        quoted = false;
                    } else {
                        field += ch;
                    }
                } else if (ch == QLatin1Char('"') && field.isEmpty()) {
                    quoted = true;
                } else if (ch == QLatin1Char(';')) {
                    record << field;
                    field.clear();
                } else if (ch == QLatin1Char('\r') && i + 1 < text.size() &&
                           text.at(i + 1) == QLatin1Char('\n')) {
                    record << field;
                    records << record;
                    record.clear();
                    field.clear();
                    ++i;
                } else {
                    field += ch;
                }
            }
        }
        QCOMPARE(records.size(), rows->size() + 1);
        const QList<BookingColumn> textColumns{
            BookingColumn::Format, BookingColumn::Consultant, BookingColumn::Room,     BookingColumn::Company,
            BookingColumn::Title,  BookingColumn::FirstName,  BookingColumn::LastName, BookingColumn::Email,
            BookingColumn::Phone,  BookingColumn::Street,     BookingColumn::Postcode, BookingColumn::City,
            BookingColumn::Topic};
        int dangerousColumns = 0;
        for (qsizetype r = 0; r < rows->size(); ++r) {
            const QStringList &record = records.at(r + 1);
            QCOMPARE(record.size(), kBookingColumnCount);
            for (int col = 0; col < kBookingColumnCount; ++col) {
                const QString raw = bookingCellText(rows->at(r), BookingColumn(col));
                const QString cell = record.at(col);
                ++cells;
                if (!raw.isEmpty() && QStringLiteral("=+-@\t\r").contains(raw.front())) {
                    QCOMPARE(cell, QLatin1Char('\'') + raw);
                    ++prefixed;
                } else {
                    QCOMPARE(cell, raw);
                    ++unchanged;
                }
                // No cell Excel would evaluate: the first character is never one that starts a formula.
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()),
                         qPrintable(cell));
            }
        }
        // Every text column that keeps what was typed at its start carries a payload in the hostile rows.
        for (BookingColumn col : textColumns) {
            for (qsizetype r = 0; r < starts.size(); ++r) {
                const QString raw = bookingCellText(rows->at(r), col);
                if (!raw.isEmpty() && QStringLiteral("=+-@\t\r").contains(raw.front())) {
                    ++dangerousColumns;
                    break;
                }
            }
        }
        // Format, consultant, room, company, title, first and last name, street, city, topic.
        QVERIFY2(dangerousColumns >= 10, qPrintable(QString::number(dangerousColumns)));
        QVERIFY(prefixed >= 10 * 4); // = + - @ reach every one of those columns
        qInfo("test 11: %d cells, %d dangerous ones prefixed (in %d text columns), %d others unchanged",
              cells, prefixed, dangerousColumns, unchanged);
    }

    // Test 12: SQL payloads in every text field through the services: stored verbatim, no other table
    // changed. The same steps with harmless text on a second file give the reference row counts.
    void sqlPayloadsAreStoredVerbatim()
    {
        const QStringList payloads = sqlPayloads();
        int refused = 0;
        auto run = [&payloads, &refused](const Database &db, bool hostile, QStringList *mismatches) {
            const auto text = [&](int i, const QString &field) {
                const QString harmless = QStringLiteral("%1 %2").arg(field).arg(i);
                return hostile ? payloads.at(i % payloads.size()) + QLatin1Char(' ') + harmless : harmless;
            };
            // Names are stored as the text rule of issue #10 makes them (invisible and bidi characters
            // removed); everything else verbatim.
            const auto expect = [mismatches](const QString &what, const QString &stored,
                                             const QString &typed) {
                if (stored != typed && stored != cleanText(typed, TextKind::SingleLine).simplified())
                    *mismatches << what;
            };
            Organisation org;
            org.name = text(0, QStringLiteral("org"));
            org.department = text(1, QStringLiteral("dept"));
            org.street = text(2, QStringLiteral("street"));
            org.city = text(3, QStringLiteral("city"));
            org.web = text(4, QStringLiteral("web"));
            if (!OrganisationRepository(db).save(org))
                *mismatches << QStringLiteral("organisation save");
            auto storedOrg = OrganisationRepository(db).get();
            if (!storedOrg || *storedOrg != org)
                *mismatches << QStringLiteral("organisation");
            for (int i = 0; i < payloads.size(); ++i) {
                Format f;
                f.name = text(i, QStringLiteral("format"));
                f.description = text(i + 1, QStringLiteral("description"));
                f.partner = text(i + 2, QStringLiteral("partner"));
                f.defaultLocation = text(i + 3, QStringLiteral("location"));
                f.contactName = text(i + 4, QStringLiteral("contact"));
                f.letterBody = text(i + 5, QStringLiteral("body"));
                auto formatId = FormatRepository(db).insert(f);
                if (!formatId) {
                    *mismatches << QStringLiteral("format insert ") + QString::fromUtf8(why(formatId));
                    continue;
                }
                auto storedFormat = FormatRepository(db).byId(*formatId);
                if (!storedFormat || !*storedFormat) {
                    *mismatches << QStringLiteral("format read");
                    continue;
                }
                expect(QStringLiteral("format.name"), (*storedFormat)->name, f.name);
                expect(QStringLiteral("format.description"), (*storedFormat)->description, f.description);
                expect(QStringLiteral("format.partner"), (*storedFormat)->partner, f.partner);
                expect(QStringLiteral("format.defaultLocation"), (*storedFormat)->defaultLocation,
                       f.defaultLocation);
                expect(QStringLiteral("format.contactName"), (*storedFormat)->contactName, f.contactName);
                expect(QStringLiteral("format.letterBody"), (*storedFormat)->letterBody, f.letterBody);

                Consultant k;
                k.name = text(i, QStringLiteral("consultant"));
                k.title = text(i + 1, QStringLiteral("title"));
                k.organisation = text(i + 2, QStringLiteral("organisation"));
                k.profile = text(i + 3, QStringLiteral("profile"));
                auto consultantId = ConsultantRepository(db).insert(k);
                if (!consultantId) {
                    *mismatches << QStringLiteral("consultant insert");
                    continue;
                }
                auto storedConsultant = ConsultantRepository(db).byId(*consultantId);
                if (!storedConsultant || !*storedConsultant) {
                    *mismatches << QStringLiteral("consultant read");
                    continue;
                }
                expect(QStringLiteral("consultant.name"), (*storedConsultant)->name, k.name);
                expect(QStringLiteral("consultant.title"), (*storedConsultant)->title, k.title);
                expect(QStringLiteral("consultant.organisation"), (*storedConsultant)->organisation,
                       k.organisation);
                expect(QStringLiteral("consultant.profile"), (*storedConsultant)->profile, k.profile);

                ConsultationDay day = Test::makeDay(*formatId, QDate(2030, 6, 3).addDays(i), {*consultantId});
                day.location = text(i, QStringLiteral("daylocation"));
                day.videoLink = text(i + 1, QStringLiteral("video"));
                day.notes = text(i + 2, QStringLiteral("notes"));
                day.consultants[0].room = text(i + 3, QStringLiteral("room"));
                auto created = DayService(db).create(day);
                if (!created) {
                    *mismatches << QStringLiteral("day create ") + QString::fromUtf8(why(created));
                    continue;
                }
                auto storedDay = DayRepository(db).byId(created->id);
                if (!storedDay || !*storedDay) {
                    *mismatches << QStringLiteral("day read");
                    continue;
                }
                expect(QStringLiteral("day.location"), (*storedDay)->location, day.location);
                expect(QStringLiteral("day.videoLink"), (*storedDay)->videoLink, day.videoLink);
                expect(QStringLiteral("day.notes"), (*storedDay)->notes, day.notes);
                expect(QStringLiteral("day.room"), (*storedDay)->consultants.value(0).room,
                       day.consultants[0].room);

                Company c;
                c.name = text(i, QStringLiteral("company"));
                c.street = text(i + 1, QStringLiteral("street"));
                c.city = text(i + 2, QStringLiteral("city"));
                Contact p;
                p.title = text(i + 3, QStringLiteral("title"));
                p.firstName = text(i + 4, QStringLiteral("first"));
                p.lastName = text(i + 5, QStringLiteral("last"));
                const QString topic = text(i + 6, QStringLiteral("topic"));
                const QString actor = text(i + 7, QStringLiteral("actor"));
                auto booked = book(db, slotAt(db, created->id, h(9)), c, p, topic, actor);
                // A control character such as NUL is refused with a sentence (issue #10), not stored.
                const QStringList typed{c.name, c.street, c.city, p.title, p.firstName, p.lastName, topic};
                const bool control = std::any_of(typed.cbegin(), typed.cend(),
                                                 [](const QString &t) { return hasForbiddenControl(t); });
                if (!booked && control && booked.error().code == ErrorCode::InvalidInput) {
                    ++refused;
                    continue;
                }
                if (!booked) {
                    *mismatches << QStringLiteral("book ") + QString::fromUtf8(why(booked));
                    continue;
                }
                auto company = CompanyRepository(db).byId(booked->booking.companyId);
                auto contact = CompanyRepository(db).contactById(booked->booking.contactId);
                if (!company || !*company || !contact || !*contact) {
                    *mismatches << QStringLiteral("company/contact read");
                    continue;
                }
                expect(QStringLiteral("company.name"), (*company)->name, c.name);
                expect(QStringLiteral("company.street"), (*company)->street, c.street);
                expect(QStringLiteral("company.city"), (*company)->city, c.city);
                expect(QStringLiteral("contact.title"), (*contact)->title, p.title);
                expect(QStringLiteral("contact.firstName"), (*contact)->firstName, p.firstName);
                expect(QStringLiteral("contact.lastName"), (*contact)->lastName, p.lastName);
                // The company's remaining fields through an update.
                Company edited = **company;
                edited.membershipNumber = text(i, QStringLiteral("member"));
                edited.industry = text(i + 1, QStringLiteral("industry"));
                edited.website = text(i + 2, QStringLiteral("website"));
                if (!CompanyRepository(db).update(edited))
                    *mismatches << QStringLiteral("company update");
                auto updated = CompanyRepository(db).byId(edited.id);
                if (updated && *updated) {
                    expect(QStringLiteral("company.membershipNumber"), (*updated)->membershipNumber,
                           edited.membershipNumber);
                    expect(QStringLiteral("company.industry"), (*updated)->industry, edited.industry);
                    expect(QStringLiteral("company.website"), (*updated)->website, edited.website);
                }
                // Found again by its name (the search binds the text as well).
                auto byName = CompanyRepository(db).byName(c.name);
                if (!byName || byName->size() != 1)
                    *mismatches << QStringLiteral("company.byName");
                const QString reason = text(i + 8, QStringLiteral("reason"));
                auto cancelled = BookingService(db).cancel(booked->booking.id, reason, actor);
                if (!cancelled) {
                    *mismatches << QStringLiteral("cancel ") + QString::fromUtf8(why(cancelled));
                    continue;
                }
                auto storedBooking = BookingRepository(db).byId(booked->booking.id);
                if (!storedBooking || !*storedBooking) {
                    *mismatches << QStringLiteral("booking read");
                    continue;
                }
                expect(QStringLiteral("booking.topic"), (*storedBooking)->booking.topic, topic);
                expect(QStringLiteral("booking.cancelReason"), (*storedBooking)->booking.cancelReason,
                       reason);
                expect(QStringLiteral("booking.createdBy"), (*storedBooking)->booking.createdBy, actor);
                expect(QStringLiteral("booking.changedBy"), (*storedBooking)->booking.changedBy, actor);
            }
        };

        TempDatabase hostile, control;
        QVERIFY(hostile.open() && control.open());
        const Snapshot before = snapshot(*hostile.db);
        QVERIFY(!before.rows.isEmpty());
        QStringList mismatches, controlMismatches;
        run(*hostile.db, true, &mismatches);
        run(*control.db, false, &controlMismatches);
        QVERIFY2(controlMismatches.isEmpty(), qPrintable(controlMismatches.join(QStringLiteral(", "))));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral(", "))));
        const Snapshot after = snapshot(*hostile.db);
        QCOMPARE(after.schema, before.schema);
        // Bookings refused for a control character leave no company, contact, booking or log entry.
        auto expectedRows = snapshot(*control.db).rows;
        auto hostileRows = after.rows;
        QCOMPARE(hostileRows.value(QStringLiteral("booking")) + refused,
                 expectedRows.value(QStringLiteral("booking")));
        for (const char *table : {"audit_log", "booking", "company", "contact"}) {
            expectedRows.remove(QString::fromLatin1(table));
            hostileRows.remove(QString::fromLatin1(table));
        }
        // The search index (and its FTS5 shadow tables) follows the companies and contacts.
        for (auto *rows : {&expectedRows, &hostileRows})
            rows->removeIf([](const auto &row) { return row.key().contains(QLatin1String("_search")); });
        QCOMPARE(hostileRows, expectedRows);
        auto check = hostile.db->check();
        QVERIFY(check.ok() && check->isEmpty());
        qInfo("test 12: %lld payloads in 33 text fields, %lld mismatches; tables %lld, schema unchanged, "
              "row counts equal to the harmless run; bookings with a control character refused: %d",
              qint64(payloads.size()), qint64(mismatches.size()), qint64(after.rows.size()), refused);
    }

    // Test 12 through the command line: `book` with SQL payloads in every text option.
    void sqlPayloadsThroughTheBookCommand()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-sql.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const Id format = addFormat(**db, QStringLiteral("Sprechtag"));
            const Id consultant = addConsultant(**db, QStringLiteral("Thorsten Ising"));
            QVERIFY(DayService(**db).create(Test::makeDay(format, QDate(2030, 7, 1), {consultant})).ok());
        }
        Snapshot before;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            before = snapshot(**db);
        }
        // A NUL cannot travel in a command line argument; the others can.
        QStringList payloads = sqlPayloads();
        payloads.removeIf([](const QString &p) { return p.contains(QChar(0)); });
        QList<Id> ids;
        for (int i = 0; i < 7 && i < payloads.size(); ++i) {
            const QString p = payloads.at(i);
            const Run r = runCli({QStringLiteral("--database"),
                                  path,
                                  QStringLiteral("book"),
                                  QStringLiteral("--date"),
                                  QStringLiteral("2030-07-01"),
                                  QStringLiteral("--time"),
                                  formatTime(h(9 + i)),
                                  QStringLiteral("--consultant"),
                                  QStringLiteral("Thorsten Ising"),
                                  QStringLiteral("--company"),
                                  p + QStringLiteral(" company"),
                                  QStringLiteral("--title"),
                                  p + QStringLiteral(" title"),
                                  QStringLiteral("--first-name"),
                                  p + QStringLiteral(" first"),
                                  QStringLiteral("--last-name"),
                                  p + QStringLiteral(" last"),
                                  QStringLiteral("--street"),
                                  p + QStringLiteral(" street"),
                                  QStringLiteral("--city"),
                                  p + QStringLiteral(" city"),
                                  QStringLiteral("--topic"),
                                  p + QStringLiteral(" topic")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            ids << r.out.trimmed().toLongLong();
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        int verbatim = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString p = payloads.at(i);
            auto b = BookingRepository(**db).byId(ids.at(i));
            QVERIFY(b.ok() && b->has_value());
            QCOMPARE((*b)->booking.topic, p + QStringLiteral(" topic"));
            QCOMPARE((*b)->companyName,
                     cleanText(p + QStringLiteral(" company"), TextKind::SingleLine).simplified());
            auto company = CompanyRepository(**db).byId((*b)->booking.companyId);
            auto contact = CompanyRepository(**db).contactById((*b)->booking.contactId);
            QVERIFY(company.ok() && company->has_value() && contact.ok() && contact->has_value());
            QCOMPARE((*company)->street, p + QStringLiteral(" street"));
            QCOMPARE((*company)->city, p + QStringLiteral(" city"));
            QCOMPARE((*contact)->title,
                     cleanText(p + QStringLiteral(" title"), TextKind::SingleLine).simplified());
            QCOMPARE((*contact)->firstName,
                     cleanText(p + QStringLiteral(" first"), TextKind::SingleLine).simplified());
            QCOMPARE((*contact)->lastName,
                     cleanText(p + QStringLiteral(" last"), TextKind::SingleLine).simplified());
            verbatim += 7;
        }
        const Snapshot after = snapshot(**db);
        QCOMPARE(after.schema, before.schema);
        for (auto it = before.rows.cbegin(); it != before.rows.cend(); ++it) {
            if (it.key() == QLatin1String("booking") || it.key() == QLatin1String("company") ||
                it.key() == QLatin1String("contact"))
                QCOMPARE(after.rows.value(it.key()), it.value() + ids.size());
        }
        QCOMPARE(after.rows.keys(), before.rows.keys());
        qInfo("test 12 (book command): %lld bookings, %d fields read back verbatim", qint64(ids.size()),
              verbatim);
    }

    // Test 13: under umask 022 the database, its side files, backups, exports and documents are 0600.
    void everyFileWeWriteIsOwnerOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("modes.sqlite"));
        QMap<QString, int> modes;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const Id format = addFormat(**db, QStringLiteral("Sprechtag"));
            const Id consultant = addConsultant(**db, QStringLiteral("Thorsten Ising"));
            auto day = DayService(**db).create(Test::makeDay(format, QDate(2030, 8, 1), {consultant}));
            QVERIFY(day.ok());
            Company c;
            c.name = QStringLiteral("Muster GmbH");
            Contact p;
            p.lastName = QStringLiteral("Muster");
            QVERIFY(book(**db, slotAt(**db, day->id, h(10)), c, p, QStringLiteral("Fragen")).ok());
            // While the connection is open the side files exist.
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFile::exists(path + suffix))
                    modes.insert(QStringLiteral("database") + suffix, fileMode(path + suffix));
            }
            QVERIFY2(modes.size() == 2 || (*db)->journalMode() == JournalMode::Rollback,
                     "WAL on a local disk should leave -wal and -shm beside the file");
            const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
            QVERIFY((*db)->backupTo(backup).ok());
            modes.insert(QStringLiteral("backupTo"), fileMode(backup));
            auto rows = ExportRepository(**db).rows({}, {}, 0, true);
            QVERIFY(rows.ok());
            const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
            QVERIFY(writeXlsx(*rows, xlsx).ok());
            modes.insert(QStringLiteral("writeXlsx"), fileMode(xlsx));
            const QString plan = dir.filePath(QStringLiteral("plan.pdf"));
            QVERIFY(writeDayPlanPdf(**db, day->id, plan).ok());
            modes.insert(QStringLiteral("day plan"), fileMode(plan));
            const QString briefing = dir.filePath(QStringLiteral("briefing.pdf"));
            QVERIFY(writeBriefingPdf(**db, day->id, 0, briefing).ok());
            modes.insert(QStringLiteral("briefing"), fileMode(briefing));
            const QString signs = dir.filePath(QStringLiteral("signs.pdf"));
            QVERIFY(writeDoorSignsPdf(**db, day->id, false, signs).ok());
            modes.insert(QStringLiteral("door signs"), fileMode(signs));
            auto letters = LetterRepository(**db).activeOnDate(QDate(2030, 8, 1));
            QVERIFY(letters.ok() && !letters->isEmpty());
            const QString letterPdf = dir.filePath(QStringLiteral("letters.pdf"));
            QVERIFY(renderLetters(*letters, letterPdf).ok());
            modes.insert(QStringLiteral("letters"), fileMode(letterPdf));
        }
        modes.insert(QStringLiteral("database"), fileMode(path));
        // The command line, a process of its own under the same umask.
        const QStringList base{QStringLiteral("--database"), path};
        const QList<std::pair<QString, QStringList>> commands{
            {QStringLiteral("backup.sqlite"), {QStringLiteral("backup")}},
            {QStringLiteral("cli.csv"), {QStringLiteral("export")}},
            {QStringLiteral("cli.xlsx"), {QStringLiteral("export")}},
            {QStringLiteral("cli.ics"), {QStringLiteral("export")}},
            {QStringLiteral("cli-letters.pdf"),
             {QStringLiteral("letters"), QStringLiteral("--date"), QStringLiteral("2030-08-01")}},
            {QStringLiteral("cli-schedule.pdf"),
             {QStringLiteral("schedule"), QStringLiteral("--date"), QStringLiteral("2030-08-01")}},
        };
        for (const auto &[file, args] : commands) {
            const QString out = dir.filePath(QStringLiteral("cli-") + file);
            const Run r = runCli(base + args + QStringList{QStringLiteral("--output"), out});
            QVERIFY2(r.code == 0, qPrintable(args.first() + QStringLiteral(": ") + r.err));
            modes.insert(args.first() + QStringLiteral(" command ") + QFileInfo(file).suffix(),
                         fileMode(out));
        }
        // The rollback journal (used on network shares) takes the database file's mode: keep a journal
        // with journal_mode=PERSIST on a copy and look at it.
        {
            const QString copy = dir.filePath(QStringLiteral("journal.sqlite"));
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("backup.sqlite")), copy));
            QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            {
                QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                raw.setDatabaseName(copy);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=PERSIST")));
                // A table of its own: the audited tables refuse writers that bypass Sprechtag.
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE scratch (x TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO scratch VALUES ('x')")));
                q.finish();
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            QVERIFY(QFile::exists(copy + QStringLiteral("-journal")));
            modes.insert(QStringLiteral("database-journal"), fileMode(copy + QStringLiteral("-journal")));
        }
        int owner = 0;
        for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
            QVERIFY2(it.value() == 0600,
                     qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value(), 0, 8)));
            ++owner;
        }
        QVERIFY(modes.size() >= 15);
        qInfo("test 13: %d of %lld files 0600 under umask 022 (%s)", owner, qint64(modes.size()),
              qPrintable(modes.keys().join(QStringLiteral(", "))));
    }

    // Test 14: file names built from hostile company and format names stay inside the chosen folder.
    void fileNamesFromNamesStayInsideTheFolder()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString folder = root.filePath(QStringLiteral("a/b/chosen"));
        QVERIFY(QDir().mkpath(folder));
        QString nul = QStringLiteral("x");
        nul += QChar(0);
        nul += QStringLiteral("y");
        const QStringList names{QStringLiteral("../../x"),
                                QStringLiteral("a/b"),
                                QStringLiteral("CON"),
                                QStringLiteral("con.txt"),
                                QStringLiteral(".."),
                                QStringLiteral("."),
                                QStringLiteral("/etc/passwd"),
                                QStringLiteral("..\\..\\x"),
                                QStringLiteral("C:\\Windows\\x"),
                                QString(300, QLatin1Char('A')),
                                QString(300, QChar(0x00E4)), // 300 x "ä": 600 letters after transcription
                                nul,
                                QStringLiteral("Zeile\nZeile"),
                                QStringLiteral("~/x"),
                                QStringLiteral("$(rm -rf x)"),
                                QStringLiteral(" "),
                                QStringLiteral("NUL"),
                                QStringLiteral("LPT1")};
        TempDatabase t;
        QVERIFY(t.open());
        const Id consultant = addConsultant(*t.db, QStringLiteral("Thorsten Ising"));
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*\\.pdf$"));
        static const QStringList reserved{QStringLiteral("CON"),  QStringLiteral("PRN"),
                                          QStringLiteral("AUX"),  QStringLiteral("NUL"),
                                          QStringLiteral("COM1"), QStringLiteral("LPT1")};
        int written = 0;
        int refusedRaw = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString &name = names.at(i);
            // The raw name as a file name is refused whenever it would leave the folder.
            const auto raw = pathInside(folder, name);
            if (!raw.ok())
                ++refusedRaw;
            else
                QVERIFY2(QFileInfo(*raw).absolutePath() == QFileInfo(folder).absoluteFilePath(),
                         qPrintable(*raw));

            // A company name with a control character is refused now (issue #10): nothing to name a file by.
            if (hasForbiddenControl(name))
                continue;
            const QString formatName = name.trimmed().isEmpty() || name.contains(QChar(0))
                                           ? QStringLiteral("F ") + QString::number(i)
                                           : name + QStringLiteral(" ") + QString::number(i);
            const Id format = addFormat(*t.db, formatName);
            QVERIFY2(format != 0, qPrintable(name));
            const QDate date = QDate(2030, 9, 1).addDays(i);
            auto day = DayService(*t.db).create(Test::makeDay(format, date, {consultant}));
            QVERIFY2(day.ok(), why(day).constData());
            Company c;
            c.name = name.trimmed().isEmpty() ? QStringLiteral("Leer") : name;
            Contact p;
            p.lastName = QStringLiteral("Muster");
            auto booked = book(*t.db, slotAt(*t.db, day->id, h(10)), c, p, QString());
            QVERIFY2(booked.ok(), why(booked).constData());
            auto letter = LetterRepository(*t.db).forBooking(booked->booking.id);
            QVERIFY(letter.ok() && letter->has_value());
            auto formatRow = FormatRepository(*t.db).byId(format);
            QVERIFY(formatRow.ok() && formatRow->has_value());
            const QString storedFormat = (*formatRow)->name;

            const QStringList suggested{suggestedLetterFileName(**letter),
                                        suggestedDayPlanFileName(date, storedFormat),
                                        suggestedBriefingFileName(date, storedFormat),
                                        suggestedDoorSignsFileName(date, storedFormat)};
            for (qsizetype k = 0; k < suggested.size(); ++k) {
                const QString &file = suggested.at(k);
                QVERIFY2(valid.match(file).hasMatch(), qPrintable(file));
                QVERIFY2(QFile::encodeName(file).size() <= 255, qPrintable(file));
                const QString stem = file.section(QLatin1Char('.'), 0, 0);
                for (const QString &part : stem.split(QLatin1Char('_')))
                    QVERIFY2(!reserved.contains(part.toUpper()), qPrintable(file));
                auto target = pathInside(folder, file);
                QVERIFY2(target.ok(), qPrintable(file));
                Status s;
                if (k == 0)
                    s = renderLetters({**letter}, *target);
                else if (k == 1)
                    s = writeDayPlanPdf(*t.db, day->id, *target);
                else if (k == 2)
                    s = writeBriefingPdf(*t.db, day->id, 0, *target);
                else
                    s = writeDoorSignsPdf(*t.db, day->id, false, *target);
                QVERIFY2(s.ok(), why(s).constData());
                ++written;
            }
        }
        // The whole tree above the folder: everything we wrote lies directly in it.
        int outside = 0;
        const QString inside = QFileInfo(folder).absoluteFilePath() + QLatin1Char('/');
        for (const QString &f : filesBelow(root.path())) {
            if (!f.startsWith(inside) || f.mid(inside.size()).contains(QLatin1Char('/')))
                ++outside;
        }
        QCOMPARE(outside, 0);
        QCOMPARE(int(QDir(folder).entryList(QDir::Files | QDir::Hidden).size()), written);
        QVERIFY(refusedRaw >= 6);
        qInfo("test 14: %lld hostile names, %d files written, %d outside the folder; raw names refused by "
              "pathInside: %d",
              qint64(names.size()), written, outside, refusedRaw);
    }
};

int main(int argc, char *argv[])
{
    // Documents need fonts (a QGuiApplication), never a window system.
    QGuiApplication app(argc, argv);
    TestInjection test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_injection.moc"
