// SPDX-License-Identifier: GPL-3.0-or-later
// The start of the program: the window paints before it reads the days; the daily backup and the retention
// pass run on worker threads with their own connections behind a usable window; closing the window
// meanwhile leaves no part file.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "backup/BackgroundJob.h"
#include "backup/Backups.h"
#include "demo/DemoData.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "privacy/PrivacyService.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/Sql.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

constexpr int kGenerous = 120000; // ms: a worker on a busy machine

// What the window looked like at its first paint.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(MainWindow &window) : m_window(window) { window.installEventFilter(this); }

    bool seen = false;
    bool loaded = true;
    int dayRows = -1;
    bool placeholderShown = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !seen) {
            seen = true;
            loaded = m_window.isLoaded();
            dayRows = m_window.findChild<DayListPanel *>()->model()->rowCount();
            placeholderShown =
                m_window.findChild<QLabel *>(QStringLiteral("dayListPlaceholder"))->isVisibleTo(&m_window);
        }
        return false;
    }

private:
    MainWindow &m_window;
};

// Holds the worker inside VACUUM INTO, once its read transaction is open, until released or cancelled.
struct Gate
{
    sqlite3 *db = nullptr;
    const BackgroundJob *job = nullptr;
    std::atomic<bool> armed{true};
    QSemaphore reached;
    QSemaphore release;
    QThread *thread = nullptr;

    BackgroundJob::Work hook()
    {
        return [this](Database &worker, const BackgroundJob &running) {
            thread = QThread::currentThread();
            db = worker.nativeHandle();
            job = &running;
            sqlite3_progress_handler(db, 100, &Gate::progress, this);
        };
    }

    static int progress(void *data)
    {
        auto *gate = static_cast<Gate *>(data);
        if (gate->armed && sqlite3_txn_state(gate->db, "main") >= SQLITE_TXN_READ) {
            gate->armed = false;
            gate->reached.release();
            // Waits for the test (a semaphore with a timeout, so that a cancel is seen).
            while (!gate->release.tryAcquire(1, 5) && !gate->job->isCancelled()) {
            }
        }
        return 0;
    }
};

