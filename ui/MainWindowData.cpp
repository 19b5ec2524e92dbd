// SPDX-License-Identifier: GPL-3.0-or-later
// The window's reading of the data: the first load after the first paint, then only what the change feed
// names (a write here or by another workstation), a full reload only when the feed cannot tell.
#include "MainWindow.h"

#include "actions/FileActions.h"
#include "actions/PlanningActions.h"
#include "backup/BackgroundJob.h"
#include "backup/Backups.h"
#include "Logging.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "scheduling/Schedule.h"
#include "storage/Database.h"
#include "widgets/BookingDetailsPanel.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"
#include "widgets/WelcomePage.h"

#include <QEvent>
#include <QStackedWidget>
#include <QTimer>

namespace Sprechtag {

struct MainWindow::FirstRead
{
    bool ok = false;
    qint64 mark = 0; // read before the days: a change meanwhile is read again, not lost
    DayListModel::Snapshot days;
    Id firstDay = 0; // the first upcoming day, whose grid the window shows first
    std::optional<DayGrid> firstGrid;
};

void MainWindow::startLoadingAfterPaint()
{
    m_loadQueued = true;
    update();
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() != QEvent::Paint)
        return handled;
    // Painted (and flushed to the screen right after): what waited for it runs once the event loop is back.
    if (std::exchange(m_loadQueued, false))
        QTimer::singleShot(0, this, &MainWindow::startFirstRead);
    if (m_selectQueued)
        QTimer::singleShot(0, this, &MainWindow::selectFirstDayAfterPaint);
    if (m_checksQueued)
        QTimer::singleShot(0, this, &MainWindow::runPendingChecks);
    if (!std::exchange(m_painted, true))
        QTimer::singleShot(0, this, &MainWindow::firstPainted);
    return handled;
}

void MainWindow::startFirstRead()
{
    if (m_loaded || m_firstRead->isRunning())
        return;
    auto result = std::make_shared<FirstRead>();
    m_firstReadResult = result;
    const QDate today = QDate::currentDate();
    const Id filter = m_days->model()->formatFilter();
    const bool started =
        m_firstRead->start(m_db->path(), Backups::workerOptions(*m_db),
                           [result, today, filter](Database &worker, const BackgroundJob &) {
                               auto mark = Schedule(worker).changeMark();
                               if (!mark)
                                   return;
                               auto days = DayListModel::read(worker, today, filter);
                               if (!days)
                                   return;
                               result->mark = *mark;
                               result->days = std::move(days).value();
                               if (!result->days.upcoming.isEmpty()) {
                                   result->firstDay = result->days.upcoming.constFirst().day.id;
                                   if (auto grid = Schedule(worker).grid(result->firstDay); grid && *grid)
                                       result->firstGrid = std::move(grid).value();
                               }
                               result->ok = true;
                           });
    // No worker (the file cannot be opened a second time, e.g. in memory): read here.
    if (!started) {
        m_firstReadResult.reset();
        finishLoading();
    }
}

void MainWindow::firstReadEnded()
{
    // A first read that ended after another file was opened, or after finishLoading() read here, or the
    // signal of a job cancelled before the one that runs now: nothing to show.
    if (m_firstRead->isRunning() || !m_firstReadResult)
        return;
    const std::shared_ptr<FirstRead> result = std::exchange(m_firstReadResult, nullptr);
    if (m_loaded)
        return;
    // Not readable on the worker (its open or its query failed; a file put at the path meanwhile is not
    // opened: OpenOptions::sameFileAs): read here, where errors are told.
    finishLoading(result->ok && result->days.today == QDate::currentDate() ? result.get() : nullptr);
}

void MainWindow::finishLoading()
{
    finishLoading(nullptr);
}

void MainWindow::finishLoading(const FirstRead *prefetched)
{
    m_loadQueued = false;
    if (m_loaded)
        return;
    m_daysStack->setCurrentWidget(m_days);
    if (!prefetched) {
        refresh();
        loadingDone();
        return;
    }
    // The day list shows (and paints) first; the first day's grid is read and shown in the next round
    // of the event loop, so that neither step holds the window long.
    if (prefetched->firstGrid)
        m_dayView->offerGrid(prefetched->firstDay, *prefetched->firstGrid);
    reloadEverything(prefetched);
    m_selectQueued = true;
    update();
}

