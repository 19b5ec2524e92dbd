// SPDX-License-Identifier: GPL-3.0-or-later
// Names mean the same thing however they are typed (issue #10, section 5; reliability.md test 22 through
// the service layer): nameKey() against a table of pairs, the one rule for text fields, details
// without a name, the keys of an older file recomputed by the migration, and erasure and retention
// clearing every personal column of storage/PersonalData.h.
#include "TestSupport.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "privacy/PrivacyService.h"
#include "scheduling/BookingService.h"
#include "scheduling/MasterDataService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"
#include "storage/PersonalData.h"
#include "storage/Sql.h"

#include <QSet>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

qint64 count(const Database &db, const QString &sql, const QVariantList &params = {})
{
    auto n = scalar(db, sql, params);
    return n ? *n : -1;
}

// Every way of typing "the same" company this test tries, with the name first stored.
struct Spelling
{
    QString stored;
    QStringList typed;
};

QList<Spelling> companySpellings()
{
    return {
        {QStringLiteral("Groß & Klein GmbH"),
         {QStringLiteral("GROSS & KLEIN GMBH"), QStringLiteral("gross & klein gmbh"),
          QStringLiteral("  Groß   &  Klein\tGmbH "), QStringLiteral("Gro\u00DF\u00A0& Klein GmbH"),
          QStringLiteral("\uFF27\uFF32\uFF2F\uFF33\uFF33 & \uFF2B\uFF2C\uFF25\uFF29\uFF2E GmbH"),
          QStringLiteral("Gro\u200B\u00DF & Klein GmbH"), QStringLiteral("\u202AGroß & Klein GmbH\u202C")}},
        {QStringLiteral("İzmir Export"),
         {QStringLiteral("izmir export"), QStringLiteral("IZMIR EXPORT"),
          QStringLiteral("I\u0307zmir Export"), QStringLiteral("i\u0307zmir export")}},
        {QStringLiteral("Müller Finanz"),
         {QStringLiteral("Mu\u0308ller Finanz"), QStringLiteral("MÜLLER \uFB01NANZ"),
          QStringLiteral("MU\u0308LLER FINANZ")}},
    };
}

} // namespace

