// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 17: every file dialog of the app, opened on the database's folder and closed,
// leaves SQLite's locks in place, so another process closing its connection does not take the WAL with
// it; and a file replaced while the window has it open is noticed, said once, and opened again.
#include "LockSupport.h"
#include "ProcessRun.h"
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "dialogs/ExportDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SubjectPicker.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "scheduling/BookingService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>

#include <cstdio>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Another workstation: opens the file, counts the active bookings, closes its connection.
int bookingsSeenByAnotherProcess(const QString &path)
{
    const Run r = runProgram(kPython, {QStringLiteral("-c"),
                                       QStringLiteral("import sqlite3, sys\n"
                                                      "c = sqlite3.connect(sys.argv[1])\n"
                                                      "print(c.execute(\"SELECT count(*) FROM booking WHERE "
                                                      "status <> 'cancelled'\").fetchone()[0])\n"
                                                      "c.close()\n"),
                                       path});
    if (r.code != 0) {
        qWarning("reader failed: %s", qPrintable(r.err));
        return -1;
    }
    return r.out.trimmed().toInt();
}

} // namespace

class TestFileLocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QTableView *grid() const { return m_window->findChild<QTableView *>(QStringLiteral("dayGrid")); }
    DayGridModel *gridModel() const { return qobject_cast<DayGridModel *>(grid()->model()); }

    Status bookCell(int row, int column, const QString &company)
    {
        QApplication::setActiveWindow(m_window.get());
        grid()->setFocus();
        grid()->setCurrentIndex(gridModel()->index(row, column));
        BookingRequest r;
        r.slotId = gridModel()->index(row, column).data(DayGridModel::SlotIdRole).toLongLong();
        r.company.name = company;
        return m_window->book(r);
    }

    // Answers the next file dialog: waits until it has listed the database's folder, then cancels it.
    // The folder's entries arrive in one batch, each looked at by the icon provider; its two subfolders
    // (Briefe, Sicherungen) pass every name filter, so once they are rows, every file was looked at.
    void closeNextFileDialog(int *seen)
    {
        onNextDialog<QFileDialog>([this, seen](QFileDialog *dialog) {
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (!model) {
                qWarning("%s: no widget-based dialog", qPrintable(dialog->windowTitle()));
                dialog->reject();
                return;
            }
            const bool listed = QTest::qWaitFor(
                [&] {
                    return dialog->directory().absolutePath() == m_folder &&
                           model->rowCount(model->index(m_folder)) >= 2;
                },
                5000);
            QCoreApplication::processEvents();
            if (listed)
                ++*seen;
            else
                qWarning("%s: the folder %s was not listed", qPrintable(dialog->windowTitle()),
                         qPrintable(dialog->directory().absolutePath()));
            dialog->reject();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        m_folder = m_dir.filePath(QStringLiteral("Sprechtag"));
        QVERIFY(QDir().mkpath(m_folder + QStringLiteral("/Briefe")));
        m_path = m_folder + QStringLiteral("/termine.sqlite");
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        const Id format = addFormat(**db, QStringLiteral("Website-Check"));
        const Id consultant = addConsultant(**db, QStringLiteral("Thorsten Ising"));
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->createDays({makeDay(format, QDate::currentDate().addDays(7), {consultant})}));
        m_window->runStartupChecks(QDate::currentDate()); // the daily backup: the restore dialog lists it
        QVERIFY(bookCell(0, 0, QStringLiteral("Musterbäckerei GmbH")).ok());
        // The save dialogs start in the folder of the last output.
        QSettings().setValue(QStringLiteral("exportFolder"), m_folder);
        QCOMPARE(m_window->database().journalMode(), JournalMode::Wal);
        QVERIFY(walLocksHeld(m_path));
    }

    void cleanupTestCase() { m_window.reset(); }

    void everyFileDialogKeepsTheLocks()
    {
        if (!QFileInfo::exists(kPython))
            QSKIP("needs /usr/bin/python3 as the second workstation");
        struct Step
        {
            const char *action;
            bool fileDialog;
        };
        const QList<Step> steps = {
            {"actionOpenDatabase", true},   {"actionNewDatabase", true}, {"actionLetter", true},
            {"actionDayLetters", true},     {"actionDayPlanPdf", true},  {"actionBriefing", true},
            {"actionDoorSigns", true},      {"actionExport", true},      {"actionPrivacyReport", true},
            {"actionRestoreBackup", false},
        };
        int dialogs = 0;
        int listed = 0;
        int held = 0;
        for (const Step &step : steps) {
            QAction *a = action(m_window.get(), step.action);
            QVERIFY2(a && a->isEnabled(), step.action);
            if (qstrcmp(step.action, "actionExport") == 0)
                onNextDialog<ExportDialog>([](ExportDialog *d) { d->accept(); });
            if (qstrcmp(step.action, "actionPrivacyReport") == 0) {
                onNextDialog<SubjectPicker>([](SubjectPicker *picker) {
                    picker->filter()->setText(QStringLiteral("muster"));
                    picker->tree()->setCurrentItem(picker->tree()->topLevelItem(0));
                    picker->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
                });
            }
            if (step.fileDialog)
                closeNextFileDialog(&listed);
            else
                onNextDialog<RestoreDialog>([](RestoreDialog *d) { d->reject(); });
            a->trigger();
            ++dialogs;
            if (walLocksHeld(m_path))
                ++held;
            else
                qWarning("%s: the locks on %s are gone", step.action, qPrintable(m_path));
        }

        // A second workstation reads and closes: it must not think it was the last one.
        QCOMPARE(bookingsSeenByAnotherProcess(m_path), 1);
        const bool walKept = QFileInfo::exists(m_path + QStringLiteral("-wal"));
        // What the app commits afterwards reaches the file that everyone else reads.
        QVERIFY(bookCell(1, 0, QStringLiteral("Zweite Firma KG")).ok());
        const int seen = bookingsSeenByAnotherProcess(m_path);
        qInfo("file dialogs opened on the database folder: locks held %d/%d (%d of %d file dialogs listed "
              "the folder); WAL kept after another process closed: %s; bookings seen by a third process: %d "
              "of 2",
              held, dialogs, listed, int(steps.size()) - 1, walKept ? "yes" : "no", seen);
        QCOMPARE(listed, int(steps.size()) - 1);
        QCOMPARE(held, dialogs);
        QVERIFY(walKept);
        QCOMPARE(seen, 2);
    }

    void replacedFileIsSaidOnceAndReopened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("platz.sqlite"));
        const QString other = dir.filePath(QStringLiteral("neu.sqlite"));
        {
            auto replacement = Database::open(other);
            QVERIFY(replacement.ok());
            QVERIFY(addFormat(**replacement, QStringLiteral("Ersatz")) != 0);
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const Id format = addFormat(**db, QStringLiteral("Vorher"));
        MainWindow window(std::move(db).value());
        window.show();
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);

        const int shownBefore = MessageBoxes::shownCount();
        MessageBoxes::setNextAnswer(QMessageBox::Retry);
        // A write is refused, and the window offers to open the file at its path again.
        QVERIFY(!window.createDays({makeDay(format, QDate::currentDate().addDays(3), {})}));
        QTRY_VERIFY_WITH_TIMEOUT(
            *scalar(window.database(), QStringLiteral("SELECT count(*) FROM format WHERE name = 'Ersatz'")) ==
                1,
            5000);
        QCOMPARE(MessageBoxes::shownCount() - shownBefore, 1);
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("moved, replaced or deleted")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(window.database().path(), path);
        QVERIFY(window.database().checkFile().ok());
        QVERIFY(addFormat(window.database(), QStringLiteral("Danach")) != 0);
    }
};

QTEST_MAIN(TestFileLocks)
#include "test_filelocks.moc"