void MainWindow::selectFirstDayAfterPaint()
{
    m_selectQueued = false;
    if (m_loaded)
        return; // finishLoading() read everything meanwhile
    if (m_days->selectedDay() == 0) {
        m_dayView->selectFirstCellAfterPaint(true);
        m_days->selectFirstDay();
        m_dayView->selectFirstCellAfterPaint(false);
    }
    updateActions();
    updateStatus();
    loadingDone(true);
}

void MainWindow::loadingDone(bool checksAfterPaint)
{
    m_loaded = true;
    if (!m_poll->isActive())
        m_poll->start();
    Q_EMIT loaded();
    // After the first read on the worker, the daily backup and the retention pass start after the paint
    // of the first day and of its first cell: their workers and the progress display are not in a round
    // of the event loop that paints. Otherwise (read here; a hidden window paints nothing): at once.
    // (DayView::firstCellDone queues them while they are pending after the load.)
    if (m_pendingChecks && checksAfterPaint && isVisible()) {
        if (!m_dayView->firstCellPending())
            queueChecksAfterPaint();
    } else {
        runPendingChecks();
    }
}

void MainWindow::queueChecksAfterPaint()
{
    m_checksQueued = true;
    update();
}

void MainWindow::runPendingChecks()
{
    m_checksQueued = false;
    if (!m_pendingChecks)
        return;
    const QDate today = *m_pendingChecks;
    m_pendingChecks.reset();
    runStartupChecksInBackground(today);
}

void MainWindow::refresh()
{
    // The first look at this file, or a new day since the last one (what counts as past moved on).
    if (!m_days->model()->isLoaded() || m_days->model()->today() != QDate::currentDate()) {
        reloadEverything();
        return;
    }
    // What was written since the last look, here or by another workstation: only that is read again.
    auto changes = Schedule(*m_db).changesSince(m_changeMark);
    if (!changes) {
        logReadError("changes since the last refresh", changes.error());
        reloadEverything();
        return;
    }
    if (changes->everything) {
        reloadEverything();
        return;
    }
    m_changeMark = changes->mark;
    const Id shown = m_dayView->model()->dayId();
    if (changes->masterData || !changes->days.isEmpty())
        m_days->applyChanges(*changes);
    if (shown != 0 && (changes->masterData || changes->days.contains(shown))) {
        // The grid's day changed; the booking on the right is one of its bookings.
        if (m_dayView->model()->dayId() == shown)
            m_dayView->reload();
        if (m_details->bookingId() != 0)
            m_details->showBooking(m_details->bookingId());
    }
    showDaysOrWelcome();
}

void MainWindow::reloadEverything(const FirstRead *prefetched)
{
    // The mark before the reading: a change meanwhile is read again next time rather than lost.
    if (prefetched)
        m_changeMark = prefetched->mark;
    else if (auto mark = Schedule(*m_db).changeMark())
        m_changeMark = *mark;
    else
        logReadError("position of the change feed", mark.error());
    const Id day = m_days->selectedDay();
    m_days->reload(prefetched ? &prefetched->days : nullptr);
    if (day != 0 && m_days->selectedDay() == day)
        m_dayView->reload();
    if (m_details->bookingId() != 0)
        m_details->showBooking(m_details->bookingId());
    // The first read from the worker selects the first day itself, after the list's paint.
    showDaysOrWelcome(!prefetched);
}

WelcomePage *MainWindow::welcomePage()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage(m_stack);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomePage::createFirstDayRequested, m_planning,
                &PlanningActions::createFirstDay);
        connect(m_welcome, &WelcomePage::loadExampleRequested, m_file, &FileActions::loadExample);
    }
    return m_welcome;
}

void MainWindow::showDaysOrWelcome(bool selectFirstDay)
{
    const bool empty = m_days->model()->rowCount() == 0 && m_days->formatFilterIsAll();
    m_stack->setCurrentIndex(empty ? m_stack->indexOf(welcomePage()) : 0);
    // Nothing selected: the first upcoming day, or the newest past one.
    if (m_days->selectedDay() == 0 && selectFirstDay)
        m_days->selectFirstDay();
    updateActions();
    updateStatus();
}

void MainWindow::pollForChanges()
{
    auto v = m_db->dataVersion();
    if (!v && v.error().code == ErrorCode::FileReplaced && !m_file->reopenOffered())
        m_file->offerReopen();
    if (!v || *v == m_dataVersion)
        return;
    m_dataVersion = *v;
    refresh();
}

} // namespace Sprechtag
