// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 6 (first half): a file of every older schema version, built with only the first k
// migrations and holding data, opens with the current code: data kept, user_version current, a checked
// copy of the old file made before. Written over sqliteMigrations(), so that it covers every version
// that will ever exist; the same machinery once more with a test step on top of the current schema.
#include "ReliabilitySupport.h"

#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"

#include <QDir>

using namespace Sprechtag;

namespace {

struct Sample
{
    Id booking = 0;
    Id company = 0;
    Id contact = 0;
    Id slot = 0;
};

// Rows written with the statements of schema version 1, which every later version starts from: the
// repositories of the current code may need tables an old file does not have yet.
Result<Sample> insertVersion1Data(const Database &db)
{
    Sample s;
    const auto run = [&db](const QString &sql, const QVariantList &params) -> Result<Id> {
        Query q(db, sql);
        for (const QVariant &p : params)
            q.bind(p);
        if (Status st = q.exec(); !st)
            return st.error();
        return q.lastInsertId();
    };
    WriteTransaction tx(db);
    if (Status st = tx.begin(); !st)
        return st.error();
    auto format = run(QStringLiteral("INSERT INTO format (name, name_key) VALUES (?, ?)"),
                      {QStringLiteral("Altformat"), QStringLiteral("altformat")});
    if (!format)
        return format.error();
    auto consultant = run(QStringLiteral("INSERT INTO consultant (name, name_key) VALUES (?, ?)"),
                          {QStringLiteral("Alte Beraterin"), QStringLiteral("alte beraterin")});
    if (!consultant)
        return consultant.error();
    auto day = run(QStringLiteral("INSERT INTO consultation_day (format_id, date, start_minute, end_minute, "
                                  "slot_minutes) VALUES (?, '2026-05-04', 540, 600, 60)"),
                   {*format});
    if (!day)
        return day.error();
    if (auto dc = run(QStringLiteral("INSERT INTO day_consultant (day_id, consultant_id) VALUES (?, ?)"),
                      {*day, *consultant});
        !dc)
        return dc.error();
    auto slot = run(QStringLiteral("INSERT INTO slot (day_id, consultant_id, date, start_minute, end_minute) "
                                   "VALUES (?, ?, '2026-05-04', 540, 600)"),
                    {*day, *consultant});
    if (!slot)
        return slot.error();
    auto company =
        run(QStringLiteral("INSERT INTO company (name, name_key, street, city) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("Müller & Söhne GmbH"), QStringLiteral("müller & söhne gmbh"),
             QStringLiteral("Alter Markt 1"), QStringLiteral("Bielefeld")});
    if (!company)
        return company.error();
    auto contact =
        run(QStringLiteral("INSERT INTO contact (company_id, salutation, first_name, last_name, email) "
                           "VALUES (?, 'Frau', ?, ?, ?)"),
            {*company, QStringLiteral("Ayşe"), QStringLiteral("Özdemir"),
             QStringLiteral("a.oezdemir@example.org")});
    if (!contact)
        return contact.error();
    auto booking =
        run(QStringLiteral("INSERT INTO booking (slot_id, company_id, contact_id, topic, created_at, "
                           "created_by, changed_at) VALUES (?, ?, ?, ?, '2026-04-01T08:00:00Z', "
                           "'alt', '2026-04-01T08:00:00Z')"),
            {*slot, *company, *contact, QStringLiteral("Förderung")});
    if (!booking)
        return booking.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    s.booking = *booking;
    s.company = *company;
    s.contact = *contact;
    s.slot = *slot;
    return s;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // Builds `path` with the first `steps` migrations of `all` and sample data, then opens it with all of
    // them and checks the outcome.
    static void migrateFrom(const QList<Migration> &all, qsizetype steps, const QString &path)
    {
        const QList<Migration> old = all.mid(0, steps);
        Sample sample;
        {
            OpenOptions o;
            o.migrations = &old;
            auto db = Database::open(path, o);
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), old.constLast().version);
            auto inserted = insertVersion1Data(**db);
            QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : errorMessage(inserted.error())));
            sample = *inserted;
        }
        OpenOptions o;
        o.migrations = &all;
        auto db = Database::open(path, o);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : errorMessage(db.error())));
        QCOMPARE((*db)->schemaVersion(), all.constLast().version);
        QCOMPARE(*scalar(**db, QStringLiteral("PRAGMA user_version")), qint64(all.constLast().version));
        auto problems = (*db)->check();
        QVERIFY(problems.ok() && problems->isEmpty());

        // Read back through the current repositories.
        auto booking = BookingRepository(**db).byId(sample.booking);
        QVERIFY(booking.ok() && booking->has_value());
        QCOMPARE((*booking)->booking.slotId, sample.slot);
        QCOMPARE((*booking)->booking.topic, QStringLiteral("Förderung"));
        QCOMPARE((*booking)->booking.status, BookingStatus::Booked);
        QCOMPARE((*booking)->companyName, QStringLiteral("Müller & Söhne GmbH"));
        QCOMPARE((*booking)->slot.consultantName, QStringLiteral("Alte Beraterin"));
        auto contact = CompanyRepository(**db).contactById(sample.contact);
        QVERIFY(contact.ok() && contact->has_value());
        QCOMPARE((*contact)->lastName, QStringLiteral("Özdemir"));
        QCOMPARE((*contact)->email, QStringLiteral("a.oezdemir@example.org"));

        // The copy taken before the migration: the old version with the same data, sound, 0600.
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(Test::fileMode(backup), 0600);
        OpenOptions readOld;
        readOld.migrations = &old;
        readOld.readOnly = true;
        readOld.create = false;
        auto copy = Database::open(backup, readOld);
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : errorMessage(copy.error())));
        QCOMPARE((*copy)->schemaVersion(), old.constLast().version);
        QCOMPARE(*scalar(**copy, QStringLiteral("SELECT count(*) FROM booking WHERE id = ? AND topic = ?"),
                         {sample.booking, QStringLiteral("Förderung")}),
                 qint64(1));
        auto copyProblems = (*copy)->check();
        QVERIFY(copyProblems.ok() && copyProblems->isEmpty());
    }

private Q_SLOTS:
    void everyOlderVersionMigratesToCurrent()
    {
        const QList<Migration> &all = sqliteMigrations();
        QTemporaryDir dir;
        int migrated = 0;
        for (qsizetype steps = 1; steps < all.size(); ++steps) {
            migrateFrom(all, steps,
                        dir.filePath(QStringLiteral("from-v%1.sqlite").arg(all.at(steps - 1).version)));
            if (QTest::currentTestFailed())
                return;
            ++migrated;
        }
        qInfo("schema versions older than the current one (%d): %d migrated with data kept and a backup made",
              currentSchemaVersion(), migrated);
    }

    // Today's schema is version 1 only; a test step on top exercises the same path from the current file.
    void currentVersionMigratesToNextTestVersion()
    {
        QTemporaryDir dir;
        const QList<Migration> &all = Test::slowMigrations();
        migrateFrom(all, all.size() - 1, dir.filePath(QStringLiteral("current.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
