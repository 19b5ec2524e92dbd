// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 3: another process holds the write lock for 3 s, then for 7 s, while
// `sprechtag book` runs with the default busy timeout of 5 s. The first booking waits and succeeds; the
// second gives up with the German "in use by another workstation" sentence, exit code 3, nothing written.
#include "ReliabilitySupport.h"

using namespace Sprechtag;

namespace {

struct Counts
{
    qint64 bookings = -1;
    qint64 companies = -1;
    qint64 contacts = -1;

    bool operator==(const Counts &) const = default;
};

Counts counts(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return {};
    const auto count = [&db](const char *table) {
        auto n = scalar(**db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        return n ? *n : -1;
    };
    return {count("booking"), count("company"), count("contact")};
}

struct Run
{
    int code = -1;
    QString err;
    qint64 ms = 0; // how long the command ran, for the report only
};

} // namespace

class TestLockWait : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // `sprechtag book` in German, with the default busy timeout.
    Run book(const QString &time, const QString &company)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SPRECHTAG_EXE),
                  {QStringLiteral("--language=de"), QStringLiteral("--database"), m_path,
                   QStringLiteral("book"), QStringLiteral("--date"), QStringLiteral("2027-03-01"),
                   QStringLiteral("--time"), time, QStringLiteral("--consultant"),
                   QStringLiteral("Berater 0"), QStringLiteral("--company"), company,
                   QStringLiteral("--last-name"), QStringLiteral("Wartemann")});
        Run r;
        if (!cli.waitForFinished(60000))
            return r;
        r.code = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
        r.err = QString::fromUtf8(cli.readAllStandardError());
        return r;
    }

    // Takes the lock in a second process for `holdMs`, then books 2027-03-01 `time` through the command
    // line as soon as the holder says it has the lock.
    Run bookWhileLocked(int holdMs, const QString &time, const QString &company)
    {
        std::unique_ptr<QProcess> holder(
            Test::startWorker(nullptr, {QStringLiteral("hold"), m_path, QString::number(holdMs)}));
        Run r;
        if (!Test::waitForLine(*holder, "locked", nullptr)) {
            qWarning("the holder never took the lock: %s", holder->readAllStandardError().constData());
            return r;
        }
        QElapsedTimer clock;
        clock.start();
        r = book(time, company);
        r.ms = clock.elapsed();
        // The holder lets go on its own after holdMs.
        if (!holder->waitForFinished(60000) || holder->exitCode() != 0)
            r.code = -3;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("lock.sqlite"));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QVERIFY(Test::prepareSlots(**db, 1));
    }

    void lockHeldThreeSecondsWaitsAndBooks()
    {
        const int rounds = Test::stressRounds(1);
        for (int round = 0; round < rounds; ++round) {
            const Counts before = counts(m_path);
            const QString company = QStringLiteral("Geduld GmbH %1").arg(round);
            const Run r = bookWhileLocked(
                3000, QStringLiteral("%1:00").arg(8 + round % 10, 2, 10, QLatin1Char('0')), company);
            QVERIFY2(r.code == 0, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
            qInfo("round %d: the booking came through after %lld ms", round + 1, r.ms);
            const Counts after = counts(m_path);
            QCOMPARE(after.bookings, before.bookings + 1);
            QCOMPARE(after.companies, before.companies + 1);
            QCOMPARE(after.contacts, before.contacts + 1);
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            QCOMPARE(
                *scalar(**db,
                        QStringLiteral("SELECT count(*) FROM booking b JOIN company c ON c.id = b.company_id "
                                       "WHERE c.name = ?"),
                        {company}),
                qint64(1));
            // The next round books a slot of another consultant; free the hour again for it.
            QVERIFY(execute(**db, QStringLiteral("UPDATE booking SET status = 'cancelled'")).ok());
        }
        qInfo("lock held 3 s: %d/%d bookings waited and succeeded", rounds, rounds);
    }

    void lockHeldSevenSecondsGivesUpWithMessage()
    {
        const int rounds = Test::stressRounds(1);
        for (int round = 0; round < rounds; ++round) {
            const Counts before = counts(m_path);
            const Run r = bookWhileLocked(7000, QStringLiteral("12:00"), QStringLiteral("Zu spät GmbH"));
            QCOMPARE(r.code, 3);
            qInfo("round %d: refused after %lld ms: %s", round + 1, r.ms,
                  qUtf8Printable(r.err.trimmed().section(QLatin1Char('\n'), -1)));
            QVERIFY2(r.err.contains(
                         QStringLiteral("Die Datenbank wird gerade von einem anderen Arbeitsplatz benutzt")),
                     qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("nichts geändert")), qPrintable(r.err));
            QVERIFY(counts(m_path) == before);
        }
        // Once the lock is gone, the same booking goes through.
        const Counts before = counts(m_path);
        const Run r = book(QStringLiteral("12:00"), QStringLiteral("Zu spät GmbH"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(counts(m_path).bookings, before.bookings + 1);
        qInfo("lock held 7 s: %d/%d bookings refused after the 5 s timeout with the message, nothing written",
              rounds, rounds);
    }
};

QTEST_GUILESS_MAIN(TestLockWait)
#include "test_lockwait.moc"
