// SPDX-License-Identifier: GPL-3.0-or-later
// backup (a generation, --list) and restore --from on the command line, through the real executable.
#include "ProcessRun.h"
#include "TestSupport.h"

#include "backup/Backups.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

Run run(const QStringList &args)
{
    return runSprechtag(args);
}

qint64 activeBookings(const QString &path)
{
    OpenOptions options;
    options.create = false;
    auto db = Database::open(path, options);
    if (!db)
        return -1;
    auto n = scalar(**db, QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'"));
    return n ? *n : -1;
}

} // namespace

class TestCliBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backupMakesAGenerationAndRestoreBringsItBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("demo")}).code, 0);
        const qint64 before = activeBookings(path);
        QVERIFY(before > 0);

        const Run backup = run({QStringLiteral("--database"), path, QStringLiteral("backup")});
        QCOMPARE(backup.code, 0);
        const QString copy = backup.out.trimmed();
        QCOMPARE(QFileInfo(copy).absolutePath(), Backups::folderFor(path));
        QVERIFY(Backups::inspect(copy).ok());

        // A booking is cancelled after the backup.
        QCOMPARE(
            run({QStringLiteral("--database"), path, QStringLiteral("cancel"), QStringLiteral("1")}).code, 0);
        QCOMPARE(activeBookings(path), before - 1);

        const Run restore = run(
            {QStringLiteral("--database"), path, QStringLiteral("restore"), QStringLiteral("--from"), copy});
        QCOMPARE(restore.code, 0);
        QCOMPARE(activeBookings(path), before);
        const QString safety = restore.out.trimmed();
        QVERIFY(QFile::exists(safety));
        QVERIFY(restore.err.contains(safety));

        const Run list =
            run({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--list")});
        QCOMPARE(list.code, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(QStringLiteral("\tbefore-restore\t")));
        QVERIFY(lines.at(0).endsWith(QDir::toNativeSeparators(safety)));
        QCOMPARE(lines.at(0).split(QLatin1Char('\t')).at(3), QString::number(before - 1));
        QVERIFY(lines.at(1).contains(QStringLiteral("\tmanual\t")));
        QCOMPARE(lines.at(1).split(QLatin1Char('\t')).at(4), QStringLiteral("ok"));
    }

    void restoreRefusesAFileThatIsNoBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("refuse.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("demo")}).code, 0);
        const QString text = m_dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Firma;Datum\n");
        }
        const QByteArray hash = fileHash(path);
        const Run r = run(
            {QStringLiteral("--database"), path, QStringLiteral("restore"), QStringLiteral("--from"), text});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QDir::toNativeSeparators(text)));
        QCOMPARE(fileHash(path), hash);
        QVERIFY(Backups(path).list().isEmpty());
    }

    // A copy given a trigger outside Sprechtag (one that cancels every new booking) is refused by
    // restore and by every command that opens it, naming the trigger (reliability.md test 20).
    void restoreAndOpenRefuseACopyWithAForeignTrigger()
    {
        const QString path = m_dir.filePath(QStringLiteral("crafted.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("demo")}).code, 0);
        const QString copy = m_dir.filePath(QStringLiteral("crafted-copy.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("backup"),
                      QStringLiteral("--output"), copy})
                     .code,
                 0);
        {
            const QString name = QStringLiteral("craft");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(copy);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(
                    q.exec(QStringLiteral("CREATE TRIGGER x_cancel_all AFTER INSERT ON booking BEGIN "
                                          "UPDATE booking SET status = 'cancelled' WHERE id = NEW.id; END")));
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray hash = fileHash(path);
        const QByteArray copyHash = fileHash(copy);
        const Run restored = run(
            {QStringLiteral("--database"), path, QStringLiteral("restore"), QStringLiteral("--from"), copy});
        QCOMPARE(restored.code, 3);
        QVERIFY2(restored.err.contains(QStringLiteral("extra trigger x_cancel_all")),
                 qPrintable(restored.err));
        QCOMPARE(fileHash(path), hash);
        const Run opened =
            run({QStringLiteral("--database"), copy, QStringLiteral("backup"), QStringLiteral("--list")});
        QCOMPARE(opened.code, 3);
        QVERIFY2(opened.err.contains(QStringLiteral("extra trigger x_cancel_all")), qPrintable(opened.err));
        QCOMPARE(fileHash(copy), copyHash);
    }

    void wrongUsage()
    {
        const QString path = m_dir.filePath(QStringLiteral("usage.sqlite"));
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("restore")}).code, 1);
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("backup"), QStringLiteral("--list"),
                      QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.sqlite"))})
                     .code,
                 1);
        QVERIFY(run({QStringLiteral("--help")}).out.contains(QStringLiteral("restore --from FILE")));
    }
};

QTEST_GUILESS_MAIN(TestCliBackups)
#include "test_cli_backups.moc"
