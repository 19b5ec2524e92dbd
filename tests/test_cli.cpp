// SPDX-License-Identifier: GPL-3.0-or-later
// The command line end to end (product.md section 7): exit codes, messages on stderr, results on stdout,
// bad files left byte for byte as they were.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "storage/CompanyRepository.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString dbPath(const QString &name) const { return m_dir.filePath(name); }

    static Run run(const QStringList &args, const QString &language = QStringLiteral("en"))
    {
        return runSprechtag(args, language);
    }

    QString demoFile(const QString &name)
    {
        const QString path = dbPath(name);
        const Run r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        if (r.code != 0)
            qWarning("demo failed: %s", qPrintable(r.err));
        return path;
    }

    static QStringList bookArgs(const QString &path, const QString &time, const QString &company)
    {
        return {QStringLiteral("--database"),
                path,
                QStringLiteral("book"),
                QStringLiteral("--date"),
                QStringLiteral("2021-03-25"),
                QStringLiteral("--time"),
                time,
                QStringLiteral("--consultant"),
                QStringLiteral("frank michna"),
                QStringLiteral("--company"),
                company};
    }

private Q_SLOTS:
    void helpAndVersionWork()
    {
        Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("book --date DATE")));
        QVERIFY2(r.out.contains(QLatin1String("Commands:")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Befehle")));
        r = run({QStringLiteral("--help")}, QStringLiteral("de"));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Befehle")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Commands:")));
        // The German help names the same commands and options.
        for (const char *command : {"demo", "days", "book --date", "cancel ID", "letters", "schedule --date",
                                    "export", "backup --output", "check"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        r = run({QStringLiteral("-h")}, QStringLiteral("de"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Befehle")));

        // --version prints exactly the project version, whatever the language.
        const QString version = QStringLiteral("Sprechtag " SPRECHTAG_VERSION "\n");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            r = run({QStringLiteral("--version")}, language);
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, version);
            r = run({QStringLiteral("-v")}, language);
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out, version);
        }
    }

    void wrongUsageExitsWithOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("days"), QStringLiteral("--colour")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("days"), QStringLiteral("--from"),
                                                 QStringLiteral("25.03.2021")};
        QTest::newRow("book without company")
            << QStringList{QStringLiteral("book"),   QStringLiteral("--date"), QStringLiteral("2021-03-25"),
                           QStringLiteral("--time"), QStringLiteral("10:00"),  QStringLiteral("--consultant"),
                           QStringLiteral("x")};
        QTest::newRow("bad time") << QStringList{
            QStringLiteral("book"),   QStringLiteral("--date"),    QStringLiteral("2021-03-25"),
            QStringLiteral("--time"), QStringLiteral("25:70"),     QStringLiteral("--consultant"),
            QStringLiteral("x"),      QStringLiteral("--company"), QStringLiteral("y")};
        QTest::newRow("cancel without id") << QStringList{QStringLiteral("cancel")};
        QTest::newRow("cancel with word") << QStringList{QStringLiteral("cancel"), QStringLiteral("abc")};
        QTest::newRow("option without value")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--output")};
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("days")};
    }

    void wrongUsageExitsWithOne()
    {
        QFETCH(QStringList, args);
        const QString path = dbPath(QStringLiteral("usage.sqlite"));
        const Run r = run(QStringList{QStringLiteral("--database"), path} + args);
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void demoLoadsTheExampleOnce()
    {
        const QString path = dbPath(QStringLiteral("demo.sqlite"));
        Run r = run({QStringLiteral("--database"), path, QStringLiteral("demo")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--database"), path, QStringLiteral("days")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QLatin1String("2021-03-25\tSocial Media Sprechtag\t")));
        QVERIFY(lines.at(0).contains(QLatin1String("Thorsten Ising, Frank Michna")));
        QVERIFY(lines.at(0).contains(QLatin1String("\t3/14\t")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("2024-05-23\tWebsite-Check-Sprechtag")));
        QVERIFY(lines.at(2).startsWith(QLatin1String("2024-06-13\tWebsite-Check-Sprechtag")));
        r = run({QStringLiteral("--database"), path, QStringLiteral("days"), QStringLiteral("--from"),
                 QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-05-31")});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
        r = run({QStringLiteral("--database"), path, QStringLiteral("demo")}, QStringLiteral("de"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Datenbank")), qPrintable(r.err));
    }

    void bookPrintsIdAndRefusesTakenSlot()
    {
        const QString path = demoFile(QStringLiteral("book.sqlite"));
        Run r = run(bookArgs(path, QStringLiteral("12:00"), QStringLiteral("Müller & Söhne <b>GmbH</b>")) +
                    QStringList{QStringLiteral("--salutation"), QStringLiteral("Frau"),
                                QStringLiteral("--last-name"), QStringLiteral("Özdemir"),
                                QStringLiteral("--topic"), QStringLiteral("=SUMME(A1)")});
        QCOMPARE(r.code, 0);
        bool ok = false;
        const qint64 id = r.out.trimmed().toLongLong(&ok);
        QVERIFY2(ok && id > 0, qPrintable(r.out));

        r = run(bookArgs(path, QStringLiteral("12:00"), QStringLiteral("Andere AG")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Müller & Söhne <b>GmbH</b>")), qPrintable(r.err));
        r = run(bookArgs(path, QStringLiteral("12:00"), QStringLiteral("Andere AG")), QStringLiteral("de"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bereits")), qPrintable(r.err));

        // Stored verbatim, found again case-insensitively.
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM company WHERE name = ?"),
                         {QStringLiteral("Müller & Söhne <b>GmbH</b>")}),
                 qint64(1));
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM booking WHERE topic = '=SUMME(A1)'")),
                 qint64(1));
    }

    void bookRefusesSecondSlotSameDayUnlessAllowed()
    {
        const QString path = demoFile(QStringLiteral("second.sqlite"));
        QCOMPARE(run(bookArgs(path, QStringLiteral("14:00"), QStringLiteral("Zweimal GmbH"))).code, 0);
        Run r = run(bookArgs(path, QStringLiteral("15:00"), QStringLiteral("ZWEIMAL gmbh")));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("14:00")));
        r = run(bookArgs(path, QStringLiteral("15:00"), QStringLiteral("ZWEIMAL gmbh")) +
                QStringList{QStringLiteral("--allow-second-slot")});
        QCOMPARE(r.code, 0);
    }

    void bookReportsWhatIsNotFound_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("consultant") << QStringList{QStringLiteral("--consultant"),
                                                   QStringLiteral("Nobody Known")}
                                    << QStringLiteral("Nobody Known");
        QTest::newRow("time") << QStringList{QStringLiteral("--time"), QStringLiteral("07:00")}
                              << QStringLiteral("07:00");
        QTest::newRow("date") << QStringList{QStringLiteral("--date"), QStringLiteral("2030-01-01")}
                              << QStringLiteral("01.01.2030");
        QTest::newRow("format") << QStringList{QStringLiteral("--format"),
                                               QStringLiteral("Website-Check-Sprechtag")}
                                << QStringLiteral("10:00");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("Gibt es nicht")}
            << QStringLiteral("Gibt es nicht");
    }

    void bookReportsWhatIsNotFound()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QString path =
            demoFile(QStringLiteral("notfound-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
        // Later options win, so the row's values replace the defaults.
        const Run r = run(bookArgs(path, QStringLiteral("10:00"), QStringLiteral("Test GmbH")) + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
    }

    void cancelFreesTheSlot()
    {
        const QString path = demoFile(QStringLiteral("cancel.sqlite"));
        Run r = run(bookArgs(path, QStringLiteral("11:00"), QStringLiteral("Storno KG")));
        QCOMPARE(r.code, 0);
        const QString id = r.out.trimmed();
        r = run({QStringLiteral("--database"), path, QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                 QStringLiteral("Krankheit")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("--database"), path, QStringLiteral("cancel"), id});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--database"), path, QStringLiteral("cancel"), QStringLiteral("99999")});
        QCOMPARE(r.code, 2);
        QCOMPARE(run(bookArgs(path, QStringLiteral("11:00"), QStringLiteral("Nachrücker GmbH"))).code, 0);
        auto db = Database::open(path);
        QCOMPARE(*scalar(**db, QStringLiteral("SELECT count(*) FROM booking WHERE status = 'cancelled' "
                                              "AND cancel_reason = 'Krankheit'")),
                 qint64(1));
    }

    void backupAndCheck()
    {
        const QString path = demoFile(QStringLiteral("backup.sqlite"));
        const QString copy = dbPath(QStringLiteral("copy/backup-copy.sqlite"));
        Run r = run(
            {QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--output"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(copy));
        QCOMPARE(QFile::permissions(copy) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        r = run({QStringLiteral("--database"), copy, QStringLiteral("days")});
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
        r = run({QStringLiteral("--database"), copy, QStringLiteral("check")});
        QCOMPARE(r.code, 0);
        r = run(
            {QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--output"), path});
        QCOMPARE(r.code, 1);
        r = run({QStringLiteral("--database"), dbPath(QStringLiteral("missing.sqlite")),
                 QStringLiteral("check")});
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(dbPath(QStringLiteral("missing.sqlite"))));
    }

    void badFilesExitWithThreeAndStayUnchanged_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        for (const char *kind : {"text", "empty", "truncated", "newer", "foreign"}) {
            for (const char *command : {"days", "book", "demo", "check"})
                QTest::addRow("%s %s", kind, command)
                    << QString::fromLatin1(kind) << QString::fromLatin1(command);
        }
        QTest::addRow("read-only book") << QStringLiteral("readonly") << QStringLiteral("book");
        QTest::addRow("read-only demo") << QStringLiteral("readonly") << QStringLiteral("demo");
    }

    void badFilesExitWithThreeAndStayUnchanged()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        const QString path = dbPath(QStringLiteral("bad-%1-%2.sqlite").arg(kind, command));
        if (kind == QLatin1String("text") || kind == QLatin1String("empty")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("text"))
                f.write(
                    QByteArray("Dies ist keine Datenbank, sondern eine Notiz über Müller.\n").repeated(100));
        } else {
            demoFile(QFileInfo(path).fileName());
            if (kind == QLatin1String("truncated")) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.resize(f.size() / 2));
            } else if (kind == QLatin1String("newer") || kind == QLatin1String("foreign")) {
                const QString name = QStringLiteral("raw-") + QFileInfo(path).fileName();
                {
                    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                    raw.setDatabaseName(path);
                    QVERIFY(raw.open());
                    QSqlQuery q(raw);
                    QVERIFY(q.exec(kind == QLatin1String("newer")
                                       ? QStringLiteral("PRAGMA user_version = 999")
                                       : QStringLiteral("PRAGMA application_id = 42")));
                    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                    raw.close();
                }
                QSqlDatabase::removeDatabase(name);
            } else if (kind == QLatin1String("readonly")) {
                QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
            }
        }
        const QByteArray before = fileHash(path);
        QStringList args{QStringLiteral("--database"), path, command};
        if (command == QLatin1String("book"))
            args = bookArgs(path, QStringLiteral("15:00"), QStringLiteral("Test GmbH"));
        const Run r = run(args, QStringLiteral("de"));
        QCOMPARE(r.code, 3);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY2(!r.err.contains(QLatin1String("QSQLITE")) && !r.err.contains(QLatin1String("Error")),
                 qPrintable(r.err));
        QCOMPARE(fileHash(path), before);
    }

    void documentCommandsWriteTheirFiles()
    {
        const QString path = demoFile(QStringLiteral("documents.sqlite"));
        const QString letters = dbPath(QStringLiteral("out/letters.pdf"));
        QDir().mkpath(dbPath(QStringLiteral("out")));
        Run r = run({QStringLiteral("--database"), path, QStringLiteral("letters"), QStringLiteral("--date"),
                     QStringLiteral("2021-03-25"), QStringLiteral("--output"), letters});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile(letters).size() > 1000);
        auto db = Database::open(path);
        QCOMPARE(*scalar(**db, QStringLiteral(
                                   "SELECT count(*) FROM booking WHERE confirmation_sent_at IS NOT NULL")),
                 qint64(3));
        db = Error{};
        const QString plan = dbPath(QStringLiteral("out/plan.pdf"));
        r = run({QStringLiteral("--database"), path, QStringLiteral("schedule"), QStringLiteral("--date"),
                 QStringLiteral("2021-03-25"), QStringLiteral("--output"), plan});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile(plan).size() > 1000);
        const QString csv = dbPath(QStringLiteral("out/list.csv"));
        r = run(
            {QStringLiteral("--database"), path, QStringLiteral("export"), QStringLiteral("--output"), csv});
        QCOMPARE(r.code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 5); // header and the five example bookings
        // Refusals and wrong usage.
        r = run({QStringLiteral("--database"), path, QStringLiteral("schedule"), QStringLiteral("--date"),
                 QStringLiteral("2030-01-01"), QStringLiteral("--output"), plan});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--database"), path, QStringLiteral("letters"), QStringLiteral("--booking"),
                 QStringLiteral("99999"), QStringLiteral("--output"), letters});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("--database"), path, QStringLiteral("export"), QStringLiteral("--output"),
                 dbPath(QStringLiteral("out/list.txt"))});
        QCOMPARE(r.code, 2); // a suffix that does not fit is refused, never guessed
        r = run({QStringLiteral("--database"), path, QStringLiteral("letters"), QStringLiteral("--output"),
                 letters});
        QCOMPARE(r.code, 1);
    }

    void lockedFileGivesClearMessageAfterWaiting()
    {
        const QString path = demoFile(QStringLiteral("locked.sqlite"));
        auto holder = Database::open(path);
        QVERIFY(holder.ok());
        WriteTransaction tx(**holder);
        QVERIFY(tx.begin().ok());
        const QByteArray before = fileHash(path);
        const Run r =
            run(bookArgs(path, QStringLiteral("15:00"), QStringLiteral("Warte GmbH")), QStringLiteral("de"));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("anderen Arbeitsplatz")), qPrintable(r.err));
        tx.rollback();
        QCOMPARE(fileHash(path), before);
        QCOMPARE(run(bookArgs(path, QStringLiteral("15:00"), QStringLiteral("Warte GmbH"))).code, 0);
    }

    void privacyReportEraseAndRetention()
    {
        const QString path = demoFile(QStringLiteral("privacy.sqlite"));
        QStringList book = bookArgs(path, QStringLiteral("14:00"), QStringLiteral("Quelle & Partner GmbH"));
        book << QStringLiteral("--last-name") << QStringLiteral("Quellmalz") << QStringLiteral("--email")
             << QStringLiteral("q@quelle-partner.example") << QStringLiteral("--phone")
             << QStringLiteral("0521 4242424") << QStringLiteral("--topic")
             << QStringLiteral("Quellmalz fragt");
        QCOMPARE(run(book).code, 0);
        const QStringList base{QStringLiteral("--database"), path, QStringLiteral("privacy")};

        Run r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QLatin1String("privacy erase")));
        QCOMPARE(run(base).code, 1);
        const QString csv = m_dir.filePath(QStringLiteral("auskunft.csv"));
        r = run(base + QStringList{QStringLiteral("report"), QStringLiteral("--company"),
                                   QStringLiteral("quelle & partner gmbh"), QStringLiteral("--output"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(csv));
        QFile report(csv);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("q@quelle-partner.example"));
        QCOMPARE(report.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QString pdf = m_dir.filePath(QStringLiteral("auskunft.pdf"));
        r = run(base + QStringList{QStringLiteral("report"), QStringLiteral("--contact"),
                                   QStringLiteral("Q@Quelle-Partner.example"), QStringLiteral("--output"),
                                   pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(4) == "%PDF");
        QCOMPARE(
            run(base + QStringList{QStringLiteral("report"), QStringLiteral("--company"), QStringLiteral("x"),
                                   QStringLiteral("--output"), m_dir.filePath(QStringLiteral("a.txt"))})
                .code,
            2);
        QCOMPARE(run(base + QStringList{QStringLiteral("report"), QStringLiteral("--company"),
                                        QStringLiteral("Gibt es nicht"), QStringLiteral("--output"), csv})
                     .code,
                 2);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            Company twin;
            twin.name = QStringLiteral("Doppelt GmbH");
            QVERIFY(CompanyRepository(**db).insert(twin).ok());
            QVERIFY(CompanyRepository(**db).insert(twin).ok());
        }
        r = run(base + QStringList{QStringLiteral("erase"), QStringLiteral("--company"),
                                   QStringLiteral("doppelt gmbh")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("2 companies")), qPrintable(r.err));

        r = run(base + QStringList{QStringLiteral("erase"), QStringLiteral("--company"),
                                   QStringLiteral("Quelle & Partner GmbH")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Anonymised (No.")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("q@quelle-partner.example"));
        QVERIFY(!bytes.contains("Quellmalz"));
        QVERIFY(!bytes.contains("4242424"));
        QCOMPARE(run(base + QStringList{QStringLiteral("erase"), QStringLiteral("--company"),
                                        QStringLiteral("Quelle & Partner GmbH")})
                     .code,
                 2);

        r = run(base + QStringList{QStringLiteral("retention")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run(base + QStringList{QStringLiteral("retention"), QStringLiteral("--months"),
                                        QStringLiteral("-3")})
                     .code,
                 1);
        // The example days lie in 2021 and later; as of 2030 with 24 months everything is old.
        const QStringList retention =
            base + QStringList{QStringLiteral("retention"), QStringLiteral("--months"), QStringLiteral("24"),
                               QStringLiteral("--as-of"), QStringLiteral("2030-01-01")};
        r = run(retention);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qsizetype companies = r.out.count(QLatin1String("company\t"));
        QVERIFY2(companies > 0, qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("Quelle"))); // erased already
        r = run(retention + QStringList{QStringLiteral("--apply")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1String("company\t")), companies);
        r = run(retention);
        QCOMPARE(r.out.count(QLatin1String("company\t")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
