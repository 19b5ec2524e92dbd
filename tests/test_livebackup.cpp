// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 5: Database::backupTo 50 times while another process books and cancels without
// pause; every copy opens as a Sprechtag database and passes integrity_check.
#include "ReliabilitySupport.h"

using namespace Sprechtag;

class TestLiveBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
