// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md tests 13 and 14: exported files are private, and names from user text stay in the folder.
#include "documents/OutputFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Sprechtag;

class TestOutputFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitisesNamesFromUserText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("umlauts") << QStringLiteral("Müller & Söhne GmbH")
                                 << QStringLiteral("Mueller-Soehne-GmbH");
        QTest::newRow("sharp s") << QStringLiteral("Straßenbau Weiß") << QStringLiteral("Strassenbau-Weiss");
        QTest::newRow("accents") << QStringLiteral("Café Crème") << QStringLiteral("Cafe-Creme");
        QTest::newRow("traversal") << QStringLiteral("../../x") << QStringLiteral("x");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a-b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a-b");
        QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("CON-datei");
        QTest::newRow("device lower") << QStringLiteral("nul") << QStringLiteral("nul-datei");
        QTest::newRow("markup") << QStringLiteral("<b>x</b>") << QStringLiteral("b-x-b");
        QTest::newRow("empty") << QString() << QStringLiteral("unbenannt");
        QTest::newRow("only symbols") << QStringLiteral("«»!?") << QStringLiteral("unbenannt");
    }

    void sanitisesNamesFromUserText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(sanitisedFileNamePart(input), expected);
    }

    void longNamesAreCut()
    {
        const QString name = sanitisedFileNamePart(QString(300, QLatin1Char('a')));
        QCOMPARE(name.size(), 60);
    }

    void refusesPathsOutsideTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(pathInside(dir.path(), QStringLiteral("ok.pdf")).ok());
        for (const QString &bad :
             {QStringLiteral("../x.pdf"), QStringLiteral("a/b.pdf"), QStringLiteral(".."), QString(),
              QStringLiteral("/etc/passwd"), QStringLiteral("a\nb.pdf"), QStringLiteral("a\tb.pdf"),
              QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b.pdf"))}) {
            auto r = pathInside(dir.path(), bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        }
    }

    void writesPrivateFilesEvenUnderUmask022()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        const mode_t old = ::umask(022);
        QVERIFY(writeFileAtomically(path, QByteArray("a;b\r\n")).ok());
        ::umask(old);
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("a;b\r\n"));
        QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/x.csv")), "x").ok());
    }
};

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "test_outputfiles.moc"
