// SPDX-License-Identifier: GPL-3.0-or-later
// Backups in the app: restore through the File menu, "back up now", the daily backup and the network hint
// on start (each once), and the offer to restore when the file is damaged.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "backup/Backups.h"
#include "demo/DemoData.h"
#include "dialogs/RestoreDialog.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "StartupRecovery.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

QStringList formatNames(const Database &db)
{
    QStringList names;
    if (auto all = FormatRepository(db).all()) {
        for (const Format &f : *all)
            names << f.name;
    }
    return names;
}

std::unique_ptr<Database> openFile(const QString &path, bool network = false)
{
    OpenOptions options;
    options.assumeNetworkFileSystem = network;
    auto opened = Database::open(path, options);
    return opened ? std::move(opened).value() : nullptr;
}

} // namespace

class TestBackupsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void restoreThroughTheFileMenu()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("menu.sqlite"));
        auto db = openFile(path);
        QVERIFY(db);
        QVERIFY(loadDemoData(*db).ok());
        const QStringList before = formatNames(*db);
        QVERIFY(
            Backups(path).create(*db, BackupKind::Manual, QDateTime(QDate(2026, 11, 20), QTime(8, 0))).ok());
        QVERIFY(Test::addFormat(*db, QStringLiteral("Added later")) != 0);
        MainWindow window(std::move(db));
        window.show();

        int rows = -1;
        bool buttonEnabled = false;
        onNextDialog<RestoreDialog>([&](RestoreDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("backupTable"));
            rows = table->rowCount();
            buttonEnabled = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled();
            table->selectRow(0);
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        const int shownBefore = MessageBoxes::shownCount();
        window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger();
        QCOMPARE(rows, 1);
        QVERIFY(buttonEnabled);
        QCOMPARE(MessageBoxes::shownCount(), shownBefore + 2); // the question, then where the old state is
        QCOMPARE(formatNames(window.database()), before);
        QCOMPARE(window.undoStack()->count(), 0);
        const QList<BackupInfo> list = Backups(path).list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().kind, BackupKind::BeforeRestore);
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(list.first().path)));
    }

    void restoreIsNotDoneWhenTheQuestionIsDeclined()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("declined.sqlite"));
        auto db = openFile(path);
        QVERIFY(db);
        QVERIFY(
            Backups(path).create(*db, BackupKind::Manual, QDateTime(QDate(2026, 11, 20), QTime(8, 0))).ok());
        QVERIFY(Test::addFormat(*db, QStringLiteral("Stays")) != 0);
        MainWindow window(std::move(db));
        onNextDialog<RestoreDialog>([](RestoreDialog *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        MessageBoxes::setNextAnswer(QMessageBox::No);
        window.findChild<QAction *>(QStringLiteral("actionRestoreBackup"))->trigger();
        QCOMPARE(formatNames(window.database()), QStringList{QStringLiteral("Stays")});
        QCOMPARE(Backups(path).list().size(), 1);
    }

    void backUpNowMakesACheckedGeneration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("now.sqlite"));
        MainWindow window(openFile(path));
        window.findChild<QAction *>(QStringLiteral("actionBackupNow"))->trigger();
        const QList<BackupInfo> list = Backups(path).list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, BackupKind::Manual);
        QVERIFY(Backups::inspect(list.first().path).ok());
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(list.first().path)));
    }

    void startMakesTheDailyBackupAndShowsTheNetworkHintOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("share.sqlite"));
        const QDate today(2026, 11, 21);
        {
            MainWindow window(openFile(path, true));
            QVERIFY(window.database().onNetworkFileSystem());
            const int shown = MessageBoxes::shownCount();
            window.runStartupChecks(today);
            QCOMPARE(MessageBoxes::shownCount(), shown + 1);
            QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("PostgreSQL")));
            QCOMPARE(Backups(path).list().size(), 1);
            // The same start again: no second hint, no second daily backup.
            window.runStartupChecks(today);
            QCOMPARE(MessageBoxes::shownCount(), shown + 1);
            QCOMPARE(Backups(path).list().size(), 1);
        }
        {
            // A later start on another day: a new daily backup, still no hint.
            MainWindow window(openFile(path, true));
            const int shown = MessageBoxes::shownCount();
            window.runStartupChecks(today.addDays(1));
            QCOMPARE(MessageBoxes::shownCount(), shown);
            QCOMPARE(Backups(path).list().size(), 2);
        }
        {
            // Another file on a share gets its own hint; a local file none.
            const QString other = dir.filePath(QStringLiteral("other.sqlite"));
            MainWindow window(openFile(other, true));
            const int shown = MessageBoxes::shownCount();
            window.runStartupChecks(today);
            QCOMPARE(MessageBoxes::shownCount(), shown + 1);
            const QString local = dir.filePath(QStringLiteral("local.sqlite"));
            MainWindow localWindow(openFile(local, false));
            localWindow.runStartupChecks(today);
            QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        }
    }

    void failedDailyBackupIsReportedOnceADay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        MainWindow window(openFile(path));
        QFile blocker(Backups::folderFor(path)); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const int shown = MessageBoxes::shownCount();
        window.runStartupChecks(QDate(2026, 11, 22));
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(Backups::folderFor(path))));
        window.runStartupChecks(QDate(2026, 11, 22));
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        window.runStartupChecks(QDate(2026, 11, 23));
        QCOMPARE(MessageBoxes::shownCount(), shown + 2);
        // The window still works.
        QVERIFY(Test::addFormat(window.database(), QStringLiteral("Works")) != 0);
    }

    void damagedFileOnStartOffersTheNewestSoundBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QStringList names;
        {
            auto db = openFile(path);
            QVERIFY(db);
            QVERIFY(loadDemoData(*db).ok());
            names = formatNames(*db);
            QVERIFY(Backups(path).dailyBackupIfDue(*db, QDate(2026, 11, 24)).ok());
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(100, '\0')); // the header is gone
        }
        auto failed = Database::open(path);
        QVERIFY(!failed.ok());
        QVERIFY(StartupRecovery::canHelpWith(failed.error()));

        // Declined: nothing changes.
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QVERIFY(!StartupRecovery::offer(nullptr, path, failed.error(), QDate(2026, 11, 25)));
        QVERIFY(!Database::open(path).ok());

        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        auto db = StartupRecovery::offer(nullptr, path, failed.error(), QDate(2026, 11, 25));
        QVERIFY(db);
        QCOMPARE(formatNames(*db), names);
        const QString aside = path + QStringLiteral(".beschaedigt-2026-11-25");
        QVERIFY(QFile::exists(aside));
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(aside)));
    }

    void damagedFileWithoutBackupSaysWhereItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lost.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database at all, just some text that got here by mistake");
        }
        auto failed = Database::open(path);
        QVERIFY(!failed.ok());
        QVERIFY(StartupRecovery::canHelpWith(failed.error()));
        QVERIFY(!StartupRecovery::offer(nullptr, path, failed.error(), QDate(2026, 11, 26)));
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(path)));
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(Backups::folderFor(path))));
        QVERIFY(!QFile::exists(path + QStringLiteral(".beschaedigt-2026-11-26")));
    }
};

QTEST_MAIN(TestBackupsGui)
#include "test_backups_gui.moc"
