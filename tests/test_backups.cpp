// SPDX-License-Identifier: GPL-3.0-or-later
// Backup generations, restore through the backup API, and recovery of a damaged file.
#include "TestSupport.h"

#include "backup/Backups.h"
#include "demo/DemoData.h"
#include "storage/SchemaCheck.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

qint64 formatCount(const Database &db)
{
    auto all = FormatRepository(db).all();
    return all ? all->size() : -1;
}

QStringList formatNames(const Database &db)
{
    QStringList names;
    if (auto all = FormatRepository(db).all()) {
        for (const Format &f : *all)
            names << f.name;
    }
    names.sort();
    return names;
}

// Changes the file through a plain SQLite connection, outside of everything Sprechtag checks.
void runOn(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// Several statements on one plain connection (PRAGMA writable_schema holds only for its connection).
void runAll(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-all-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

// type, name and SQL of everything in the file's schema, for "unchanged" checks.
QStringList schemaOf(const Database &db)
{
    QStringList out;
    Query q(db, QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema "
                               "ORDER BY type, name"));
    if (q.exec()) {
        while (q.next())
            out << q.text(0);
    }
    return out;
}

void overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022);
    }

    void dailyBackupOncePerDayKeepsSevenCheckedGenerations()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Social Media")) != 0);
        const Backups backups(t.path());
        const QDate first(2026, 11, 1);
        for (int day = 0; day < 10; ++day) {
            auto made = backups.dailyBackupIfDue(*t.db, first.addDays(day));
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorMessage(made.error())));
            QVERIFY(!made->isEmpty());
            QCOMPARE(fileMode(*made), 0600);
            // A second start on the same day makes none.
            auto again = backups.dailyBackupIfDue(*t.db, first.addDays(day));
            QVERIFY(again.ok());
            QVERIFY(again->isEmpty());
        }
        QCOMPARE(fileMode(backups.folder()), 0700);
        const QList<BackupInfo> list = backups.list();
        QCOMPARE(list.size(), 7);
        for (int i = 0; i < list.size(); ++i) {
            QCOMPARE(list.at(i).kind, BackupKind::Daily);
            QCOMPARE(list.at(i).made.date(), first.addDays(9 - i)); // newest first, the oldest three gone
            QVERIFY(list.at(i).sizeBytes > 0);
            QCOMPARE(fileMode(list.at(i).path), 0600);
            auto facts = Backups::inspect(list.at(i).path);
            QVERIFY(facts.ok());
            QCOMPARE(facts->schemaVersion, currentSchemaVersion());
        }
        // Other kinds are rotated on their own: a manual copy removes no daily one.
        QVERIFY(backups.create(*t.db, BackupKind::Manual, QDateTime(first, QTime(12, 0))).ok());
        QCOMPARE(backups.list().size(), 8);
    }

    void rotationKeepsEverythingWhenTheNewestCopyIsDamaged()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        BackupPolicy policy;
        policy.manual = 2;
        const Backups backups(t.path(), policy);
        const QDate day(2026, 11, 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(backups.create(*t.db, BackupKind::Manual, QDateTime(day, QTime(9, i))).ok());
        // A third copy appears that is not sound (say, the disk lost part of it).
        const QString bad = Backups::newPathFor(t.path(), BackupKind::Manual, QDateTime(day, QTime(10, 0)));
        QVERIFY(QFile::copy(backups.list().first().path, bad));
        overwrite(bad, 0, QByteArray(100, 'x'));
        backups.rotate(BackupKind::Manual);
        QCOMPARE(backups.list().size(), 3);
        auto newest = backups.newestSound();
        QVERIFY(newest);
        QCOMPARE(newest->made, QDateTime(day, QTime(9, 1)));
    }

    void failedBackupReportsAndLeavesTheDatabaseUsable()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        // Where the folder should be there is a file: the backup cannot be written.
        QFile blocker(Backups::folderFor(t.path()));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto made = Backups(t.path()).dailyBackupIfDue(*t.db, QDate(2026, 11, 3));
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind(), ErrorKind::Storage);
        QVERIFY(!errorMessage(made.error()).isEmpty());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Still writable")) != 0);
    }

    void restoreBringsDataBackAndOtherConnectionsSeeIt()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        const qint64 bookingsBefore =
            *scalar(*t.db, QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'"));
        QVERIFY(bookingsBefore > 0);
        const Backups backups(t.path());
        QElapsedTimer timer;
        timer.start();
        auto backup = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 4), QTime(8, 0)));
        const qint64 backupMs = timer.elapsed();
        QVERIFY(backup.ok());
        QCOMPARE(Backups::inspect(*backup)->bookings, bookingsBefore);

        // Later changes, then a second window (its own connection) reads the file.
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Added after the backup")) != 0);
        QVERIFY(execute(*t.db, QStringLiteral("DELETE FROM booking")).ok());
        OpenOptions options;
        options.create = false;
        auto other = Database::open(t.path(), options);
        QVERIFY(other.ok());
        QVERIFY(formatNames(**other).contains(QStringLiteral("Added after the backup")));
        const qint64 versionBefore = *(*other)->dataVersion();

        timer.restart();
        auto safety = backups.restore(*t.db, *backup, QDateTime(QDate(2026, 11, 4), QTime(9, 0)));
        const qint64 restoreMs = timer.elapsed();
        QVERIFY2(safety.ok(), safety.ok() ? "" : qPrintable(errorMessage(safety.error())));
        qInfo("demo data: backup %lld ms, restore %lld ms (%lld bytes)", backupMs, restoreMs,
              QFileInfo(*backup).size());

        // The other connection notices and reads the restored state; so does this one.
        QVERIFY(*(*other)->dataVersion() != versionBefore);
        QVERIFY(!formatNames(**other).contains(QStringLiteral("Added after the backup")));
        QCOMPARE(*scalar(**other, QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'")),
                 bookingsBefore);
        QVERIFY(!formatNames(*t.db).contains(QStringLiteral("Added after the backup")));
        QVERIFY(t.db->check()->isEmpty());
        QCOMPARE(t.db->journalMode(), JournalMode::Wal);
        {
            Query mode(*t.db, QStringLiteral("PRAGMA journal_mode"));
            QVERIFY(mode.exec().ok() && mode.next());
            QCOMPARE(mode.text(0), QStringLiteral("wal"));
        }
        // The state before the restore was kept.
        QCOMPARE(QFileInfo(*safety).absolutePath(), backups.folder());
        QCOMPARE(fileMode(*safety), 0600);
        auto kept = Backups::inspect(*safety);
        QVERIFY(kept.ok());
        QCOMPARE(kept->bookings, qint64(0));
        QCOMPARE(backups.list().first().kind, BackupKind::BeforeRestore);
        // The live file stays 0600 and writable.
        QCOMPARE(fileMode(t.path()), 0600);
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("After the restore")) != 0);
        QVERIFY(formatNames(**other).contains(QStringLiteral("After the restore")));
    }

    void restoreWaitsForAnotherWriterAndGivesBusy()
    {
        Test::TempDatabase t;
        OpenOptions quick;
        quick.busyTimeoutMs = 300;
        QVERIFY(t.open(quick));
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("In the backup")) != 0);
        const Backups backups(t.path());
        auto backup = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 4), QTime(8, 0)));
        QVERIFY(backup.ok());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("After it")) != 0);

        // Another workstation is in the middle of a write.
        auto other = Database::open(t.path(), quick);
        QVERIFY(other.ok());
        {
            WriteTransaction tx(**other);
            QVERIFY(tx.begin().ok());
            auto refused = backups.restore(*t.db, *backup, QDateTime(QDate(2026, 11, 4), QTime(9, 0)));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Busy);
        }
        QCOMPARE(formatCount(*t.db), qint64(2));
        // Once it is done, the restore goes through.
        auto restored = backups.restore(*t.db, *backup, QDateTime(QDate(2026, 11, 4), QTime(9, 1)));
        QVERIFY(restored.ok());
        QCOMPARE(formatNames(**other), QStringList{QStringLiteral("In the backup")});
    }

    void unusableBackupsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("damaged page") << QStringLiteral("page") << int(ErrorCode::Corrupt);
        QTest::newRow("text file") << QStringLiteral("text") << int(ErrorCode::NotADatabase);
        QTest::newRow("empty file") << QStringLiteral("empty") << int(ErrorCode::EmptyFile);
        QTest::newRow("other program") << QStringLiteral("foreign") << int(ErrorCode::NotSprechtagDatabase);
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(ErrorCode::NewerSchema);
    }

    void unusableBackupsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        const Backups backups(t.path());
        auto backup = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 5), QTime(8, 0)));
        QVERIFY(backup.ok());
        if (damage == QLatin1String("page")) {
            // Scribble over the second half of the file: table pages full of bookings.
            const qint64 size = QFileInfo(*backup).size();
            overwrite(*backup, size / 2, QByteArray(int(size / 2 - 100), '\x5a'));
        } else if (damage == QLatin1String("text")) {
            QFile f(*backup);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("Datum;Firma\n2026-11-05;Muster GmbH\n");
        } else if (damage == QLatin1String("empty")) {
            QFile f(*backup);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        } else if (damage == QLatin1String("foreign")) {
            runOn(*backup, QStringLiteral("PRAGMA application_id = 0"));
        } else if (damage == QLatin1String("newer")) {
            runOn(*backup, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1));
        }
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Kept")) != 0);
        const qint64 before = formatCount(*t.db);
        const int generations = int(backups.list().size());

        auto inspected = Backups::inspect(*backup);
        QVERIFY(!inspected.ok());
        QCOMPARE(int(inspected.error().code), expected);
        auto restored = backups.restore(*t.db, *backup, QDateTime(QDate(2026, 11, 5), QTime(9, 0)));
        QVERIFY(!restored.ok());
        QCOMPARE(int(restored.error().code), expected);
        QCOMPARE(formatCount(*t.db), before);
        QCOMPARE(int(backups.list().size()), generations); // not even a safety copy was needed
        QVERIFY(!backups.newestSound());
    }

    // The live file itself, named through a link, a hard link or another spelling, is no backup of it.
    void restoreOfTheLiveFileUnderAnotherNameIsRefused()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        const QFileInfo live(t.path());
        const QString folder = live.absolutePath();
        const QString symlink = folder + QStringLiteral("/link.sqlite");
        const QString hardLink = folder + QStringLiteral("/hard.sqlite");
        QVERIFY(QFile::link(t.path(), symlink));
        QVERIFY(::link(QFile::encodeName(t.path()).constData(), QFile::encodeName(hardLink).constData()) ==
                0);
        QDir(folder).mkdir(QStringLiteral("sub"));
        const QStringList names{symlink, hardLink, folder + QStringLiteral("/sub/../") + live.fileName(),
                                folder + QStringLiteral("/./") + live.fileName()};
        const Backups backups(t.path());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Kept")) != 0);
        const qint64 before = formatCount(*t.db);
        int refused = 0;
        for (const QString &name : names) {
            auto restored = backups.restore(*t.db, name, QDateTime(QDate(2026, 11, 5), QTime(9, 0)));
            if (!restored.ok() && restored.error().code == ErrorCode::InvalidInput)
                ++refused;
        }
        QCOMPARE(formatCount(*t.db), before);
        qInfo("restores of the live file under another name: refused %d of %d", refused, int(names.size()));
        QCOMPARE(refused, int(names.size()));
    }

    void olderSchemaBackupIsMigratedWhenRestored()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("Old")) != 0);
        const Backups backups(t.path());
        auto old = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 6), QTime(8, 0)));
        QVERIFY(old.ok());
        t.db.reset();

        QList<Migration> steps = sqliteMigrations();
        const int newer = currentSchemaVersion() + 1;
        steps << Migration{newer,
                           {QStringLiteral("ALTER TABLE format ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")}};
        OpenOptions options;
        options.migrations = &steps;
        QVERIFY(t.open(options));
        QCOMPARE(t.db->schemaVersion(), newer);
        // The copy before the migration is one of the generations now.
        QCOMPARE(QFileInfo(t.db->migrationBackupPath()).absolutePath(), backups.folder());
        QCOMPARE(backups.list().first().kind, BackupKind::BeforeUpdate);
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("New")) != 0);

        auto restored = backups.restore(*t.db, *old, QDateTime(QDate(2026, 11, 6), QTime(9, 0)), &steps);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(errorMessage(restored.error())));
        QCOMPARE(formatNames(*t.db), QStringList{QStringLiteral("Old")});
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA user_version")), qint64(newer));
        QCOMPARE(*scalar(*t.db, QStringLiteral("SELECT count(*) FROM format WHERE extra = 'x'")), qint64(1));
        QVERIFY(t.db->check()->isEmpty());
    }

    void damagedFileIsSetAsideAndReplacedByTheNewestSoundBackup()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        const QStringList names = formatNames(*t.db);
        const Backups backups(t.path());
        QVERIFY(backups.dailyBackupIfDue(*t.db, QDate(2026, 11, 7)).ok());
        t.db.reset();
        // The disk lost the file's first page.
        overwrite(t.path(), 0, QByteArray(4096, '\0'));
        const QByteArray damaged = readAll(t.path());
        auto failed = Database::open(t.path());
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().code == ErrorCode::NotADatabase || failed.error().code == ErrorCode::Corrupt);

        // A WAL left from the damaged file must not be applied to the restored one.
        {
            QFile wal(t.path() + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write(QByteArray(4096, '\x11'));
        }
        auto newest = backups.newestSound();
        QVERIFY(newest);
        auto aside = Backups::recover(t.path(), newest->path, QDate(2026, 11, 8));
        QVERIFY2(aside.ok(), aside.ok() ? "" : qPrintable(errorMessage(aside.error())));
        QCOMPARE(QFileInfo(*aside).fileName(), QStringLiteral("test.sqlite.beschaedigt-2026-11-08"));
        QCOMPARE(readAll(*aside), damaged); // kept byte for byte
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")));
        QCOMPARE(readAll(*aside + QStringLiteral("-wal")), QByteArray(4096, '\x11'));
        QCOMPARE(fileMode(t.path()), 0600);
        QVERIFY(t.open());
        QCOMPARE(formatNames(*t.db), names);
        QVERIFY(t.db->check()->isEmpty());

        // A second recovery the same day keeps both damaged files.
        t.db.reset();
        overwrite(t.path(), 0, QByteArray(16, 'x'));
        auto second = Backups::recover(t.path(), newest->path, QDate(2026, 11, 8));
        QVERIFY(second.ok());
        QVERIFY(*second != *aside);
        QVERIFY(QFile::exists(*aside));
        QVERIFY(QFile::exists(*second));
    }

    // reliability.md test 20: copies changed outside Sprechtag in their schema are refused by restore and
    // by open, each refusal names what differs, and the live file stays as it was.
    void craftedSchemasAreRefusedByRestoreAndOpen()
    {
        struct Craft
        {
            const char *what;
            QStringList statements;
            QString named;
            bool firstSchema = false;
        };
        const QList<Craft> crafts{
            {"extra trigger",
             {QStringLiteral("CREATE TRIGGER x_cancel_all AFTER INSERT ON booking BEGIN UPDATE booking SET "
                             "status = 'cancelled' WHERE id = NEW.id; END")},
             QStringLiteral("extra trigger x_cancel_all")},
            {"extra view",
             {QStringLiteral("CREATE VIEW x_everyone AS SELECT name, street, city FROM company")},
             QStringLiteral("extra view x_everyone")},
            {"extra table",
             {QStringLiteral("CREATE TABLE x_notes (id INTEGER PRIMARY KEY, text TEXT)")},
             QStringLiteral("extra table x_notes")},
            {"missing index",
             {QStringLiteral("DROP INDEX booking_company")},
             QStringLiteral("missing index booking_company")},
            {"missing trigger",
             {QStringLiteral("DROP TRIGGER audit_log_no_delete")},
             QStringLiteral("missing trigger audit_log_no_delete")},
            {"changed CHECK",
             {QStringLiteral("PRAGMA writable_schema = ON"),
              QStringLiteral(
                  "UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (id = 1)', 'CHECK (id >= 1)') "
                  "WHERE name = 'organisation'")},
             QStringLiteral("table organisation differs")},
            {"extra trigger in a copy of schema 1",
             {QStringLiteral("CREATE TRIGGER x_old_cancel AFTER INSERT ON booking BEGIN UPDATE booking SET "
                             "status = 'cancelled' WHERE id = NEW.id; END")},
             QStringLiteral("extra trigger x_old_cancel"),
             true},
        };
        const QList<Migration> firstOnly{sqliteMigrations().constFirst()};
        int restoreAccepted = 0;
        int openAccepted = 0;
        int named = 0;
        int liveChanged = 0;
        int openChanged = 0;
        for (const Craft &craft : crafts) {
            Test::TempDatabase t;
            QVERIFY(t.open());
            QVERIFY(loadDemoData(*t.db).ok());
            const Backups backups(t.path());
            QString copy;
            if (craft.firstSchema) {
                // A file of schema 1 as an earlier Sprechtag made it, then changed.
                QTemporaryDir old;
                OpenOptions o;
                o.migrations = &firstOnly;
                const QString oldPath = old.filePath(QStringLiteral("old.sqlite"));
                auto first = Database::open(oldPath, o);
                QVERIFY(first.ok());
                QCOMPARE((*first)->schemaVersion(), 1);
                copy = backups.folder() + QStringLiteral("/old-copy.sqlite");
                QVERIFY((*first)->backupTo(copy).ok());
            } else {
                auto made =
                    backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 9), QTime(8, 0)));
                QVERIFY(made.ok());
                copy = *made;
            }
            runAll(copy, craft.statements);
            const qint64 bookings = *scalar(*t.db, QStringLiteral("SELECT count(*) FROM booking"));
            const QStringList schema = schemaOf(*t.db);
            const qint64 version = *t.db->dataVersion();
            const int generations = int(backups.list().size());

            auto restored = backups.restore(*t.db, copy, QDateTime(QDate(2026, 11, 9), QTime(9, 0)));
            QString restoreMessage;
            if (restored.ok()) {
                ++restoreAccepted;
            } else {
                restoreMessage = errorMessage(restored.error());
                QCOMPARE(restored.error().code, ErrorCode::SchemaMismatch);
            }
            if (*scalar(*t.db, QStringLiteral("SELECT count(*) FROM booking")) != bookings ||
                schemaOf(*t.db) != schema || *t.db->dataVersion() != version ||
                int(backups.list().size()) != generations)
                ++liveChanged;

            // The same file opened as a database ("open file"): refused, and not changed by the attempt.
            const QString opened = t.dir.filePath(QStringLiteral("opened.sqlite"));
            QVERIFY(QFile::copy(copy, opened));
            const QByteArray bytes = readAll(opened);
            auto db = Database::open(opened);
            QString openMessage;
            if (db.ok()) {
                ++openAccepted;
            } else {
                openMessage = errorMessage(db.error());
                QCOMPARE(db.error().code, ErrorCode::SchemaMismatch);
            }
            db = Error{};
            if (readAll(opened) != bytes)
                ++openChanged;
            if (restoreMessage.contains(craft.named) && openMessage.contains(craft.named))
                ++named;
            else
                qWarning("%s: \"%s\" / \"%s\"", craft.what, qUtf8Printable(restoreMessage),
                         qUtf8Printable(openMessage));
        }
        qInfo("crafted schemas (extra trigger, view, table; missing index, trigger; changed CHECK; an extra "
              "trigger in a schema-1 copy): restore accepted %d of %lld, open accepted %d of %lld; refusals "
              "naming the difference %d of %lld; live file changed %d times, opened file changed %d times",
              restoreAccepted, qsizetype(crafts.size()), openAccepted, qsizetype(crafts.size()), named,
              qsizetype(crafts.size()), liveChanged, openChanged);
        QCOMPARE(restoreAccepted, 0);
        QCOMPARE(openAccepted, 0);
        QCOMPARE(named, int(crafts.size()));
        QCOMPARE(liveChanged, 0);
        QCOMPARE(openChanged, 0);
    }

    // Section 6 of issue 10: only a file that may not be written is "read-only". SQLite answers
    // SQLITE_READONLY also for a copy with another page size (WAL keeps the page size) and for a file
    // deleted while open.
    void restoreNeverSaysReadOnlyForAnotherReason()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(t.db->journalMode() == JournalMode::Wal);
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("In the copy")) != 0);
        const Backups backups(t.path());
        auto made = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 11), QTime(8, 0)));
        QVERIFY(made.ok());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("After it")) != 0);
        // The same data with 8 KiB pages (made by another tool, or on another system).
        runAll(*made, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("PRAGMA page_size = 8192"), QStringLiteral("VACUUM")});
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA page_size")), qint64(4096));
        auto restored = backups.restore(*t.db, *made, QDateTime(QDate(2026, 11, 11), QTime(9, 0)));
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(errorMessage(restored.error())));
        QCOMPARE(formatNames(*t.db), QStringList{QStringLiteral("In the copy")});
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA page_size")), qint64(4096));
        QVERIFY(t.db->check()->isEmpty());

        // The database file is deleted while the app has it open: the restore says so.
        QVERIFY(QFile::remove(t.path()));
        auto refused = backups.restore(*t.db, *made, QDateTime(QDate(2026, 11, 11), QTime(9, 5)));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code != ErrorCode::ReadOnly);
        const QString message = errorMessage(refused.error());
        QVERIFY2(!message.contains(QLatin1String("read-only")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("moved or deleted")), qPrintable(message));
    }

    // On a network share the database keeps a rollback journal; there the backup API's lock is
    // exclusive, and the safety copy is read from the locked file itself.
    void restoreWithRollbackJournalKeepsTheStateBefore()
    {
        Test::TempDatabase t;
        OpenOptions share;
        share.assumeNetworkFileSystem = true;
        QVERIFY(t.open(share));
        QVERIFY(t.db->journalMode() == JournalMode::Rollback);
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("In the copy")) != 0);
        const Backups backups(t.path());
        auto made = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 12), QTime(8, 0)));
        QVERIFY(made.ok());
        QVERIFY(Test::addFormat(*t.db, QStringLiteral("After it")) != 0);
        auto other = Database::open(t.path(), share);
        QVERIFY(other.ok());
        auto safety = backups.restore(*t.db, *made, QDateTime(QDate(2026, 11, 12), QTime(9, 0)));
        QVERIFY2(safety.ok(), safety.ok() ? "" : qPrintable(errorMessage(safety.error())));
        QCOMPARE(formatNames(*t.db), QStringList{QStringLiteral("In the copy")});
        QCOMPARE(formatNames(**other), QStringList{QStringLiteral("In the copy")});
        QCOMPARE(fileMode(*safety), 0600);
        auto facts = Backups::inspect(*safety);
        QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(errorMessage(facts.error())));
        OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.create = false;
        auto before = Database::open(*safety, readOnly);
        QVERIFY(before.ok());
        QCOMPARE(formatNames(**before),
                 (QStringList{QStringLiteral("After it"), QStringLiteral("In the copy")}));
        QVERIFY(t.db->check()->isEmpty());
    }

    void untouchedCopiesAndFilesPassTheSchemaCheck()
    {
        Test::TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(loadDemoData(*t.db).ok());
        // ANALYZE's statistics are no schema of ours, and no difference either.
        QVERIFY(execute(*t.db, QStringLiteral("ANALYZE")).ok());
        const Backups backups(t.path());
        auto made = backups.create(*t.db, BackupKind::Manual, QDateTime(QDate(2026, 11, 10), QTime(8, 0)));
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(errorMessage(made.error())));
        QVERIFY(backups.restore(*t.db, *made, QDateTime(QDate(2026, 11, 10), QTime(9, 0))).ok());
        t.db.reset();
        QVERIFY(t.open());
        QVERIFY(SchemaCheck::differences(t.db->nativeHandle(), sqliteMigrations(), currentSchemaVersion())
                    ->isEmpty());
        // Spacing and letter case are no difference; a changed word is.
        QCOMPARE(SchemaCheck::normalised(QStringLiteral("CREATE  INDEX a\n  ON b ( c )")),
                 SchemaCheck::normalised(QStringLiteral("create index a on b(c)")));
        QVERIFY(SchemaCheck::normalised(QStringLiteral("CHECK (x = 'A')")) !=
                SchemaCheck::normalised(QStringLiteral("CHECK (x = 'a')")));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
