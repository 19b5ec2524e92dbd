// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 5: Database::backupTo 50 times while another process books and cancels without
// pause; every copy opens as a Sprechtag database and passes integrity_check.
// reliability.md test 19: 50 restores while two processes book without pause; every acknowledged booking
// is afterwards in the live file or in one of the safety copies.
// reliability.md test 21: kill -9 during backups; no copy or temporary file is ever readable by others,
// the next backup leaves nothing behind, the list names no missing copy; rotation under a clock that
// jumped forward and back keeps the copy just made.
#include "ReliabilitySupport.h"

#include "backup/Backups.h"

#include <QDirIterator>
#include <QSet>

using namespace Sprechtag;

namespace {

// Every file in `folder` (hidden ones too) that the group or others could read or write.
QStringList exposedFiles(const QString &folder)
{
    QStringList out;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const int mode = Test::fileMode(entry.absoluteFilePath());
        if (mode >= 0 && (mode & 077) != 0)
            out << QStringLiteral("%1 (%2)").arg(entry.fileName()).arg(mode, 4, 8, QLatin1Char('0'));
    }
    return out;
}

// What is in `folder` that is not a finished copy: temporary names and their side files.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QStringList{QStringLiteral(".*")},
                                  QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// (booking id, company name) of every booking in the file.
QSet<QString> bookingsIn(const QString &path)
{
    QSet<QString> out;
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    auto db = Database::open(path, readOnly);
    if (!db)
        return out;
    Query q(**db, QStringLiteral("SELECT b.id, c.name FROM booking b JOIN company c ON c.id = b.company_id"));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(QString::number(q.id(0)) + QLatin1Char(' ') + q.text(1));
    return out;
}

} // namespace

class TestLiveBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A group- or world-readable moment must show, whatever umask the test runs with.
        ::umask(022);
    }

    void restoresUnderWriteLoadLoseNoAcknowledgedBooking()
    {
        const int rounds = Test::stressRounds(50);
        const quint32 seed = Test::reliabilitySeed();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Test::prepareSlots(**db, 2));
        BackupPolicy keepAll;
        keepAll.beforeRestore = 1000000;
        keepAll.manual = 1000000;
        const Backups backups(path, keepAll);
        auto base = backups.create(**db, BackupKind::Manual, QDateTime(QDate(2027, 2, 1), QTime(8, 0)));
        QVERIFY(base.ok());

        const int writerCount = 2;
        std::vector<std::unique_ptr<QProcess>> writers;
        QList<QByteArray> output(writerCount);
        for (int w = 0; w < writerCount; ++w) {
            writers.emplace_back(Test::startWorker(
                nullptr, {QStringLiteral("load"), path, QString::number(seed + quint32(w))}));
            QList<QByteArray> first;
            QVERIFY(Test::waitForLine(*writers.back(), "A ", &first));
            output[w] = first.join('\n') + '\n';
        }

        QStringList safetyCopies;
        for (int round = 0; round < rounds; ++round) {
            auto safety = backups.restore(**db, *base, QDateTime(QDate(2027, 2, 2), QTime(9, 0)));
            QVERIFY2(safety.ok(),
                     qPrintable(safety.ok() ? QString()
                                            : errorMessage(safety.error()) + safety.error().nativeCode +
                                                  QString::number(round)));
            safetyCopies << *safety;
            for (int w = 0; w < writerCount; ++w) {
                writers[w]->waitForReadyRead(0);
                output[w] += writers[w]->readAllStandardOutput();
            }
        }
        for (int w = 0; w < writerCount; ++w) {
            QCOMPARE(writers[w]->state(), QProcess::Running);
            writers[w]->kill();
            QVERIFY(writers[w]->waitForFinished(60000));
            output[w] += writers[w]->readAllStandardOutput();
        }

        // Line n of a writer is its n-th attempt: an acknowledged booking of company "Last SEED-n".
        QStringList acknowledged;
        int refusals = 0;
        for (int w = 0; w < writerCount; ++w) {
            QList<QByteArray> lines = output[w].split('\n');
            if (!output[w].endsWith('\n'))
                lines.removeLast(); // cut off by the kill
            for (qsizetype n = 0; n < lines.size(); ++n) {
                const QList<QByteArray> parts = lines.at(n).split(' ');
                if (parts.value(0) == "A")
                    acknowledged << QStringLiteral("%1 Last %2-%3")
                                        .arg(QString::fromLatin1(parts.value(1)))
                                        .arg(seed + quint32(w))
                                        .arg(n);
                else if (parts.value(0) == "E")
                    ++refusals;
            }
        }
        QSet<QString> kept = bookingsIn(path);
        int onlyInSafetyCopies = 0;
        const QSet<QString> live = kept;
        for (const QString &copy : std::as_const(safetyCopies))
            kept.unite(bookingsIn(copy));
        QStringList lost;
        for (const QString &booking : std::as_const(acknowledged)) {
            if (!kept.contains(booking))
                lost << booking;
            else if (!live.contains(booking))
                ++onlyInSafetyCopies;
        }
        qInfo("restores under write load (%d writers, seed %u): %d; acknowledged bookings lost: %lld of %lld "
              "(%d of them kept only in a safety copy; %d writes refused meanwhile, none acknowledged)",
              writerCount, seed, rounds, qsizetype(lost.size()), qsizetype(acknowledged.size()),
              onlyInSafetyCopies, refusals);
        QVERIFY2(lost.isEmpty(), qPrintable(lost.mid(0, 10).join(QStringLiteral("; "))));
        QVERIFY(acknowledged.size() > rounds);
    }

    void killedBackupsLeakNothingAndLeaveNothing()
    {
        const int rounds = Test::stressRounds(30);
        const quint32 seed = Test::reliabilitySeed();
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Test::prepareSlots(**db, 3));
        const Backups backups(path);
        QVERIFY(Backups::ensureFolder(path).ok());

        // An undisturbed worker tells how long one backup takes here (from its second to its fourth).
        int perBackup = 2;
        {
            QProcess *worker = Test::startWorker(this, {QStringLiteral("backups"), path});
            QVERIFY(Test::waitForLine(*worker, "B ", nullptr));
            QElapsedTimer clock;
            clock.start();
            QVERIFY(Test::waitForLine(*worker, "B ", nullptr));
            QVERIFY(Test::waitForLine(*worker, "B ", nullptr));
            perBackup = int(qMax<qint64>(clock.elapsed() / 2, 2));
            worker->kill();
            QVERIFY(worker->waitForFinished(60000));
            delete worker;
        }

        int exposedMoments = 0;
        QStringList exposedExamples;
        int scans = 0;
        int leftoversAfterNext = 0;
        int killedWithLeftovers = 0;
        int missingListed = 0;
        const auto scan = [&] {
            ++scans;
            const QStringList exposed = exposedFiles(backups.folder());
            if (!exposed.isEmpty()) {
                ++exposedMoments;
                if (exposedExamples.size() < 3)
                    exposedExamples << exposed;
            }
        };
        for (int round = 1; round <= rounds; ++round) {
            QProcess *worker = Test::startWorker(this, {QStringLiteral("backups"), path});
            QVERIFY(worker->waitForStarted());
            // The random moment of the kill is the scenario (after 0 to 2 finished copies, anywhere in the
            // next one); the folder is looked at all the while.
            const int wanted = random.bounded(3);
            const int delay = random.bounded(perBackup + perBackup / 4 + 1);
            int finished = 0;
            while (finished < wanted && worker->state() == QProcess::Running) {
                scan();
                worker->waitForReadyRead(0);
                while (worker->canReadLine())
                    finished += worker->readLine().startsWith("B ") ? 1 : 0;
            }
            QElapsedTimer waited;
            waited.start();
            while (waited.elapsed() < delay && worker->state() == QProcess::Running)
                scan();
            worker->kill();
            QVERIFY(worker->waitForFinished(60000));
            delete worker;
            scan();
            if (!leftovers(backups.folder()).isEmpty())
                ++killedWithLeftovers;

            // The next backup clears what the killed one left.
            auto next = backups.create(**db, BackupKind::Manual, QDateTime::currentDateTime());
            QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : errorMessage(next.error())));
            scan();
            const QStringList left = leftovers(backups.folder());
            leftoversAfterNext += int(left.size());
            for (const BackupInfo &b : backups.list()) {
                if (!QFileInfo::exists(b.path) || !Backups::inspect(b.path).ok())
                    ++missingListed;
            }
        }
        // On start, too: the daily check removes a killed copy's leftovers even when no copy is due.
        QVERIFY(backups.dailyBackupIfDue(**db, QDate::currentDate()).ok());
        const QString stale = backups.folder() + QStringLiteral("/.live_x.sqlite.part-0123456789abcdef");
        for (const QString &name : {stale, stale + QStringLiteral("-journal")}) {
            QFile f(name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto due = backups.dailyBackupIfDue(**db, QDate::currentDate());
        QVERIFY(due.ok());
        QVERIFY(due->isEmpty());
        const int leftAfterStart = int(leftovers(backups.folder()).size());

        qInfo("kill -9 during backups, seed %u: %d rounds (%d left temporary files), %d looks at the folder: "
              "moments a copy or temporary file was readable by others %d; leftovers after the next backup "
              "%d, after the start check %d; listed copies missing or unusable %d",
              seed, rounds, killedWithLeftovers, scans, exposedMoments, leftoversAfterNext, leftAfterStart,
              missingListed);
        QVERIFY2(exposedMoments == 0, qPrintable(exposedExamples.join(QStringLiteral(", "))));
        QCOMPARE(leftoversAfterNext, 0);
        QCOMPARE(leftAfterStart, 0);
        QCOMPARE(missingListed, 0);
        QVERIFY(backups.list().size() <= BackupPolicy{}.manual + 1);
    }

    void rotationFollowsTheOrderOfMakingNotTheClock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clock.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        BackupPolicy policy;
        policy.manual = 3;
        const Backups backups(path, policy);
        const QDateTime now(QDate(2027, 6, 1), QTime(12, 0));
        // Made in this order; the clock jumps a year ahead, then back to before the newest copy, then
        // to before all of them.
        const QList<QDateTime> clocks{now,
                                      now.addSecs(60),
                                      now.addSecs(120),
                                      now.addYears(1),
                                      now.addYears(1).addSecs(60),
                                      now.addDays(-1),
                                      now.addSecs(90),
                                      now.addYears(-2)};
        QStringList made;
        int keptJustMade = 0;
        int rightSet = 0;
        for (const QDateTime &clock : clocks) {
            auto copy = backups.create(**db, BackupKind::Manual, clock);
            QVERIFY(copy.ok());
            made << *copy;
            const QList<BackupInfo> list = backups.list();
            if (!list.isEmpty() && list.first().path == *copy && QFileInfo::exists(*copy))
                ++keptJustMade;
            // The copies kept are the three made last, newest first.
            QStringList listed;
            for (const BackupInfo &b : list)
                listed << b.path;
            QStringList expected = made.mid(std::max<qsizetype>(0, made.size() - 3));
            std::reverse(expected.begin(), expected.end());
            if (listed == expected)
                ++rightSet;
        }
        qInfo("backups under a clock set a year ahead and back (before the newest copy): rotation kept the "
              "copy just made %d/%lld times and the right %d copies %d/%lld times",
              keptJustMade, qsizetype(clocks.size()), policy.manual, rightSet, qsizetype(clocks.size()));
        QCOMPARE(keptJustMade, int(clocks.size()));
        QCOMPARE(rightSet, int(clocks.size()));
    }

    void backupsWhileWriterRuns()
    {
        const int rounds = Test::stressRounds(50);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(Test::prepareSlots(**db, 2));

        std::unique_ptr<QProcess> writer(Test::startWorker(
            nullptr, {QStringLiteral("churn"), path, QString::number(Test::reliabilitySeed())}));
        // Start copying only once the writer is really writing.
        QList<QByteArray> firstLines;
        QVERIFY(Test::waitForLine(*writer, "A ", &firstLines));
        // Drained after every copy so that the writer never blocks on a full pipe.
        QByteArray output = firstLines.join('\n') + '\n';

        int sound = 0;
        qint64 previousCount = -1;
        int differentCopies = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString target = dir.filePath(QStringLiteral("backups/copy-%1.sqlite").arg(round));
            Status s = (*db)->backupTo(target);
            QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : errorMessage(s.error())));
            QCOMPARE(Test::fileMode(target), 0600);
            OpenOptions readOnly;
            readOnly.readOnly = true;
            readOnly.create = false;
            auto copy = Database::open(target, readOnly);
            QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : errorMessage(copy.error())));
            QCOMPARE((*copy)->schemaVersion(), currentSchemaVersion());
            auto problems = (*copy)->check();
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            // The unique index holds in the copy as well.
            QCOMPARE(*scalar(**copy,
                             QStringLiteral("SELECT count(*) FROM (SELECT slot_id FROM booking WHERE "
                                            "status <> 'cancelled' GROUP BY slot_id HAVING count(*) > 1)")),
                     qint64(0));
            const qint64 count = *scalar(**copy, QStringLiteral("SELECT count(*) FROM booking"));
            if (count != previousCount)
                ++differentCopies;
            previousCount = count;
            ++sound;
            // Keep the folder small: each copy has been checked.
            copy = Error{};
            QVERIFY(QFile::remove(target));
            writer->waitForReadyRead(0);
            output += writer->readAllStandardOutput();
        }
        QCOMPARE(writer->state(), QProcess::Running);
        writer->kill();
        QVERIFY(writer->waitForFinished(60000));
        int writes = 0;
        output += writer->readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("A ") || line.startsWith("C "))
                ++writes;
            else
                QVERIFY2(line.isEmpty(), line.constData());
        }
        // Nothing but the copies' own temporary names may be left over: none at all.
        QCOMPARE(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden).size(),
                 0);
        qInfo("backup while a writer runs: copies passing integrity_check %d/%d; the writer committed %d "
              "bookings and cancellations meanwhile; %d copies differed from the one before",
              sound, rounds, writes, differentCopies);
    }
};

QTEST_GUILESS_MAIN(TestLiveBackup)
#include "test_livebackup.moc"
