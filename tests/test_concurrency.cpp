// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 2: several processes book the same slots at once. Exactly one winner per slot,
// no double booking, no unexpected error.
#include "ReliabilitySupport.h"

#include "storage/Sql.h"

#include <QHash>
#include <QProcess>

using namespace Sprechtag;

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    // 10 consultants x 10 one-hour slots x 10 days = 1,000 slots.
    static QString prepare(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("race.sqlite"));
        auto db = Database::open(path);
        if (!db)
            return {};
        const Id format = Test::addFormat(**db, QStringLiteral("Rennen"));
        QList<Id> consultants;
        for (int i = 0; i < 10; ++i)
            consultants << Test::addConsultant(**db, QStringLiteral("Berater %1").arg(i));
        DayService days(**db);
        for (int d = 0; d < 10; ++d) {
            ConsultationDay day = Test::makeDay(format, QDate(2027, 3, 1).addDays(d), consultants);
            day.hours = {8 * 60, 18 * 60};
            if (!days.create(day))
                return {};
        }
        return path;
    }

    void race(int processes)
    {
        QTemporaryDir dir;
        const QString path = prepare(dir);
        QVERIFY(!path.isEmpty());
        QList<QProcess *> workers;
        for (int i = 0; i < processes; ++i) {
            auto *p = new QProcess(this);
            p->setProcessChannelMode(QProcess::SeparateChannels);
            workers << p;
        }
        // Start all, then collect: they really run at the same time.
        for (int i = 0; i < processes; ++i)
            workers.at(i)->start(QStringLiteral(BOOK_WORKER), {path, QString::number(i + 1)});
        QHash<qint64, int> winners;
        int taken = 0;
        QStringList unexpected;
        for (QProcess *p : workers) {
            QVERIFY(p->waitForStarted());
            QVERIFY(p->waitForFinished(240000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QCOMPARE(p->exitCode(), 0);
            const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("W "))
                    winners[line.split(' ').at(1).toLongLong()] += 1;
                else if (line.startsWith("T "))
                    ++taken;
                else if (!line.isEmpty())
                    unexpected << QString::fromUtf8(line);
            }
            delete p;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(winners.size(), 1000);
        for (auto it = winners.cbegin(); it != winners.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(taken, 1000 * (processes - 1));

        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'")),
                 qint64(1000));
        QCOMPARE(*scalar(**db,
                         QStringLiteral("SELECT count(*) FROM (SELECT slot_id FROM booking "
                                        "WHERE status <> 'cancelled' GROUP BY slot_id HAVING count(*) > 1)")),
                 qint64(0));
        QVERIFY((*db)->check()->isEmpty());
        qInfo("%d processes: 1000 slots, 1000 winners, %d refused as taken, 0 double bookings, 0 errors",
              processes, taken);
    }

private Q_SLOTS:
    // SPRECHTAG_STRESS=n runs each race n times, each on a fresh file.
    void twoProcessesOneWinnerPerSlot()
    {
        for (int round = 0; round < Test::stressFactor() && !QTest::currentTestFailed(); ++round)
            race(2);
    }
    void fourProcessesOneWinnerPerSlot()
    {
        for (int round = 0; round < Test::stressFactor() && !QTest::currentTestFailed(); ++round)
            race(4);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "test_concurrency.moc"
