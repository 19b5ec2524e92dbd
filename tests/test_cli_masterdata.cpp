// SPDX-License-Identifier: GPL-3.0-or-later
// format, consultant and settings sender on the command line (product.md section 7b): list prints
// tab-separated lines, add and change go through MasterDataService and its rules, exit codes as in
// section 7, COMMAND --help for each.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "scheduling/MasterDataService.h"

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestCliMasterData : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;

    Run run(const QStringList &args) const
    {
        return runSprechtag(QStringList{QStringLiteral("--database"), m_tmp->path()} + args);
    }

    // The lines of a list, each split at the tabs.
    static QList<QStringList> rows(const QString &out)
    {
        QList<QStringList> result;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            result << line.split(QLatin1Char('\t'));
        return result;
    }

    std::unique_ptr<Database> reopen() const
    {
        auto db = Database::open(m_tmp->path(), {});
        return db ? std::move(db).value() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_tmp->db.reset();
    }

    void cleanup() { m_tmp.reset(); }

    void addsListsAndChangesFormats()
    {
        Run r =
            run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Social Media Sprechtag"), QStringLiteral("--from"), QStringLiteral("10:00"),
                 QStringLiteral("--to"), QStringLiteral("15:00"), QStringLiteral("--slot"),
                 QStringLiteral("45"), QStringLiteral("--partner"), QStringLiteral("InnoZent OWL e.V."),
                 QStringLiteral("--colour"), QStringLiteral("#336699")});
        QVERIFY2(r.code == 0, qUtf8Printable(r.err));
        r = run({QStringLiteral("format"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QList<QStringList> expected{{QStringLiteral("Social Media Sprechtag"),
                                           QStringLiteral("10:00-15:00"), QStringLiteral("45"), QString(),
                                           QStringLiteral("InnoZent OWL e.V."), QStringLiteral("#336699"),
                                           QStringLiteral("active")}};
        QCOMPARE(rows(r.out), expected);

        // The same name written otherwise is the same format: refused (2), nothing added.
        r = run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("SOCIAL MEDIA sprechtag")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("already a format")), qUtf8Printable(r.err));

        r = run({QStringLiteral("format"), QStringLiteral("change"), QStringLiteral("--name"),
                 QStringLiteral("social media sprechtag"), QStringLiteral("--location"),
                 QStringLiteral("Raum 3"), QStringLiteral("--archive")});
        QVERIFY2(r.code == 0, qUtf8Printable(r.err));
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("list")}).out, QString());
        r = run({QStringLiteral("format"), QStringLiteral("list"), QStringLiteral("--archived")});
        QCOMPARE(rows(r.out).size(), 1);
        QCOMPARE(rows(r.out).first().at(3), QStringLiteral("Raum 3"));
        QCOMPARE(rows(r.out).first().at(6), QStringLiteral("archived"));
    }

    void refusesImplausibleFormatsWithTheRightExitCode()
    {
        // Wrong usage: 1.
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X"), QStringLiteral("--from"), QStringLiteral("9 Uhr")})
                     .code,
                 1);
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("add")}).code, 1);
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("remove")}).code, 1);
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--bogus"),
                      QStringLiteral("1")})
                     .code,
                 1);
        // Refused by a rule or not found: 2.
        Run r = run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Website-Check"), QStringLiteral("--from"), QStringLiteral("16:00"),
                     QStringLiteral("--to"), QStringLiteral("09:00")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("later than the start")), qUtf8Printable(r.err));
        r = run({QStringLiteral("format"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Website-Check"), QStringLiteral("--letter-text"),
                 QStringLiteral("bei {firma}")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("{firma}")), qUtf8Printable(r.err));
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("change"), QStringLiteral("--name"),
                      QStringLiteral("Nirgends")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("format"), QStringLiteral("list")}).out, QString());
    }

    void addsAndChangesConsultantsKeepingNamesLiterally()
    {
        const QString markup = QStringLiteral("<b>Jörg Müßig</b> & Söhne");
        Run r = run({QStringLiteral("consultant"), QStringLiteral("add"), QStringLiteral("--name"), markup,
                     QStringLiteral("--organisation"), QStringLiteral("InnoZent OWL"),
                     QStringLiteral("--email"), QStringLiteral("j.muessig@example.de")});
        QVERIFY2(r.code == 0, qUtf8Printable(r.err));
        r = run({QStringLiteral("consultant"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QList<QStringList> expected{{markup, QString(), QStringLiteral("InnoZent OWL"),
                                           QStringLiteral("j.muessig@example.de"), QString(),
                                           QStringLiteral("active")}};
        QCOMPARE(rows(r.out), expected);
        r = run({QStringLiteral("consultant"), QStringLiteral("change"), QStringLiteral("--name"), markup,
                 QStringLiteral("--phone"), QStringLiteral("nicht erreichbar")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("consultant"), QStringLiteral("change"), QStringLiteral("--name"),
                 QStringLiteral("<B>JÖRG MÜSSIG</B> & SÖHNE"), QStringLiteral("--phone"),
                 QStringLiteral("0521 554-0"), QStringLiteral("--archive")});
        QVERIFY2(r.code == 0, qUtf8Printable(r.err));
        auto db = reopen();
        QVERIFY(db);
        auto stored = MasterDataService(*db).consultantsNamed(markup);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().name, markup);
        QCOMPARE(stored->first().phone, QStringLiteral("0521 554-0"));
        QVERIFY(!stored->first().active);
        QCOMPARE(run({QStringLiteral("consultant"), QStringLiteral("change"), QStringLiteral("--name"),
                      QStringLiteral("Niemand")})
                     .code,
                 2);
    }

    void showsAndChangesTheSender()
    {
        Run r = run({QStringLiteral("settings"), QStringLiteral("sender"), QStringLiteral("--organisation"),
                     QStringLiteral("IHK Ostwestfalen zu Bielefeld"), QStringLiteral("--city"),
                     QStringLiteral("Bielefeld"), QStringLiteral("--email"),
                     QStringLiteral("info@ostwestfalen.ihk.de")});
        QVERIFY2(r.code == 0, qUtf8Printable(r.err));
        r = run({QStringLiteral("settings"), QStringLiteral("sender"), QStringLiteral("--email"),
                 QStringLiteral("info(at)ihk")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("settings"), QStringLiteral("sender")});
        QCOMPARE(r.code, 0);
        const QList<QStringList> lines = rows(r.out);
        QVERIFY(lines.contains(
            QStringList{QStringLiteral("organisation"), QStringLiteral("IHK Ostwestfalen zu Bielefeld")}));
        QVERIFY(lines.contains(QStringList{QStringLiteral("city"), QStringLiteral("Bielefeld")}));
        QVERIFY(
            lines.contains(QStringList{QStringLiteral("email"), QStringLiteral("info@ostwestfalen.ihk.de")}));
        QCOMPARE(run({QStringLiteral("settings"), QStringLiteral("colours")}).code, 1);
    }

    void eachCommandHasHelp()
    {
        for (const QString &command :
             {QStringLiteral("format"), QStringLiteral("consultant"), QStringLiteral("settings")}) {
            const Run r = run({command, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            // The help of the command table: its synopsis lines, each "sprechtag COMMAND ...".
            QVERIFY2(r.out.contains(QStringLiteral("\n  sprechtag ") + command + QLatin1Char(' ')),
                     qUtf8Printable(r.out));
            QVERIFY2(r.out.contains(QLatin1String("--")), qUtf8Printable(r.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliMasterData)
#include "test_cli_masterdata.moc"
