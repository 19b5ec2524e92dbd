// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessRun.h"
#include "TestSupport.h"

#include "storage/Schema.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Sprechtag;
using namespace Sprechtag::Test;
using Sprechtag::Test::TempDatabase;

namespace {

// Raw SQL through a separate connection, as another program would write.
bool rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-%1").arg(quintptr(&path));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A Sprechtag file with a little data, closed again.
QString makeSoundFile(QTemporaryDir &dir, const QString &name = QStringLiteral("sound.sqlite"))
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    Test::addFormat(**db, QStringLiteral("Social Media Sprechtag"));
    return path;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsNewFileReadableByOwnerOnly()
    {
        const mode_t old = ::umask(022);
        TempDatabase t;
        QVERIFY(t.open());
        ::umask(old);
        QCOMPARE(fileMode(t.path()), 0600);
        // The side files SQLite creates take the database file's mode.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = t.path() + QString::fromLatin1(suffix);
            if (QFile::exists(side))
                QCOMPARE(fileMode(side), 0600);
        }
    }

    void newFileHasCurrentSchemaAndOurApplicationId()
    {
        TempDatabase t;
        QVERIFY(t.open());
        QCOMPARE(t.db->schemaVersion(), currentSchemaVersion());
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA user_version")), qint64(currentSchemaVersion()));
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA application_id")), qint64(kApplicationId));
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA foreign_keys")), qint64(1));
        QCOMPARE(*scalar(*t.db, QStringLiteral("PRAGMA synchronous")), qint64(2)); // FULL
        QCOMPARE(t.db->journalMode(), JournalMode::Wal);
        QVERIFY(!t.db->onNetworkFileSystem());
        // STRICT tables refuse text in an integer column.
        Status s = execute(*t.db, QStringLiteral("INSERT INTO format (name, name_key, default_start) "
                                                 "VALUES ('x', 'x', 'neun Uhr')"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::ConstraintViolation);
    }

    void leavesNoTemporaryFilesBehind()
    {
        TempDatabase t;
        QVERIFY(t.open());
        t.db.reset();
        const QStringList entries = QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &e : entries)
            QVERIFY2(!e.contains(QLatin1String(".new-")), qPrintable(e));
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Database::defaultPath().endsWith(QLatin1String("/sprechtag.sqlite")));
        QVERIFY(Database::defaultPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void reopensExistingFileWithItsData()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(FormatRepository(**db).all()->size(), 1);
    }

    void refusesBadFilesAndLeavesThemUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QStringLiteral("empty") << int(ErrorCode::EmptyFile);
        QTest::newRow("text") << QStringLiteral("text") << int(ErrorCode::NotADatabase);
        QTest::newRow("short text") << QStringLiteral("short") << int(ErrorCode::NotADatabase);
        QTest::newRow("truncated") << QStringLiteral("truncated") << int(ErrorCode::Corrupt);
        QTest::newRow("cut mid-page") << QStringLiteral("midpage") << int(ErrorCode::Corrupt);
        QTest::newRow("damaged page") << QStringLiteral("damaged") << int(ErrorCode::Corrupt);
        QTest::newRow("other program") << QStringLiteral("foreign") << int(ErrorCode::NotSprechtagDatabase);
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(ErrorCode::NewerSchema);
    }

    void refusesBadFilesAndLeavesThemUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        if (kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("text") || kind == QLatin1String("short")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray line = "Firma;Datum;Uhrzeit\r\nMüller GmbH;25.03.2021;10:00\r\n";
            f.write(kind == QLatin1String("short") ? line.left(10) : line.repeated(40));
        } else if (kind == QLatin1String("foreign")) {
            QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE notes (t TEXT)"),
                                   QStringLiteral("INSERT INTO notes VALUES ('hello')")}));
        } else {
            path = makeSoundFile(dir, QStringLiteral("bad.sqlite"));
            QVERIFY(!path.isEmpty());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size >= 8 * 4096);
            if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(size / 2 - (size / 2) % 4096));
            } else if (kind == QLatin1String("midpage")) {
                QVERIFY(f.resize(size - 1000));
            } else if (kind == QLatin1String("damaged")) {
                // Page 2 is a b-tree page of the schema: garble its header.
                QVERIFY(f.seek(4096));
                f.write(QByteArray(64, char(0x5A)));
            } else if (kind == QLatin1String("newer")) {
                f.close();
                QVERIFY(rawExec(
                    path, {QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 7)}));
            }
        }
        // Side files from the setup are gone: only the file itself is looked at.
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray before = fileHash(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().code), expected);
        QCOMPARE(opened.error().kind(), ErrorKind::Storage);
        QVERIFY(errorMessage(opened.error()).contains(QDir::toNativeSeparators(path)) ||
                opened.error().code == ErrorCode::NewerSchema);
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileOpensForReadingAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray before = fileHash(path);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->isReadOnly());
            QCOMPARE(FormatRepository(**db).all()->size(), 1);
            WriteTransaction tx(**db);
            Status s = tx.begin();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::ReadOnly);
        }
        QCOMPARE(fileHash(path), before);
    }

    void writerWaitsForLockThenGivesBusy()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        OpenOptions quick;
        quick.busyTimeoutMs = 300;
        auto mine = Database::open(path, quick);
        auto other = Database::open(path, quick);
        QVERIFY(mine.ok() && other.ok());
        {
            WriteTransaction holder(**other);
            QVERIFY(holder.begin().ok());
            WriteTransaction tx(**mine);
            Status s = tx.begin();
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Busy);
            QVERIFY(errorMessage(s.error()).contains(QLatin1String("another workstation")));
        }
        WriteTransaction tx(**mine);
        QVERIFY(tx.begin().ok());
        QVERIFY(tx.commit().ok());
    }

    void nestedTransactionRollsBackOnlyItsOwnPart()
    {
        TempDatabase t;
        QVERIFY(t.open());
        WriteTransaction outer(*t.db);
        QVERIFY(outer.begin().ok());
        Test::addFormat(*t.db, QStringLiteral("Outer"));
        {
            WriteTransaction inner(*t.db);
            QVERIFY(inner.begin().ok());
            Test::addFormat(*t.db, QStringLiteral("Inner"));
        } // rolled back
        QVERIFY(outer.commit().ok());
        const auto all = FormatRepository(*t.db).all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().name, QStringLiteral("Outer"));
    }

    void migrationKeepsDataAndLeavesACheckedBackup()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        QList<Migration> steps = sqliteMigrations();
        steps << Migration{currentSchemaVersion() + 1,
                           {QStringLiteral("ALTER TABLE format ADD COLUMN extra TEXT NOT NULL DEFAULT 'x'")}};
        OpenOptions options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), currentSchemaVersion() + 1);
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM format WHERE extra = 'x'")), qint64(1));
        const QString backup = (*db)->migrationBackupPath();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(fileMode(backup), 0600);
        OpenOptions plain;
        plain.readOnly = true;
        auto copy = Database::open(backup, plain);
        QVERIFY(copy.ok());
        QCOMPARE((*copy)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(FormatRepository(**copy).all()->size(), 1);
        // The current program now sees a newer file and refuses it.
        db = Error{};
        auto again = Database::open(path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::NewerSchema);
    }

    void failedMigrationLeavesTheFileWhollyOld()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        QList<Migration> steps = sqliteMigrations();
        steps << Migration{
            currentSchemaVersion() + 1,
            {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}};
        OpenOptions options;
        options.migrations = &steps;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(*scalar(**reopened,
                         QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")),
                 qint64(0));
        QCOMPARE(FormatRepository(**reopened).all()->size(), 1);
    }

    void everyMigrationStepAppliesToAnEmptyFile()
    {
        // Each prefix of the migration list yields a file that the full list upgrades to the current schema.
        const QList<Migration> &all = sqliteMigrations();
        for (qsizetype n = 1; n <= all.size(); ++n) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("m.sqlite"));
            const QList<Migration> prefix = all.mid(0, n);
            OpenOptions options;
            options.migrations = &prefix;
            QVERIFY(Database::open(path, options).ok());
            auto full = Database::open(path);
            QVERIFY(full.ok());
            QCOMPARE((*full)->schemaVersion(), currentSchemaVersion());
            QVERIFY((*full)->check()->isEmpty());
        }
    }

    void backupIsConsistentPrivateAndChecked()
    {
        QTemporaryDir dir;
        const QString path = makeSoundFile(dir);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const QString target = dir.filePath(QStringLiteral("sub/backup.sqlite"));
        const mode_t old = ::umask(022);
        Status s = (*db)->backupTo(target);
        ::umask(old);
        QVERIFY(s.ok());
        QCOMPARE(fileMode(target), 0600);
        auto copy = Database::open(target);
        QVERIFY(copy.ok());
        QCOMPARE(FormatRepository(**copy).all()->size(), 1);
        // Writing it again replaces the old copy.
        Test::addFormat(**db, QStringLiteral("Website-Check"));
        copy = Error{};
        QVERIFY((*db)->backupTo(target).ok());
        auto second = Database::open(target);
        QCOMPARE(FormatRepository(**second).all()->size(), 2);
    }

    void checkReportsASoundFile()
    {
        TempDatabase t;
        QVERIFY(t.open());
        auto problems = t.db->check();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
    }

    void missingFileIsNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        OpenOptions options;
        options.create = false;
        auto db = Database::open(dir.filePath(QStringLiteral("none.sqlite")), options);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::CannotOpen);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void folderThatCannotBeCreatedIsRefused()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto db = Database::open(dir.filePath(QStringLiteral("file/sub/x.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::FolderMissing);
    }

    // A mistyped path creates no folders; only the default location's folder is made (issue #10, 4).
    void missingFolderIsNotCreatedExceptTheDefaultOne()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("typo/sub/x.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::FolderMissing);
        QCOMPARE(db.error().kind(), ErrorKind::Storage);
        QVERIFY(errorMessage(db.error())
                    .contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("typo/sub")))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

        // Test mode: the default location lies in a test folder of its own.
        const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
        QDir(folder).removeRecursively();
        {
            auto opened = Database::open(QString());
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(errorMessage(opened.error())));
        }
        QVERIFY(QFileInfo::exists(Database::defaultPath()));
        QDir(folder).removeRecursively();
    }

    // Devices and folders are refused from stat alone, before anything opens them (a FIFO, which would
    // block an open for reading, is tested through the command line in test_badinput).
    void devicesAndFoldersAreNotDatabases()
    {
        QTemporaryDir dir;
        for (const QString &path : {QStringLiteral("/dev/null"), QStringLiteral("/dev/zero"), dir.path()}) {
            for (bool create : {true, false}) {
                OpenOptions options;
                options.create = create;
                auto db = Database::open(path, options);
                QVERIFY2(!db.ok(), qPrintable(path));
                QCOMPARE(db.error().code, ErrorCode::NotAFile);
                QCOMPARE(db.error().kind(), ErrorKind::Storage);
            }
        }
    }

    // The audit log names the staff member; without a login environment it is still the account's name.
    void staffUserFallsBackToTheAccountName()
    {
        const QByteArray saved[] = {qgetenv("USER"), qgetenv("LOGNAME"), qgetenv("USERNAME")};
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qunsetenv("USERNAME");
        const QString name = Sprechtag::Database::systemUserName();
        const passwd *account = getpwuid(geteuid());
        QVERIFY(account);
        QCOMPARE(name, QString::fromLocal8Bit(account->pw_name));
        qputenv("LOGNAME", "frontdesk");
        QCOMPARE(Sprechtag::Database::systemUserName(), QStringLiteral("frontdesk"));
        qputenv("USER", "  ");
        QCOMPARE(Sprechtag::Database::systemUserName(), QStringLiteral("frontdesk"));
        const char *names[] = {"USER", "LOGNAME", "USERNAME"};
        for (int i = 0; i < 3; ++i) {
            if (saved[i].isEmpty())
                qunsetenv(names[i]);
            else
                qputenv(names[i], saved[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
