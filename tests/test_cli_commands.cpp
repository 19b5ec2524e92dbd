// SPDX-License-Identifier: GPL-3.0-or-later
// The command table end to end: every command has its help, the overview lists them all; and the commands
// that do what the window does (product.md section 7b): day create, day cancel, briefing, doorsign.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "cli/Command.h"
#include "storage/Sql.h"

#include <QFile>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

QString firstSynopsisLine(const Cli::Command &command)
{
    return QString::fromUtf8(command.synopsis).section(QLatin1Char('\n'), 0, 0);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Run run(const QStringList &args, const QString &language = QStringLiteral("en"))
    {
        return runSprechtag(args, language);
    }

    QString demoFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        if (r.code != 0)
            qWarning("demo failed: %s", qPrintable(r.err));
        return path;
    }

    static Run on(const QString &path, const QStringList &args)
    {
        return run(QStringList{QStringLiteral("--database"), path} + args);
    }

    static QStringList daysIn(const QString &path, const QString &from, const QString &to)
    {
        return lines(
            on(path, {QStringLiteral("days"), QStringLiteral("--from"), from, QStringLiteral("--to"), to})
                .out);
    }

    static qint64 count(const QString &path, const QString &sql)
    {
        auto db = Database::open(path);
        if (!db)
            return -1;
        auto n = scalar(**db, sql);
        return n ? *n : -1;
    }