QStringList partFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("start-%1.sqlite").arg(++m_counter)); }

    // A file with a day next week with one consultant: the slot to book.
    std::unique_ptr<Database> fileWithADay(const QString &path, Id *slot)
    {
        auto db = Database::open(path);
        if (!db)
            return nullptr;
        const Id format = addFormat(**db, QStringLiteral("Website-Check"));
        const Id consultant = addConsultant(**db, QStringLiteral("Thorsten Ising"));
        auto days =
            DayService(**db).createDays({makeDay(format, QDate::currentDate().addDays(7), {consultant})});
        if (!days || days->isEmpty())
            return nullptr;
        *slot = slotAt(**db, days->first(), consultant, h(9));
        return std::move(db).value();
    }

    // Another file with a day, in rollback-journal mode (no -wal or -shm of its own), to be put at the
    // path of the window's file; nullptr when it could not be made.
    std::unique_ptr<Database> anotherFile(const QString &path)
    {
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        if (!db || !execute(*db, QStringLiteral("PRAGMA journal_mode = DELETE")).ok())
            return nullptr;
        return db;
    }

    static BackgroundJob *dailyJob(MainWindow &window)
    {
        return window.findChild<BackgroundJob *>(QStringLiteral("dailyBackupJob"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void windowPaintsBeforeTheDaysAreRead()
    {
        auto db = Database::open(newPath());
        QVERIFY(db.ok());
        QVERIFY(loadDemoData(**db).ok());
        MainWindow window(std::move(db).value(), MainWindow::Loading::AfterFirstPaint);
        FirstPaint firstPaint(window);
        QSignalSpy loaded(&window, &MainWindow::loaded);
        QVERIFY(!window.isLoaded());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loaded.count() == 1 || loaded.wait(kGenerous));
        QVERIFY(firstPaint.seen);
        QVERIFY2(!firstPaint.loaded, "the days were read before the first paint");
        QCOMPARE(firstPaint.dayRows, 0);
        QVERIFY(firstPaint.placeholderShown);
        // Then the list is there and the placeholder gone.
        QVERIFY(window.isLoaded());
        QVERIFY(window.findChild<DayListPanel *>()->model()->rowCount() > 0);
        QVERIFY(!child<QLabel>(window, "dayListPlaceholder")->isVisibleTo(&window));
    }

    void theFirstReadRunsOnAWorkerWhileTheWindowRuns()
    {
        const QString path = newPath();
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        QVERIFY(db);
        const qint64 day = *scalar(*db, QStringLiteral("SELECT day_id FROM slot WHERE id = ?"), {slot});
        MainWindow window(std::move(db), MainWindow::Loading::AfterFirstPaint);
        auto *job = window.findChild<BackgroundJob *>(QStringLiteral("firstReadJob"));
        QVERIFY2(job, "the first read has no worker");
        std::atomic<bool> reached{false};
        std::atomic<bool> release{false};
        QThread *worker = nullptr;
        job->setBeforeWork([&](Database &, const BackgroundJob &running) {
            worker = QThread::currentThread();
            reached = true;
            QSemaphore pause;
            while (!release.load() && !running.isCancelled())
                (void)pause.tryAcquire(1, 5);
        });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(reached.load(), kGenerous);
        // The worker holds its read: the window's event loop runs meanwhile, the list still waits.
        bool ran = false;
        QTimer::singleShot(0, &window, [&ran] { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, kGenerous);
        QVERIFY(!window.isLoaded());
        QCOMPARE(window.findChild<DayListPanel *>()->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(window, "dayListPlaceholder")->isVisibleTo(&window));
        release = true;
        QVERIFY(loaded.count() == 1 || loaded.wait(kGenerous));
        QVERIFY(worker && worker != QThread::currentThread());
        QVERIFY(window.findChild<DayListPanel *>()->model()->rowCount() > 0);
        QVERIFY(!child<QLabel>(window, "dayListPlaceholder")->isVisibleTo(&window));
        // The first day is selected, its grid shown.
        QCOMPARE(window.findChild<DayView *>()->model()->dayId(), day);
        QVERIFY(window.findChild<DayView *>()->model()->rowCount() > 0);
        // Its first cell becomes current once the grid has painted.
        QTableView *grid = window.findChild<DayView *>()->grid();
        QTRY_COMPARE_WITH_TIMEOUT(grid->currentIndex(), grid->model()->index(0, 0), kGenerous);
    }

    // The worker opens the file by its path: when another file was put there after the window opened its
    // own, the window shows its own file's days, not the other one's.
    void theFirstReadOfAFileReplacedMeanwhileIsNotShown()
    {
        const QString path = newPath();
        const QString other = newPath();
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        QVERIFY(db);
        QVERIFY(execute(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        {
            auto second = anotherFile(other);
            QVERIFY(second);
            const Id format = addFormat(*second, QStringLiteral("Patentsprechtag"));
            const Id consultant = addConsultant(*second, QStringLiteral("Berta Beispiel"));
            QVERIFY(DayService(*second)
                        .createDays({makeDay(format, QDate::currentDate().addDays(8), {consultant}),
                                     makeDay(format, QDate::currentDate().addDays(9), {consultant})})
                        .ok());
        }
        MainWindow window(std::move(db), MainWindow::Loading::AfterFirstPaint);
        QVERIFY(std::rename(qPrintable(other), qPrintable(path)) == 0);
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.show();
        QVERIFY(loaded.count() == 1 || loaded.wait(kGenerous));
        QCOMPARE(window.findChild<DayListPanel *>()->model()->loadedDayCount(), 1);
    }

    // The daily backup's worker opens the file by its path too: another file put there is not copied as
    // the window's backup.
    void theDailyBackupOfAFileReplacedMeanwhileIsNotMade()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("replaced")));
        const QString path = m_dir.filePath(QStringLiteral("replaced/start.sqlite"));
        const QString other = m_dir.filePath(QStringLiteral("replaced/other.sqlite"));
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        QVERIFY(db);
        QVERIFY(execute(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        QVERIFY(anotherFile(other));
        MainWindow window(std::move(db), MainWindow::Loading::AfterFirstPaint);
        window.finishLoading();
        QVERIFY(std::rename(qPrintable(other), qPrintable(path)) == 0);
        QSignalSpy finished(dailyJob(window), &BackgroundJob::finished);
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        QVERIFY(dailyJob(window)->openError().has_value());
        QCOMPARE(dailyJob(window)->openError()->code, ErrorCode::FileReplaced);
        QVERIFY(Backups(path).list().isEmpty());
    }

    void aBookingByAnotherWorkstationDuringTheStartIsShown()
    {
        const QString path = newPath();
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        QVERIFY(db);
        MainWindow window(std::move(db), MainWindow::Loading::AfterFirstPaint);
        auto *job = window.findChild<BackgroundJob *>(QStringLiteral("firstReadJob"));
        QVERIFY(job);
        // Another workstation books as the first read begins.
        std::atomic<bool> booked{false};
        job->setBeforeWork([&](Database &, const BackgroundJob &) {
            auto other = Database::open(path);
            if (!other)
                return;
            BookingRequest request;
            request.slotId = slot;
            request.company.name = QStringLiteral("Gleichzeitig GmbH");
            booked = BookingService(**other).book(request).ok();
        });
        QSignalSpy loaded(&window, &MainWindow::loaded);
        window.show();
        QVERIFY(loaded.count() == 1 || loaded.wait(kGenerous));
        QVERIFY(booked.load());
        // The next look at the file (the poll, or a refresh) shows the booking in the grid.
        window.refresh();
        QCOMPARE(window.findChild<DayView *>()->model()->bookedCount(), 1);
    }

    void dailyBackupRunsOnAWorkerAndIsACheckedCopy()
    {
        const QString path = newPath();
        Id slot = 0;
        MainWindow window(fileWithADay(path, &slot), MainWindow::Loading::AfterFirstPaint);
        BackgroundJob *job = dailyJob(window);
        QVERIFY(job);
        QThread *worker = nullptr;
        job->setBeforeWork(
            [&worker](Database &, const BackgroundJob &) { worker = QThread::currentThread(); });
        QSignalSpy finished(job, &BackgroundJob::finished);
        window.show();
        window.runStartupChecksInBackground(QDate::currentDate());
        // Nothing runs before the days are read.
        QVERIFY(!job->isRunning() || window.isLoaded());
        window.finishLoading();
        QVERIFY(window.backgroundWorkRunning() || finished.count() == 1);
        QVERIFY(child<QWidget>(window, "dailyBackupProgress")->isVisibleTo(&window) || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        QVERIFY(worker != nullptr);
        QVERIFY(worker != QThread::currentThread());
        const QList<BackupInfo> copies = Backups(path).list();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().kind, BackupKind::Daily);
        QVERIFY(Backups::inspect(copies.first().path).ok());
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Daily backup saved"));
        QVERIFY(!child<QWidget>(window, "dailyBackupProgress")->isVisibleTo(&window));
        QVERIFY(partFiles(Backups::folderFor(path)).isEmpty());
    }

    // After the first read on the worker, the daily backup starts only once the first day and its first
    // cell have painted: its worker and its progress are not in a round of the event loop that paints.
    void dailyBackupStartsAfterTheFirstDayAndCellPainted()
    {
        const QString path = newPath();
        Id slot = 0;
        MainWindow window(fileWithADay(path, &slot), MainWindow::Loading::AfterFirstPaint);
        BackgroundJob *job = dailyJob(window);
        QVERIFY(job);
        // A worker that has started waits here until the first cell is current: a backup started before
        // is seen running then.
        QSemaphore gate;
        const auto openGate = qScopeGuard([&gate] { gate.release(100); });
        job->setBeforeWork([&gate](Database &, const BackgroundJob &) { gate.acquire(); });
        QSignalSpy finished(job, &BackgroundJob::finished);
        int runningAtFirstCell = -1;
        bool cellCurrentAtFirstCell = false;
        DayView *view = window.findChild<DayView *>();
        QVERIFY(view);
        connect(view, &DayView::firstCellDone, this, [&] {
            runningAtFirstCell = job->isRunning() || finished.count() > 0 ? 1 : 0;
            cellCurrentAtFirstCell = view->grid()->currentIndex().isValid();
            gate.release();
        });
        window.show();
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(finished.wait(kGenerous));
        QCOMPARE(runningAtFirstCell, 0);
        QVERIFY(cellCurrentAtFirstCell);
        const QList<BackupInfo> copies = Backups(path).list();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.first().kind, BackupKind::Daily);
    }

    void bookingWhileTheBackupCopiesLands()
    {
        const QString path = newPath();
        Id slot = 0;
        MainWindow window(fileWithADay(path, &slot), MainWindow::Loading::AfterFirstPaint);
        QVERIFY(slot != 0);
        window.finishLoading();
        QCOMPARE(window.database().journalMode(), JournalMode::Wal);
        BackgroundJob *job = dailyJob(window);
        Gate gate;
        job->setBeforeWork(gate.hook());
        QSignalSpy finished(job, &BackgroundJob::finished);
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(gate.reached.tryAcquire(1, kGenerous));
        // The copy has its snapshot open: a booking in the window is not held up by it.
        BookingRequest request;
        request.slotId = slot;
        request.company.name = QStringLiteral("Musterbäckerei GmbH");
        QVERIFY(window.book(request).ok());
        gate.release.release();
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        QVERIFY(gate.thread != QThread::currentThread());
        QCOMPARE(*scalar(window.database(), QStringLiteral("SELECT count(*) FROM booking")), 1);
        // The copy is the state when it began, checked: without the booking made meanwhile.
        const QList<BackupInfo> copies = Backups(path).list();
        QCOMPARE(copies.size(), 1);
        auto facts = Backups::inspect(copies.first().path);
        QVERIFY2(facts.ok(), why(facts));
        QCOMPARE(facts->bookings, 0);
    }

    void closingDuringTheBackupLeavesNoPartFile()
    {
        const QString path = newPath();
        Id slot = 0;
        auto window =
            std::make_unique<MainWindow>(fileWithADay(path, &slot), MainWindow::Loading::AfterFirstPaint);
        window->show();
        window->finishLoading();
        Gate gate;
        dailyJob(*window)->setBeforeWork(gate.hook());
        const int shown = MessageBoxes::shownCount();
        window->runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(gate.reached.tryAcquire(1, kGenerous));
        QVERIFY(!partFiles(Backups::folderFor(path)).isEmpty()); // the copy is being written
        window->close();                                         // cancels and waits
        QVERIFY(!window->backgroundWorkRunning());
        window.reset();
        QVERIFY(partFiles(Backups::folderFor(path)).isEmpty());
        QVERIFY(Backups(path).list().isEmpty());
        QCOMPARE(MessageBoxes::shownCount(), shown); // cancelled on purpose: no failure to report
    }

    void theBackgroundBackupRotatesAndKeepsTheSoundCopies()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("rotation")));
        const QString path = m_dir.filePath(QStringLiteral("rotation/start.sqlite"));
        Id slot = 0;
        auto db = fileWithADay(path, &slot);
        QVERIFY(db);
        const Backups backups(path);
        const QDate first = QDate::currentDate().addDays(-7);
        for (int day = 0; day < 7; ++day)
            QVERIFY(backups.dailyBackupIfDue(*db, first.addDays(day)).ok());
        QCOMPARE(backups.list().size(), 7);
        const QString oldest = backups.list().constLast().path;
        MainWindow window(std::move(db), MainWindow::Loading::AfterFirstPaint);
        window.finishLoading();
        QSignalSpy finished(dailyJob(window), &BackgroundJob::finished);
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        const QList<BackupInfo> copies = backups.list();
        QCOMPARE(copies.size(), 7);
        QCOMPARE(copies.first().made.date(), QDate::currentDate());
        QVERIFY(!QFileInfo::exists(oldest));
        for (const BackupInfo &copy : copies)
            QVERIFY2(Backups::inspect(copy.path).ok(), qPrintable(copy.path));
    }

    void failedDailyBackupInTheBackgroundIsReportedOnceADay()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("blocked")));
        const QString path = m_dir.filePath(QStringLiteral("blocked/start.sqlite"));
        Id slot = 0;
        MainWindow window(fileWithADay(path, &slot), MainWindow::Loading::AfterFirstPaint);
        window.finishLoading();
        QFile blocker(Backups::folderFor(path)); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy finished(dailyJob(window), &BackgroundJob::finished);
        const int shown = MessageBoxes::shownCount();
        for (int start = 0; start < 2; ++start) {
            window.runStartupChecksInBackground(QDate(2026, 11, 22));
            QVERIFY(finished.count() == start + 1 || finished.wait(kGenerous));
        }
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY(MessageBoxes::lastText().contains(QDir::toNativeSeparators(Backups::folderFor(path))));
    }

    void aDamagedFileIsToldAfterTheFirstPaint()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("damaged")));
        const QString path = m_dir.filePath(QStringLiteral("damaged/start.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(loadDemoData(**db).ok());
            QVERIFY(execute(**db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        {
            // The last page (data written last, far from the schema on the first pages) is overwritten.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(f.size() - 4096));
            f.write(QByteArray(4096, '\x5a'));
        }
        // As the program opens it: without the quick_check, which the worker runs.
        OpenOptions options;
        options.quickCheckLimitBytes = 0;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), why(db));
        QVERIFY(!Database::open(path).ok()); // with it, refused
        MainWindow window(std::move(db).value(), MainWindow::Loading::AfterFirstPaint);
        window.finishLoading();
        QSignalSpy finished(dailyJob(window), &BackgroundJob::finished);
        const int shown = MessageBoxes::shownCount();
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        QCOMPARE(MessageBoxes::shownCount(), shown + 1);
        QVERIFY2(MessageBoxes::lastText().contains(QDir::toNativeSeparators(path)),
                 qPrintable(MessageBoxes::lastText()));
        QVERIFY(Backups(path).list().isEmpty());
        QVERIFY(partFiles(Backups::folderFor(path)).isEmpty());
    }

    void retentionAtStartRunsOnAWorker()
    {
        auto db = Database::open(newPath());
        QVERIFY(db.ok());
        QVERIFY(loadDemoData(**db).ok());
        QVERIFY(PrivacyService(**db).setRetentionMonths(1).ok());
        MainWindow window(std::move(db).value(), MainWindow::Loading::AfterFirstPaint);
        // Not at construction: nothing anonymised yet.
        QCOMPARE(*scalar(window.database(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention'")),
                 0);
        auto *job = window.findChild<BackgroundJob *>(QStringLiteral("retentionJob"));
        QVERIFY(job);
        QThread *worker = nullptr;
        job->setBeforeWork(
            [&worker](Database &, const BackgroundJob &) { worker = QThread::currentThread(); });
        QSignalSpy finished(job, &BackgroundJob::finished);
        QSignalSpy backupFinished(dailyJob(window), &BackgroundJob::finished);
        window.finishLoading();
        window.runStartupChecksInBackground(QDate::currentDate());
        QVERIFY(finished.count() == 1 || finished.wait(kGenerous));
        QVERIFY(backupFinished.count() == 1 || backupFinished.wait(kGenerous));
        QVERIFY(worker && worker != QThread::currentThread());
        QVERIFY(*scalar(window.database(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention'")) > 0);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Retention period")));
        window.stopBackgroundWork();
    }
};

QTEST_MAIN(TestStartup)
#include "test_startup.moc"