class TestNames : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    Id m_consultant = 0;
    QList<Id> m_days;

    const Database &db() const { return *m_tmp->db; }

    Id slotOn(int dayIndex, int hour)
    {
        auto slots = DayRepository(db()).slotsOfDay(m_days.at(dayIndex));
        if (slots) {
            for (const SlotDetails &s : *slots) {
                if (s.slot.time.start == hour * 60)
                    return s.slot.id;
            }
        }
        return 0;
    }

    // Days from 2021-03-25 on, one a week, 09:00-16:00 with one consultant.
    void makeDays(int n)
    {
        m_format = addFormat(db(), QStringLiteral("Social Media Sprechtag"));
        m_consultant = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(m_format && m_consultant);
        for (int i = 0; i < n; ++i) {
            auto day =
                DayService(db()).create(makeDay(m_format, QDate(2021, 3, 25).addDays(7 * i), {m_consultant}));
            QVERIFY2(day.ok(), why(day).constData());
            m_days << day->id;
        }
    }

    Result<BookingDetails> book(int dayIndex, int hour, const QString &company, const QString &first = {},
                                const QString &last = {})
    {
        BookingRequest r;
        r.slotId = slotOn(dayIndex, hour);
        r.company.name = company;
        if (!first.isEmpty() || !last.isEmpty()) {
            Contact c;
            c.firstName = first;
            c.lastName = last;
            r.contact = c;
        }
        return BookingService(db()).book(r);
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        m_days.clear();
        QVERIFY(m_tmp->open());
    }

    void cleanup() { m_tmp.reset(); }

    void nameKeyMatchesWhatMeansTheSameAndNothingElse_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *name, const QString &a, const QString &b, bool same) {
            QTest::newRow(name) << a << b << same;
        };
        row("sharp s", QStringLiteral("GROSS & KLEIN GMBH"), QStringLiteral("Groß & Klein GmbH"), true);
        row("Straße", QStringLiteral("Straße"), QStringLiteral("STRASSE"), true);
        row("dotted I", QStringLiteral("İzmir"), QStringLiteral("izmir"), true);
        row("dotted I decomposed", QStringLiteral("I\u0307ZMIR"), QStringLiteral("izmir"), true);
        row("plain I", QStringLiteral("IZMIR"), QStringLiteral("izmir"), true);
        row("combining diaeresis", QStringLiteral("Mu\u0308ller"), QStringLiteral("Müller"), true);
        row("upper umlaut", QStringLiteral("MÜLLER"), QStringLiteral("müller"), true);
        row("full-width", QStringLiteral("\uFF2D\u00FC\uFF4C\uFF4C\uFF45\uFF52"), QStringLiteral("Müller"),
            true);
        row("fi ligature", QStringLiteral("\uFB01nanz"), QStringLiteral("Finanz"), true);
        row("final sigma", QStringLiteral("ΣΊΣΥΦΟΣ"), QStringLiteral("σίσυφος"), true);
        row("spaces", QStringLiteral("  Müller \t  GmbH\n"), QStringLiteral("Müller GmbH"), true);
        row("no-break space", QStringLiteral("Müller\u00A0GmbH"), QStringLiteral("Müller GmbH"), true);
        row("zero-width", QStringLiteral("Mül\u200Bler\uFEFF"), QStringLiteral("Müller"), true);
        row("bidi", QStringLiteral("\u202EMüller\u202C\u2066"), QStringLiteral("Müller"), true);
        row("i dot acute", QStringLiteral("İ\u0301"), QStringLiteral("í"), true);
        row("umlaut is not u", QStringLiteral("Müller"), QStringLiteral("Muller"), false);
        row("no transliteration", QStringLiteral("Müller"), QStringLiteral("Mueller"), false);
        row("dotless i", QStringLiteral("ızmir"), QStringLiteral("izmir"), false);
        row("dot above u counts", QStringLiteral("Mu\u0307ller"), QStringLiteral("Muller"), false);
        row("dot above a counts", QStringLiteral("a\u0307"), QStringLiteral("a"), false);
        row("sharp s is not s", QStringLiteral("Groß"), QStringLiteral("Gros"), false);
        row("space counts", QStringLiteral("Müller GmbH"), QStringLiteral("MüllerGmbH"), false);
        row("legal form counts", QStringLiteral("Müller GmbH"), QStringLiteral("Müller AG"), false);
        row("o slash", QStringLiteral("Øster"), QStringLiteral("Oster"), false);
        row("e acute", QStringLiteral("Café"), QStringLiteral("Cafe"), false);
    }

    void nameKeyMatchesWhatMeansTheSameAndNothingElse()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(nameKey(a) == nameKey(b), same);
        // The key is its own key: stored keys and typed names meet.
        QCOMPARE(nameKey(nameKey(a)), nameKey(a));
    }

    void oneRuleForTextFields()
    {
        QCOMPARE(cleanText(QStringLiteral("A\u200BB\u2067\tC\r\nD\x1b"), TextKind::SingleLine),
                 QStringLiteral("AB C  D"));
        QCOMPARE(cleanText(QStringLiteral("a\r\nb\rc\td\u202E\u0007"), TextKind::MultiLine),
                 QStringLiteral("a\nb\nc\td"));
        QVERIFY(hasForbiddenControl(QStringLiteral("Evil\x1b[2J")));
        QVERIFY(hasForbiddenControl(QStringLiteral("a\u009Bb")));
        QVERIFY(hasForbiddenControl(QStringLiteral("a\x7f")));
        QVERIFY(!hasForbiddenControl(QStringLiteral("Zeile 1\nZeile 2\tTab")));

        Company evil;
        evil.name = QStringLiteral("\x1b]0;pwned\x07"
                                   "Evil");
        QVERIFY(!validateCompany(evil).ok());
        evil.name = QStringLiteral("Evil GmbH");
        evil.industry = QStringLiteral("IT\x1b[2J");
        QVERIFY(!validateCompany(evil).ok());
        Contact c;
        c.lastName = QStringLiteral("Muster\u0085\x1b");
        QVERIFY(!validateContact(c).ok());

        // Whatever path it takes, no name is stored with something invisible or controlling.
        Company legacy;
        legacy.name = QStringLiteral("\u202ENeu\u200B GmbH\x07");
        auto id = CompanyRepository(db()).insert(legacy);
        QVERIFY2(id.ok(), why(id).constData());
        auto stored = CompanyRepository(db()).byId(*id);
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE((*stored)->name, QStringLiteral("Neu GmbH"));

        const QString safe = terminalSafe(QStringLiteral("\x1b]0;pwned\x07"
                                                         "Evil\x1b[2J\r\u009B\u202E\n"));
        for (QChar ch : safe)
            QVERIFY2(ch == QLatin1Char('\n') ||
                         (ch.unicode() >= 0x20 && !(ch.unicode() >= 0x7F && ch.unicode() <= 0x9F) &&
                          ch.unicode() != 0x202E),
                     qPrintable(QString::number(ch.unicode(), 16)));
        QVERIFY(safe.contains(QLatin1String("Evil")));
    }

    // reliability.md test 22 through the service layer.
    void namesTypedDifferentlyAreTheSameCompanyAndContact()
    {
        const QList<Spelling> spellings = companySpellings();
        int variants = 0;
        for (const Spelling &s : spellings)
            variants += int(s.typed.size());
        makeDays(variants + 1);
        if (QTest::currentTestFailed())
            return;

        // The first booking of each company on day 0, with a contact person whose name has its own
        // spellings.
        for (const Spelling &s : spellings) {
            const int hour = 9 + int(&s - spellings.data());
            auto first = book(0, hour, s.stored, QStringLiteral("Anna-Lena"), QStringLiteral("Große"));
            QVERIFY2(first.ok(), why(first).constData());
        }
        const qint64 companiesBefore = count(db(), QStringLiteral("SELECT count(*) FROM company"));
        const qint64 contactsBefore = count(db(), QStringLiteral("SELECT count(*) FROM contact"));
        QCOMPARE(companiesBefore, qint64(spellings.size()));

        const QStringList firstNames{QStringLiteral("ANNA-LENA"), QStringLiteral("anna-lena"),
                                     QStringLiteral("Anna-Lena\u200B")};
        const QStringList lastNames{QStringLiteral("GROSSE"), QStringLiteral("große"),
                                    QStringLiteral("Gro\u00DFe  ")};
        int day = 1;
        int booked = 0;
        int caught = 0;
        int refusedAsDuplicate = 0;
        for (const Spelling &s : spellings) {
            for (const QString &typed : s.typed) {
                // Another day: booked for the same company and contact.
                auto other = book(day, 9, typed, firstNames.at(day % 3), lastNames.at(day % 3));
                QVERIFY2(other.ok(), why(other).constData());
                QCOMPARE(other->companyName, s.stored);
                ++booked;
                // The same day as the first booking: rule 3 sees the same company.
                auto second = book(0, 15, typed);
                QVERIFY(!second.ok());
                QCOMPARE(second.error().code, ErrorCode::CompanyAlreadyBooked);
                ++caught;
                // The companies dialog's way of adding one: refused as the existing company.
                Company again;
                again.name = typed;
                auto created = MasterDataService(db()).saveCompany(again);
                QVERIFY(!created.ok());
                QVERIFY(errorMessage(created.error()).contains(QLatin1String("already exists")));
                ++refusedAsDuplicate;
                ++day;
            }
        }
        const qint64 secondCompanies =
            count(db(), QStringLiteral("SELECT count(*) FROM company")) - companiesBefore;
        const qint64 secondContacts =
            count(db(), QStringLiteral("SELECT count(*) FROM contact")) - contactsBefore;
        QCOMPARE(secondCompanies, qint64(0));
        QCOMPARE(secondContacts, qint64(0));

        // A second contact typed differently through the directory is refused too.
        auto companies = CompanyRepository(db()).byName(QStringLiteral("GROSS & KLEIN GMBH"));
        QVERIFY(companies.ok() && companies->size() == 1);
        Contact twin;
        twin.companyId = companies->first().id;
        twin.firstName = QStringLiteral("ANNA-LENA");
        twin.lastName = QStringLiteral("GROSSE");
        auto contact = MasterDataService(db()).saveContact(twin);
        QVERIFY(!contact.ok());
        QVERIFY(errorMessage(contact.error()).contains(QLatin1String("already exists")));

        qInfo("names in other case and normal forms through the service layer: %d bookings, second companies "
              "created %lld, second contacts created %lld; same-day bookings caught by rule 3: %d of %d; "
              "created as new companies in the directory: %d of %d refused",
              booked, secondCompanies, secondContacts, caught, variants, refusedAsDuplicate, variants);
    }

    // Two rows of one company, as an older file may hold them, are one company for rule 3.
    void ruleThreeUsesTheIdentityNotTheRow()
    {
        makeDays(1);
        if (QTest::currentTestFailed())
            return;
        CompanyRepository companies(db());
        Company a;
        a.name = QStringLiteral("Groß & Klein GmbH");
        Company b;
        b.name = QStringLiteral("GROSS & KLEIN GMBH");
        auto ida = companies.insert(a);
        auto idb = companies.insert(b);
        QVERIFY(ida.ok() && idb.ok() && *ida != *idb);
        BookingRequest first;
        first.slotId = slotOn(0, 9);
        first.companyId = *ida;
        QVERIFY(BookingService(db()).book(first).ok());
        BookingRequest second;
        second.slotId = slotOn(0, 10);
        second.companyId = *idb;
        auto refused = BookingService(db()).book(second);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::CompanyAlreadyBooked);
    }

    void detailsWithoutANameAreRefusedNotDropped()
    {
        makeDays(1);
        if (QTest::currentTestFailed())
            return;
        QList<Contact> nameless;
        Contact c;
        c.email = QStringLiteral("x@example.org");
        nameless << c;
        c = Contact{};
        c.phone = QStringLiteral("0521 123456");
        nameless << c;
        c = Contact{};
        c.title = QStringLiteral("Dr.");
        nameless << c;
        c = Contact{};
        c.salutation = Salutation::Frau;
        nameless << c;
        c = Contact{};
        c.lastName = QStringLiteral("\u200B");
        c.email = QStringLiteral("y@example.org");
        nameless << c;
        int refused = 0;
        for (const Contact &contact : std::as_const(nameless)) {
            BookingRequest r;
            r.slotId = slotOn(0, 9);
            r.company.name = QStringLiteral("Ohne Namen GmbH");
            r.contact = contact;
            auto booked = BookingService(db()).book(r);
            QVERIFY(!booked.ok());
            QCOMPARE(booked.error().code, ErrorCode::InvalidInput);
            ++refused;
        }
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM booking")), qint64(0));
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM company")), qint64(0));
        // Nothing about a contact: booked without one.
        BookingRequest r;
        r.slotId = slotOn(0, 9);
        r.company.name = QStringLiteral("Ohne Namen GmbH");
        r.contact = Contact{};
        auto booked = BookingService(db()).book(r);
        QVERIFY2(booked.ok(), why(booked).constData());
        QCOMPARE(booked->booking.contactId, Id(0));
        qInfo("contact details given without a name: %d of %lld refused with a sentence, 0 dropped", refused,
              qint64(nameless.size()));
    }

    void migrationRecomputesEveryKeyOfAnOlderFile()
    {
        m_tmp.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QList<Migration> &all = sqliteMigrations();
        qint64 auditBefore = 0;
        int olderVersions = 0;
        for (qsizetype steps = 1; steps < all.size(); ++steps) {
            QFile::remove(path);
            const QList<Migration> old = all.mid(0, steps);
            {
                OpenOptions o;
                o.migrations = &old;
                auto opened = Database::open(path, o);
                QVERIFY2(opened.ok(), why(opened).constData());
                const Database &d = **opened;
                // Keys as the code before had them (Qt's simple folding).
                for (const QString &name :
                     {QStringLiteral("Groß & Klein GmbH"), QStringLiteral("İzmir Export"),
                      QStringLiteral("Mu\u0308ller Finanz")}) {
                    Query q(d, QStringLiteral("INSERT INTO company (name, name_key) VALUES (?, ?)"));
                    q.bind(name).bind(name.toCaseFolded());
                    QVERIFY(q.exec().ok());
                    Query ct(d,
                             QStringLiteral("INSERT INTO contact (company_id, first_name, last_name, email, "
                                            "search_key) VALUES (?, 'Anna-Lena', 'Große', 'AL@Example.org', "
                                            "'anna-lena große al@example.org')"));
                    ct.bind(q.lastInsertId());
                    QVERIFY(ct.exec().ok());
                }
                Query f(d, QStringLiteral("INSERT INTO format (name, name_key) VALUES ('Straße', 'straße')"));
                QVERIFY(f.exec().ok());
                Query f2(d,
                         QStringLiteral("INSERT INTO format (name, name_key) VALUES ('STRASSE', 'strasse')"));
                QVERIFY(f2.exec().ok());
                Query k(d, QStringLiteral(
                               "INSERT INTO consultant (name, name_key) VALUES ('Jörg Weiß', 'jörg weiß')"));
                QVERIFY(k.exec().ok());
                auditBefore = steps >= 2 ? count(d, QStringLiteral("SELECT count(*) FROM audit_log")) : 0;
            }
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), why(opened).constData());
            const Database &d = **opened;
            QCOMPARE(d.schemaVersion(), currentSchemaVersion());
            Query q(d, QStringLiteral("SELECT name, name_key FROM company"));
            QVERIFY(q.exec().ok());
            int rows = 0;
            while (q.next()) {
                QCOMPARE(q.text(1), nameKey(q.text(0)));
                ++rows;
            }
            QCOMPARE(rows, 3);
            Query c(d,
                    QStringLiteral("SELECT first_name, last_name, email, name_key, search_key FROM contact"));
            QVERIFY(c.exec().ok());
            while (c.next()) {
                QCOMPARE(c.text(3), nameKey(c.text(0) + QLatin1Char(' ') + c.text(1)));
                QCOMPARE(c.text(4),
                         nameKey(c.text(0) + QLatin1Char(' ') + c.text(1) + QLatin1Char(' ') + c.text(2)));
            }
            QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM consultant WHERE name_key = ?"),
                           {nameKey(QStringLiteral("JÖRG WEISS"))}),
                     qint64(1));
            // Two formats that now mean the same: the file still opens, one of them holds the key.
            QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM format WHERE name_key = 'strasse'")),
                     qint64(1));
            auto found = CompanyRepository(d).byName(QStringLiteral("GROSS & KLEIN GMBH"));
            QVERIFY(found.ok() && found->size() == 1);
            found = CompanyRepository(d).byName(QStringLiteral("izmir export"));
            QVERIFY(found.ok() && found->size() == 1);
            // Recomputed keys are no one's change: the audit log has no entry for them.
            QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
            // The audit triggers work again afterwards.
            Company edited = found->first();
            edited.city = QStringLiteral("Bielefeld");
            QVERIFY(CompanyRepository(d).update(edited).ok());
            QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'company' "
                                             "AND action = 'edit' AND fields = 'city'")),
                     qint64(1));
            ++olderVersions;
        }
        qInfo("older schema versions whose name keys were recomputed by the migration: %d", olderVersions);
    }

    // Erasure and retention clear the one list of personal columns, column by column; every text column
    // of the four tables is in that list or in the list of columns that identify no one.
    void erasureAndRetentionClearEveryPersonalColumn()
    {
        makeDays(1);
        if (QTest::currentTestFailed())
            return;
        const QStringList tables{QStringLiteral("company"), QStringLiteral("contact"),
                                 QStringLiteral("booking"), QStringLiteral("waitlist_entry")};
        QSet<QString> personal;
        QSet<QString> listed;
        for (const PersonalColumn &c : personalColumns()) {
            personal << c.table + QLatin1Char('.') + c.column;
            listed << c.table + QLatin1Char('.') + c.column;
        }
        for (const auto &[table, column] : impersonalTextColumns()) {
            QVERIFY2(!personal.contains(table + QLatin1Char('.') + column), qPrintable(column));
            listed << table + QLatin1Char('.') + column;
        }
        QSet<QString> textColumns;
        for (const QString &table : tables) {
            Query q(db(), QStringLiteral("SELECT name, type FROM pragma_table_info(?)"));
            q.bind(table);
            QVERIFY(q.exec().ok());
            while (q.next()) {
                if (q.text(1).compare(QLatin1String("TEXT"), Qt::CaseInsensitive) == 0)
                    textColumns << table + QLatin1Char('.') + q.text(0);
            }
        }
        const QSet<QString> unlisted = textColumns - listed;
        QVERIFY2(unlisted.isEmpty(), qPrintable(QStringList(unlisted.cbegin(), unlisted.cend()).join(u' ')));
        const QSet<QString> missing = listed - textColumns;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.cbegin(), missing.cend()).join(u' ')));

        // Two companies, each with a contact, a booking and a waiting-list entry; every personal column
        // holds a marker. The first is erased, the second reached by the retention period.
        struct Rows
        {
            QHash<QString, Id> ids;
        };
        QList<Rows> subjects;
        const QString marker = QStringLiteral("MARKER-ß");
        for (int i = 0; i < 2; ++i) {
            auto booked = book(0, 9 + i, QStringLiteral("Firma %1").arg(i), QStringLiteral("Vor"),
                               QStringLiteral("Nach"));
            QVERIFY2(booked.ok(), why(booked).constData());
            WaitlistEntry w;
            w.formatId = m_format;
            w.companyId = booked->booking.companyId;
            w.contactId = booked->booking.contactId;
            auto waiting = WaitlistRepository(db()).insert(w);
            QVERIFY(waiting.ok());
            QVERIFY(WaitlistRepository(db()).resolve(*waiting).ok());
            Rows r;
            r.ids = {{QStringLiteral("company"), booked->booking.companyId},
                     {QStringLiteral("contact"), booked->booking.contactId},
                     {QStringLiteral("booking"), booked->booking.id},
                     {QStringLiteral("waitlist_entry"), *waiting}};
            for (const PersonalColumn &c : personalColumns()) {
                const QString value = c.becomes == ClearedTo::NoSalutation ? QStringLiteral("Frau") : marker;
                Query q(db(), QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(c.table, c.column));
                q.bind(value).bind(r.ids.value(c.table));
                QVERIFY2(q.exec().ok(), qPrintable(c.column));
            }
            subjects << r;
        }
        PrivacyService privacy(db());
        auto erased = privacy.eraseCompany(subjects.at(0).ids.value(QStringLiteral("company")));
        QVERIFY2(erased.ok(), why(erased).constData());
        QVERIFY(privacy.setRetentionMonths(12).ok());
        auto retained = privacy.applyRetention(QDate(2026, 12, 1));
        QVERIFY2(retained.ok(), why(retained).constData());

        int cleared = 0;
        int checked = 0;
        for (const Rows &r : std::as_const(subjects)) {
            for (const PersonalColumn &c : personalColumns()) {
                const Id id = r.ids.value(c.table);
                Query q(db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(c.column, c.table));
                q.bind(id);
                QVERIFY(q.exec().ok() && q.next());
                const QString value = q.text(0);
                const QString holder = PrivacyService::placeholder(id);
                QString expected;
                switch (c.becomes) {
                case ClearedTo::Empty:
                    break;
                case ClearedTo::Placeholder:
                    expected = holder;
                    break;
                case ClearedTo::PlaceholderKey:
                    expected = nameKey(holder);
                    break;
                case ClearedTo::NoSalutation:
                    expected = QStringLiteral("none");
                    break;
                }
                ++checked;
                QVERIFY2(!value.contains(marker), qPrintable(c.table + QLatin1Char('.') + c.column));
                QVERIFY2(value == expected,
                         qPrintable(c.table + QLatin1Char('.') + c.column + QStringLiteral(": ") + value));
                ++cleared;
            }
        }
        qInfo("personal columns (%lld listed; %lld text columns, unlisted 0): erasure and retention cleared "
              "%d of %d",
              qint64(personalColumns().size()), qint64(textColumns.size()), cleared, checked);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "test_names.moc"