private Q_SLOTS:
    void everyCommandHasItsHelp()
    {
        QVERIFY(!Cli::commands().isEmpty());
        const Run overview = run({QStringLiteral("--help")});
        QCOMPARE(overview.code, 0);
        for (const Cli::Command *command : Cli::commands()) {
            const QString name = QString::fromLatin1(command->name);
            QCOMPARE(Cli::findCommand(name), command);
            QVERIFY2(overview.out.contains(firstSynopsisLine(*command)), command->name);
            QVERIFY2(overview.out.contains(QString::fromUtf8(command->summary)), command->name);
            for (const QStringList &args :
                 {QStringList{name, QStringLiteral("--help")}, QStringList{QStringLiteral("--help"), name}}) {
                const Run r = run(args);
                QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.err));
                QVERIFY2(r.out.contains(firstSynopsisLine(*command)), qPrintable(r.out));
                QVERIFY2(r.out.contains(QString::fromUtf8(command->summary)), qPrintable(r.out));
                if (*command->details)
                    QVERIFY2(r.out.contains(QString::fromUtf8(command->details)), qPrintable(r.out));
                QVERIFY(r.err.isEmpty());
            }
        }
        // A sub-command asks for its command's help; -h is --help.
        Run r = run({QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("day create --format NAME --date DATE")), qPrintable(r.out));
        r = run({QStringLiteral("privacy"), QStringLiteral("erase"), QStringLiteral("-h")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("privacy erase")));
        // The overview keeps its notes.
        QVERIFY(overview.out.contains(QLatin1String("Exit codes: 0 done, 1 wrong usage")));
        QVERIFY(overview.out.contains(QLatin1String("Default database: ")));
    }

    void unknownCommandsAreWrongUsage()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("frobnicate")},
                                        QStringList{QStringLiteral("frobnicate"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("Day"), QStringLiteral("create")},
                                        QStringList{QStringLiteral("day")},
                                        QStringList{QStringLiteral("day"), QStringLiteral("remove")}}) {
            const Run r = run(
                QStringList{QStringLiteral("--database"), m_dir.filePath(QStringLiteral("u.sqlite"))} + args);
            QVERIFY2(r.code == 1, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(!r.err.isEmpty());
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("u.sqlite"))));
    }

    void dayCreateMakesSeveralDays()
    {
        const QString path = demoFile(QStringLiteral("create.sqlite"));
        const QString location = QStringLiteral("Saal <b>Ü</b> & Co");
        Run r = on(path, {QStringLiteral("day"),          QStringLiteral("create"),
                          QStringLiteral("--format"),     QStringLiteral("website-check-sprechtag"),
                          QStringLiteral("--date"),       QStringLiteral("2024-07-04"),
                          QStringLiteral("--date"),       QStringLiteral("2024-07-11"),
                          QStringLiteral("--from"),       QStringLiteral("10:00"),
                          QStringLiteral("--to"),         QStringLiteral("12:00"),
                          QStringLiteral("--slot"),       QStringLiteral("30"),
                          QStringLiteral("--consultant"), QStringLiteral("frank michna@Raum 2.01"),
                          QStringLiteral("--consultant"), QStringLiteral("Thorsten Ising"),
                          QStringLiteral("--location"),   location});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList ids = lines(r.out);
        QCOMPARE(ids.size(), 2);
        for (const QString &id : ids)
            QVERIFY(id.toLongLong() > 0);
        const QStringList days = daysIn(path, QStringLiteral("2024-07-01"), QStringLiteral("2024-07-31"));
        QCOMPARE(days.size(), 2);
        for (const QString &line : days) {
            QVERIFY2(
                line.contains(QLatin1String("\tWebsite-Check-Sprechtag\t") + location + QLatin1Char('\t')),
                qPrintable(line));
            QVERIFY2(line.contains(QLatin1String("\t0/8\t")), qPrintable(line)); // 2 consultants x 4 slots
        }
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM day_consultant WHERE room = 'Raum 2.01'")),
                 qint64(2));

        // Without hours and slot length: the format's.
        r = on(path, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--format"),
                      QStringLiteral("Website-Check-Sprechtag"), QStringLiteral("--date"),
                      QStringLiteral("2024-08-01"), QStringLiteral("--consultant"),
                      QStringLiteral("Frank Michna")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(lines(r.out).size(), 1);
        QVERIFY2(daysIn(path, QStringLiteral("2024-08-01"), QStringLiteral("2024-08-01"))
                     .value(0)
                     .contains(QLatin1String("\t0/7\t")),
                 qPrintable(on(path, {QStringLiteral("days")}).out));

        // Names with umlauts and markup are taken literally, the room after the last @.
        const QString name = QStringLiteral("Jürgen Ünal <b>&</b>");
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(addConsultant(**db, name) != 0);
        }
        r = on(path, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--format"),
                      QStringLiteral("Social Media Sprechtag"), QStringLiteral("--date"),
                      QStringLiteral("2024-08-01"), QStringLiteral("--consultant"),
                      name + QStringLiteral("@Raum \"Ä\" <1>")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList sameDate = daysIn(path, QStringLiteral("2024-08-01"), QStringLiteral("2024-08-01"))
                                         .filter(QLatin1String("Social"));
        QCOMPARE(sameDate.size(), 1);
        const QString line = sameDate.first();
        QVERIFY2(line.contains(QLatin1String("\tSocial Media Sprechtag\t")) && line.contains(name),
                 qPrintable(line));
        QCOMPARE(
            count(path, QStringLiteral("SELECT count(*) FROM day_consultant WHERE room = 'Raum \"Ä\" <1>'")),
            qint64(1));
    }

    void dayCreateIsAllOrNothing()
    {
        const QString path = demoFile(QStringLiteral("allornothing.sqlite"));
        const QStringList before = daysIn(path, QStringLiteral("2021-01-01"), QStringLiteral("2030-12-31"));
        // 2024-05-23 has a Website-Check day already: the new 2024-09-05 before it must not stay either.
        Run r =
            on(path, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--format"),
                      QStringLiteral("Website-Check-Sprechtag"), QStringLiteral("--date"),
                      QStringLiteral("2024-09-05"), QStringLiteral("--date"), QStringLiteral("2024-05-23"),
                      QStringLiteral("--consultant"), QStringLiteral("Thorsten Ising")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("23.05.2024")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(daysIn(path, QStringLiteral("2021-01-01"), QStringLiteral("2030-12-31")), before);

        // A consultant in two places at once: refused, nothing created.
        r = on(path, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--format"),
                      QStringLiteral("Website-Check-Sprechtag"), QStringLiteral("--date"),
                      QStringLiteral("2024-09-05"), QStringLiteral("--date"), QStringLiteral("2021-03-25"),
                      QStringLiteral("--consultant"), QStringLiteral("Frank Michna")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("Frank Michna")), qPrintable(r.err));
        QCOMPARE(daysIn(path, QStringLiteral("2021-01-01"), QStringLiteral("2030-12-31")), before);

        // Wrong usage and what is not there.
        const QStringList base{QStringLiteral("day"), QStringLiteral("create")};
        QCOMPARE(on(path, base + QStringList{QStringLiteral("--date"), QStringLiteral("2024-09-05")}).code,
                 1);
        QCOMPARE(on(path,
                    base + QStringList{QStringLiteral("--format"), QStringLiteral("Website-Check-Sprechtag")})
                     .code,
                 1);
        QCOMPARE(
            on(path, base + QStringList{QStringLiteral("--format"), QStringLiteral("Website-Check-Sprechtag"),
                                        QStringLiteral("--date"), QStringLiteral("2024-09-05"),
                                        QStringLiteral("--date"), QStringLiteral("05.09.2024")})
                .code,
            1);
        QCOMPARE(
            on(path, base + QStringList{QStringLiteral("--format"), QStringLiteral("Website-Check-Sprechtag"),
                                        QStringLiteral("--date"), QStringLiteral("2024-09-05"),
                                        QStringLiteral("--from"), QStringLiteral("25:00")})
                .code,
            1);
        r = on(path, base + QStringList{QStringLiteral("--format"), QStringLiteral("Gibt <es> nicht"),
                                        QStringLiteral("--date"), QStringLiteral("2024-09-05")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("Gibt <es> nicht")), qPrintable(r.err));
        r = on(path, base + QStringList{QStringLiteral("--format"), QStringLiteral("Website-Check-Sprechtag"),
                                        QStringLiteral("--date"), QStringLiteral("2024-09-05"),
                                        QStringLiteral("--consultant"), QStringLiteral("Jürgen Niemand")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Jürgen Niemand")), qPrintable(r.err));
        QCOMPARE(daysIn(path, QStringLiteral("2021-01-01"), QStringLiteral("2030-12-31")), before);
    }

    void dayCancelListsAndCancelsTheBookings()
    {
        const QString path = demoFile(QStringLiteral("cancel.sqlite"));
        const qint64 active =
            count(path, QStringLiteral("SELECT count(*) FROM booking b JOIN slot s ON s.id = "
                                       "b.slot_id WHERE s.date = '2021-03-25' AND b.status <> "
                                       "'cancelled'"));
        QVERIFY(active > 0);
        Run r = on(path, {QStringLiteral("day"), QStringLiteral("cancel"), QStringLiteral("--date"),
                          QStringLiteral("2021-03-25"), QStringLiteral("--reason"),
                          QStringLiteral("Krank <heute>")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList listed = lines(r.out);
        QCOMPARE(listed.size(), active);
        for (const QString &line : listed) {
            QCOMPARE(line.split(QLatin1Char('\t')).size(), 4);
            QVERIFY(line.section(QLatin1Char('\t'), 0, 0).toLongLong() > 0);
        }
        QCOMPARE(count(path, QStringLiteral("SELECT count(*) FROM booking WHERE status = 'cancelled' AND "
                                            "cancel_reason = 'Krank <heute>'")),
                 active);
        const QStringList days = daysIn(path, QStringLiteral("2021-03-25"), QStringLiteral("2021-03-25"));
        QCOMPARE(days.size(), 1);
        QVERIFY2(days.first().endsWith(QLatin1String("\tcancelled")), qPrintable(days.first()));
        QVERIFY2(days.first().contains(QLatin1String("\t0/14\t")), qPrintable(days.first()));

        // No day on that date.
        r = on(path, {QStringLiteral("day"), QStringLiteral("cancel"), QStringLiteral("--date"),
                      QStringLiteral("2021-03-26")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
    }

    void dayCancelRefusesAnAmbiguousDate()
    {
        const QString path = demoFile(QStringLiteral("ambiguous.sqlite"));
        // A second day on 2021-03-25, of the other format, after the first one ends (nobody in two places).
        Run r = on(path, {QStringLiteral("day"), QStringLiteral("create"), QStringLiteral("--format"),
                          QStringLiteral("Website-Check-Sprechtag"), QStringLiteral("--date"),
                          QStringLiteral("2021-03-25"), QStringLiteral("--from"), QStringLiteral("16:00"),
                          QStringLiteral("--to"), QStringLiteral("18:00"), QStringLiteral("--consultant"),
                          QStringLiteral("Frank Michna")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList before = daysIn(path, QStringLiteral("2021-03-25"), QStringLiteral("2021-03-25"));
        QCOMPARE(before.size(), 2);
        r = on(path, {QStringLiteral("day"), QStringLiteral("cancel"), QStringLiteral("--date"),
                      QStringLiteral("2021-03-25")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("--format")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Social Media Sprechtag")), qPrintable(r.err));
        QCOMPARE(daysIn(path, QStringLiteral("2021-03-25"), QStringLiteral("2021-03-25")), before);

        // With --format only that day is called off.
        r = on(path, {QStringLiteral("day"), QStringLiteral("cancel"), QStringLiteral("--date"),
                      QStringLiteral("2021-03-25"), QStringLiteral("--format"),
                      QStringLiteral("website-check-sprechtag")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // it had no bookings
        QVERIFY2(r.err.contains(QLatin1String("Website-Check-Sprechtag")), qPrintable(r.err));
        const QStringList after = daysIn(path, QStringLiteral("2021-03-25"), QStringLiteral("2021-03-25"));
        QCOMPARE(after.size(), 2);
        for (const QString &line : after)
            QCOMPARE(line.endsWith(QLatin1String("\tcancelled")),
                     line.contains(QLatin1String("Website-Check")));
    }

    void briefingAndDoorSignWritePdfs_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("briefing") << QStringList{QStringLiteral("briefing")};
        QTest::newRow("briefing of one consultant") << QStringList{
            QStringLiteral("briefing"), QStringLiteral("--consultant"), QStringLiteral("frank michna")};
        QTest::newRow("doorsign") << QStringList{QStringLiteral("doorsign")};
        QTest::newRow("doorsign with companies")
            << QStringList{QStringLiteral("doorsign"), QStringLiteral("--with-companies")};
    }

    void briefingAndDoorSignWritePdfs()
    {
        QFETCH(QStringList, command);
        const QString path = demoFile(QStringLiteral("documents-%1.sqlite")
                                          .arg(QString::fromUtf8(QTest::currentDataTag()))
                                          .replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString pdf = m_dir.filePath(QStringLiteral("Blätter <%1> & Co.pdf").arg(command.first()));
        const QStringList day{QStringLiteral("--date"), QStringLiteral("2021-03-25")};
        Run r = on(path, command + day + QStringList{QStringLiteral("--output"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(isPdf(pdf));
        QVERIFY2(r.err.contains(QLatin1String("Social Media Sprechtag")), qPrintable(r.err));

        // The output gate: never onto the database itself; no other type than PDF.
        const QByteArray hash = fileHash(path);
        r = on(path, command + day + QStringList{QStringLiteral("--output"), path});
        QCOMPARE(r.code, 2);
        QCOMPARE(fileHash(path), hash);
        r = on(path, command + day +
                         QStringList{QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.txt"))});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.txt"))));
        // No day on that date; wrong usage.
        r = on(path,
               command + QStringList{QStringLiteral("--date"), QStringLiteral("2021-03-26"),
                                     QStringLiteral("--output"), m_dir.filePath(QStringLiteral("none.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.pdf"))));
        QCOMPARE(on(path, command + QStringList{QStringLiteral("--output"), pdf}).code, 1);
        QCOMPARE(on(path, command + day).code, 1);
        QCOMPARE(
            on(path, command + day + QStringList{QStringLiteral("--output"), pdf, QStringLiteral("extra")})
                .code,
            1);
    }

    void briefingOfAConsultantNotOnTheDayIsRefused()
    {
        const QString path = demoFile(QStringLiteral("briefing-absent.sqlite"));
        const QString pdf = m_dir.filePath(QStringLiteral("absent.pdf"));
        Run r = on(path, {QStringLiteral("briefing"), QStringLiteral("--date"), QStringLiteral("2021-03-25"),
                          QStringLiteral("--consultant"), QStringLiteral("Niemand Bekannt"),
                          QStringLiteral("--output"), pdf});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("Niemand Bekannt")));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
