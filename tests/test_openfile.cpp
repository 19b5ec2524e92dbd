// SPDX-License-Identifier: GPL-3.0-or-later
// The open database file (reliability.md test 17, core part): opening it a second time in the same
// process, inspecting it as a backup or opening one of its side files leaves SQLite's locks in place;
// a file moved, replaced or deleted while open is noticed and nothing more is written anywhere.
#include "LockSupport.h"
#include "ProcessRun.h"
#include "TestSupport.h"

#include "backup/Backups.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QMap>

#include <cstdio>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

qint64 formats(const Database &db)
{
    auto n = scalar(db, QStringLiteral("SELECT count(*) FROM format"));
    return n ? *n : -1;
}

// Every file of the folder with its bytes' hash; -shm left out (a reader's bookkeeping, not data).
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (!name.endsWith(QLatin1String("-shm")))
            files.insert(name, fileHash(folder + QLatin1Char('/') + name));
    }
    return files;
}

} // namespace

class TestOpenFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondOpenKeepsTheLocks()
    {
        TempDatabase t;
        QVERIFY(t.open());
        QVERIFY(addFormat(*t.db, QStringLiteral("Gründung")) != 0);
        QCOMPARE(formats(*t.db), qint64(1));
        QVERIFY(walLocksHeld(t.path()));

        const QString folder = t.dir.path();
        QVERIFY(QFile::link(t.path(), folder + QStringLiteral("/link.sqlite")));
        const QStringList spellings = {t.path(), folder + QStringLiteral("/./test.sqlite"),
                                       folder + QStringLiteral("/link.sqlite")};
        int kept = 0;
        int ways = 0;
        for (const QString &spelling : spellings) {
            ++ways;
            {
                auto second = Database::open(spelling);
                QVERIFY2(second.ok(), qPrintable(spelling));
                QCOMPARE(formats(**second), qint64(1));
            }
            if (walLocksHeld(t.path()))
                ++kept;
            else
                qWarning("locks dropped by a second open of %s", qPrintable(spelling));
        }

        ++ways;
        auto facts = Backups::inspect(t.path());
        QVERIFY(facts.ok());
        if (walLocksHeld(t.path()))
            ++kept;
        else
            qWarning("locks dropped by inspecting the database as a backup");

        for (const char *side : {"-shm", "-wal"}) {
            ++ways;
            OpenOptions options;
            options.create = false;
            auto opened = Database::open(t.path() + QLatin1String(side), options);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::NotADatabase);
            auto inspected = Backups::inspect(t.path() + QLatin1String(side));
            QVERIFY(!inspected.ok());
            if (walLocksHeld(t.path()))
                ++kept;
            else
                qWarning("locks dropped by opening %s", side);
        }

        // The first connection still works, and what it writes is seen by a fresh one.
        QVERIFY(addFormat(*t.db, QStringLiteral("Nachfolge")) != 0);
        {
            auto third = Database::open(t.path());
            QVERIFY(third.ok());
            QCOMPARE(formats(**third), qint64(2));
        }
        qInfo("second opens of the open database in the same process (same path, other spelling, link, as a "
              "backup, its -shm and -wal): locks kept %d/%d",
              kept, ways);
        QCOMPARE(kept, ways);
    }

    void replacedFileRefusesWrites_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("moved") << QStringLiteral("moved");
        QTest::newRow("replaced") << QStringLiteral("replaced");
        QTest::newRow("deleted") << QStringLiteral("deleted");
    }

    void replacedFileRefusesWrites()
    {
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        const QString moved = dir.filePath(QStringLiteral("moved.sqlite"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        {
            auto replacement = Database::open(other);
            QVERIFY(replacement.ok());
            QVERIFY(addFormat(**replacement, QStringLiteral("Ersatz")) != 0);
        }
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<Database> db = std::move(opened).value();
        QVERIFY(addFormat(*db, QStringLiteral("Vorher")) != 0);
        QVERIFY(db->checkFile().ok());
        QVERIFY(db->dataVersion().ok());

        if (what == QLatin1String("moved"))
            QVERIFY(QFile::rename(path, moved));
        else if (what == QLatin1String("replaced"))
            QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
        else
            QVERIFY(QFile::remove(path));
        // Noticed at the next look (the window's poll): what was committed before is secured in the file
        // it belongs to, and nothing is written from here on.
        QCOMPARE(db->checkFile().error().code, ErrorCode::FileReplaced);
        const auto before = snapshot(dir.path());

        int refused = 0;
        int attempts = 0;
        auto expectRefusal = [&](const Error &e) {
            ++attempts;
            if (e.code == ErrorCode::FileReplaced &&
                errorMessage(e).contains(QLatin1String("moved, replaced or deleted")))
                ++refused;
            else
                qWarning("%s: %s", qPrintable(what), qPrintable(errorMessage(e)));
        };
        {
            WriteTransaction tx(*db);
            Status s = tx.begin();
            QVERIFY(!s.ok());
            expectRefusal(s.error());
        }
        {
            Format f;
            f.name = QStringLiteral("Danach");
            auto inserted = FormatRepository(*db).insert(f);
            QVERIFY(!inserted.ok());
            expectRefusal(inserted.error());
        }
        {
            // A statement outside any WriteTransaction is stopped at its commit.
            Status s = execute(*db, QStringLiteral("UPDATE format SET description = 'danach'"));
            QVERIFY(!s.ok());
            expectRefusal(s.error());
        }
        {
            auto version = db->dataVersion();
            QVERIFY(!version.ok());
            expectRefusal(version.error());
        }
        const auto after = snapshot(dir.path());
        int changed = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            changed += before.value(it.key()) != it.value() ? 1 : 0;
        changed += int(before.size() != after.size());
        db.reset();

        // What was there before stays whole: the moved file keeps its data, the replacement its own.
        if (what == QLatin1String("moved")) {
            auto reopened = Database::open(moved);
            QVERIFY(reopened.ok());
            QCOMPARE(*scalar(**reopened, QStringLiteral("SELECT count(*) FROM format WHERE name = 'Vorher'")),
                     qint64(1));
            QCOMPARE(formats(**reopened), qint64(1));
        } else if (what == QLatin1String("replaced")) {
            auto reopened = Database::open(path);
            QVERIFY(reopened.ok());
            QCOMPARE(*scalar(**reopened, QStringLiteral("SELECT count(*) FROM format WHERE name = 'Ersatz'")),
                     qint64(1));
            QCOMPARE(formats(**reopened), qint64(1));
            QVERIFY((*reopened)->check()->isEmpty());
        } else {
            QVERIFY(!QFileInfo::exists(path));
        }
        qInfo("database file %s while open: writes refused %d/%d, files changed %d", qPrintable(what),
              refused, attempts, changed);
        QCOMPARE(refused, attempts);
        QCOMPARE(changed, 0);
    }

    void untouchedFileStaysWritable()
    {
        TempDatabase t;
        QVERIFY(t.open());
        // Another file of the folder coming and going is no reason to refuse.
        {
            auto other = Database::open(t.dir.filePath(QStringLiteral("other.sqlite")));
            QVERIFY(other.ok());
        }
        QVERIFY(QFile::rename(t.dir.filePath(QStringLiteral("other.sqlite")),
                              t.dir.filePath(QStringLiteral("renamed.sqlite"))));
        QVERIFY(t.db->checkFile().ok());
        QVERIFY(t.db->dataVersion().ok());
        QVERIFY(addFormat(*t.db, QStringLiteral("Weiter")) != 0);
        QVERIFY(execute(*t.db, QStringLiteral("UPDATE format SET description = 'ok'")).ok());
        t.db->close();
        QCOMPARE(t.db->checkFile().ok(), false);
        QVERIFY(!WriteTransaction(*t.db).begin().ok());
    }
};

QTEST_GUILESS_MAIN(TestOpenFile)
#include "test_openfile.moc"
