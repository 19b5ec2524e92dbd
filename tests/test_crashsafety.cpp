// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 1: kill -9 a process at random moments while it books, 100 times on the same file;
// every acknowledged booking survives, no slot is booked twice, integrity_check passes each time.
// reliability.md test 6 (second half): kill -9 during a slow migration; the file is wholly old or wholly
// new afterwards, and sound.
#include "ReliabilitySupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Sprechtag;

namespace {

struct Acknowledged
{
    Id slot = 0;
    QString company;
    QString topic;
};

// What the file holds after a crash, read with a plain connection (no migration, no repair beyond what
// SQLite itself does with its journal).
struct RawState
{
    bool opened = false;
    QString integrity;
    int userVersion = -1;
    qint64 companies = -1;
    qint64 migratedCompanies = -1;
    bool marker = false;
};

RawState readRaw(const QString &path)
{
    RawState state;
    const QString name = QStringLiteral("raw-inspection");
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(path);
        if (conn.open()) {
            state.opened = true;
            {
                QSqlQuery q(conn);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    state.integrity = q.value(0).toString();
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    state.userVersion = q.value(0).toInt();
                if (q.exec(QStringLiteral(
                        "SELECT count(*), count(CASE WHEN website LIKE 'https://migrated.example/%' "
                        "THEN 1 END) FROM company")) &&
                    q.next()) {
                    state.companies = q.value(0).toLongLong();
                    state.migratedCompanies = q.value(1).toLongLong();
                }
                if (q.exec(QStringLiteral(
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'reliability_marker'")) &&
                    q.next())
                    state.marker = q.value(0).toInt() == 1;
            }
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringBookingsLosesNothing()
    {
        const int rounds = Test::stressRounds(100);
        const quint32 seed = Test::reliabilitySeed();
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            // About 20 acknowledgements a round on average: room for every round's bookings.
            QVERIFY(Test::prepareSlots(**db, 40 * Test::stressFactor()));
        }

        QHash<Id, Acknowledged> acknowledged;
        int sound = 0;
        int finishedBeforeKill = 0;
        for (int round = 1; round <= rounds; ++round) {
            // A quarter of the rounds die without waiting for anything (during start, open or recovery),
            // the others after 1 to 40 acknowledgements, in the middle of the next booking.
            const int wanted = random.bounded(4) == 0 ? 0 : 1 + random.bounded(40);
            QProcess *worker =
                Test::startWorker(this, {QStringLiteral("book"), path, QString::number(round)});
            QVERIFY(worker->waitForStarted());
            QList<QByteArray> lines;
            int acks = 0;
            while (acks < wanted) {
                if (!Test::waitForLine(*worker, "A ", &lines))
                    break;
                ++acks;
            }
            worker->kill();
            QVERIFY(worker->waitForFinished(60000));
            if (worker->exitStatus() == QProcess::NormalExit)
                ++finishedBeforeKill;
            // Lines that reached the pipe before the kill were acknowledged too.
            while (worker->canReadLine())
                lines << worker->readLine().trimmed();
            lines << worker->readAll().trimmed();
            delete worker;
            for (const QByteArray &line : std::as_const(lines)) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "A") {
                    const Id slot = parts.at(2).toLongLong();
                    acknowledged.insert(parts.at(1).toLongLong(),
                                        Acknowledged{slot, QStringLiteral("Firma %1-%2").arg(round).arg(slot),
                                                     QStringLiteral("Thema %1").arg(slot)});
                } else {
                    QVERIFY2(line.isEmpty() || line == "done", line.constData());
                }
            }

            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : errorMessage(db.error())));
            auto problems = (*db)->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            QHash<Id, Acknowledged> stored;
            {
                Query q(**db,
                        QStringLiteral("SELECT b.id, b.slot_id, c.name, b.topic FROM booking b "
                                       "JOIN company c ON c.id = b.company_id WHERE b.status = 'booked'"));
                QVERIFY(q.exec().ok());
                while (q.next())
                    stored.insert(q.id(0), Acknowledged{q.id(1), q.text(2), q.text(3)});
            }
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const auto found = stored.constFind(it.key());
                QVERIFY2(
                    found != stored.cend(),
                    qPrintable(
                        QStringLiteral("round %1: acknowledged booking %2 lost").arg(round).arg(it.key())));
                QCOMPARE(found->slot, it->slot);
                QCOMPARE(found->company, it->company);
                QCOMPARE(found->topic, it->topic);
            }
            QCOMPARE(
                *scalar(**db, QStringLiteral("SELECT count(*) FROM (SELECT slot_id FROM booking WHERE "
                                             "status <> 'cancelled' GROUP BY slot_id HAVING count(*) > 1)")),
                qint64(0));
            ++sound;
        }
        qInfo(
            "kill -9 while booking, seed %u: %d rounds (%d ended by themselves), %lld bookings acknowledged, "
            "0 lost, 0 double bookings, integrity ok %d/%d",
            seed, rounds, finishedBeforeKill, qint64(acknowledged.size()), sound, rounds);
    }

    void killDuringMigrationLeavesOldOrNew()
    {
        const int rounds = Test::stressRounds(20);
        const quint32 seed = Test::reliabilitySeed();
        QRandomGenerator random(seed);
        const int oldVersion = currentSchemaVersion();
        const int newVersion = Test::slowMigrations().constLast().version;
        const qint64 companies = 30000;

        QTemporaryDir dir;
        const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
        {
            auto db = Database::open(pristine);
            QVERIFY(db.ok());
            Query q(**db,
                    QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                   "WHERE i < ?) INSERT INTO company (name, name_key, street) "
                                   "SELECT 'Firma ' || i, 'firma ' || i, printf('Weg %0120d', i) FROM n"));
            q.bind(companies);
            QVERIFY(q.exec().ok());
            // One file, no journal beside it: a plain copy of it is a sound starting point.
            QVERIFY(execute(**db, QStringLiteral("PRAGMA journal_mode = delete")).ok());
        }
        const QString path = dir.filePath(QStringLiteral("migrate.sqlite"));
        const auto cleanDirectory = [&dir, &pristine, &path] {
            const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            for (const QString &entry : entries) {
                const QString full = dir.filePath(entry);
                if (full != pristine)
                    QFile::remove(full);
            }
            return QFile::copy(pristine, path);
        };

        // One undisturbed run tells how long a migration takes here; the kills fall anywhere within it.
        QVERIFY(cleanDirectory());
        QElapsedTimer clock;
        clock.start();
        {
            QProcess *worker = Test::startWorker(this, {QStringLiteral("migrate"), path});
            QVERIFY(worker->waitForFinished(120000));
            QCOMPARE(worker->exitCode(), 0);
            QVERIFY(worker->readAllStandardOutput().startsWith("migrated " + QByteArray::number(newVersion)));
            delete worker;
        }
        const int span = int(qMax<qint64>(clock.elapsed(), 10));
        RawState done = readRaw(path);
        QCOMPARE(done.userVersion, newVersion);
        QCOMPARE(done.migratedCompanies, companies);

        int wholeOld = 0;
        int wholeNew = 0;
        int insideMigration = 0; // old, but the checked copy before the migration was complete
        int finishedBeforeKill = 0;
        for (int round = 1; round <= rounds; ++round) {
            QVERIFY(cleanDirectory());
            // Up to half as long again: a slower run must not escape the kill, a faster one may finish.
            const int delay = random.bounded(span + span / 2 + 1);
            QProcess *worker = Test::startWorker(this, {QStringLiteral("migrate"), path});
            QVERIFY(worker->waitForStarted());
            // The random moment of the kill is the scenario; the outcome is checked, not the timing.
            if (!worker->waitForFinished(delay)) {
                worker->kill();
                QVERIFY(worker->waitForFinished(60000));
            } else {
                ++finishedBeforeKill;
            }
            delete worker;
            const RawState state = readRaw(path);
            QVERIFY(state.opened);
            QCOMPARE(state.integrity, QStringLiteral("ok"));
            QCOMPARE(state.companies, companies);
            if (state.userVersion == oldVersion) {
                QCOMPARE(state.migratedCompanies, qint64(0));
                QVERIFY(!state.marker);
                ++wholeOld;
                const QStringList backups =
                    QDir(dir.path())
                        .entryList({QStringLiteral("migrate.before-v%1-*.sqlite").arg(newVersion)},
                                   QDir::Files);
                if (!backups.isEmpty())
                    ++insideMigration;
            } else {
                QCOMPARE(state.userVersion, newVersion);
                QCOMPARE(state.migratedCompanies, companies);
                QVERIFY(state.marker);
                ++wholeNew;
            }
            // The next start finishes what the killed one began.
            auto db = Database::open(path, [] {
                OpenOptions o;
                o.migrations = &Test::slowMigrations();
                return o;
            }());
            QVERIFY(db.ok());
            QCOMPARE((*db)->schemaVersion(), newVersion);
            QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM company WHERE website LIKE "
                                                  "'https://migrated.example/%'")),
                     companies);
        }
        qInfo(
            "kill -9 during a migration of %lld rows, seed %u: %d rounds, wholly old %d (%d of them killed "
            "after the backup, inside the migration), wholly new %d (%d finished before the kill), mixed 0, "
            "integrity ok %d/%d (one start with migration takes %d ms here)",
            companies, seed, rounds, wholeOld, insideMigration, wholeNew, finishedBeforeKill, rounds, rounds,
            span);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crashsafety.moc"
