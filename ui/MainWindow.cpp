// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "backup/BackgroundJob.h"

#include "actions/BackupActions.h"
#include "actions/BookingActions.h"
#include "actions/DocumentActions.h"
#include "actions/FileActions.h"
#include "actions/PlanningActions.h"
#include "actions/PrivacyActions.h"
#include "Logging.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "scheduling/Schedule.h"
#include "storage/Database.h"
#include "widgets/BookingDetailsPanel.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace Sprechtag {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : MainWindow(std::move(db), Loading::Now, parent)
{}

MainWindow::MainWindow(std::unique_ptr<Database> db, Loading loading, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_loading(loading)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undo = new QUndoStack(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);
    m_booking = new BookingActions(*this, this);
    m_planning = new PlanningActions(*this, this);
    m_documents = new DocumentActions(*this, this);
    m_backups = new BackupActions(*this, this);
    m_file = new FileActions(*this, this);
    m_privacy = new PrivacyActions(*this, this);
    // Another window or PC wrote to the file: read again without a restart (started once loaded).
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::pollForChanges);
    m_firstRead = new BackgroundJob(this);
    m_firstRead->setObjectName(QStringLiteral("firstReadJob"));
    connect(m_firstRead, &BackgroundJob::finished, this, &MainWindow::firstReadEnded);
    createEditActions();
    createMenus();
    buildCentral();
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::refresh);
    // With Loading::AfterFirstPaint the retention pass runs on a worker after start-up.
    if (m_loading == Loading::Now)
        PrivacyActions::applyRetention(*this, QDate::currentDate());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, whatever its size.
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(std::max(1000, available.width() * 9 / 10), std::max(660, available.height() * 9 / 10));
    }
}

MainWindow::~MainWindow()
{
    stopBackgroundWork();
    // The panels emit selection changes while they are torn down: remove them while this is still whole.
    m_poll->stop();
    disconnect(m_undo, nullptr, this, nullptr);
    delete takeCentralWidget();
}

void MainWindow::buildCentral()
{
    setWindowTitle(tr("Sprechtag – %1").arg(QDir::toNativeSeparators(m_db->path())));
    m_undo->clear();
    QWidget *old = centralWidget();
    m_stack = new QStackedWidget(this);
    m_welcome = nullptr; // made when a file without days is shown (welcomePage())
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    // Until the days are read, the day list says so (nothing that grows with the file runs before the
    // window's first paint).
    m_daysStack = new QStackedWidget(splitter);
    auto *placeholder = new QLabel(tr("Loading consultation days…"), m_daysStack);
    placeholder->setObjectName(QStringLiteral("dayListPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_days = new DayListPanel(*m_db, m_daysStack);
    m_daysStack->addWidget(placeholder);
    m_daysStack->addWidget(m_days);
    m_dayView = new DayView(*m_db, splitter);
    m_details = new BookingDetailsPanel(*m_db, splitter);
    splitter->addWidget(m_daysStack);
    splitter->addWidget(m_dayView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({330, 700, 320});
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);
    delete old;

    m_dayView->grid()->addActions({m_booking->bookAction(), m_booking->editAction(),
                                   m_booking->cancelAction(), m_booking->attendedAction(),
                                   m_booking->noShowAction(), m_booking->blockAction(),
                                   m_documents->letterAction()});
    connectPanels();
    if (auto v = m_db->dataVersion())
        m_dataVersion = *v;
    m_loaded = false;
    if (m_loading == Loading::Now) {
        finishLoading();
    } else {
        updateActions();
        startLoadingAfterPaint();
    }
}

void MainWindow::connectPanels()
{
    // The start-up checks that loadingDone() left for the first cell (they are pending only once loaded).
    connect(m_dayView, &DayView::firstCellDone, this, [this] {
        if (m_loaded && m_pendingChecks)
            queueChecksAfterPaint();
    });
    connect(m_days, &DayListPanel::daySelected, this, [this](Id dayId) {
        m_dayView->showDay(dayId);
        updateActions();
        updateStatus();
    });
    connect(m_days, &DayListPanel::bookingChosen, this, [this](Id dayId, Id bookingId) {
        m_days->selectDay(dayId); // shows it in the grid when the list has it
        if (m_dayView->model()->dayId() != dayId)
            m_dayView->showDay(dayId);
        m_dayView->selectBooking(bookingId);
        m_dayView->grid()->setFocus();
    });
    connect(m_dayView->grid(), &QTableView::activated, m_booking, &BookingActions::activateCell);
    connect(m_dayView->grid()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrentCell);
    connect(m_dayView->model(), &DayGridModel::moveRequested, m_booking, &BookingActions::moveBooking);
}

void MainWindow::showCurrentCell()
{
    if (const BookingDetails *b = currentBooking()) {
        m_details->showBooking(b->booking.id);
    } else if (const SlotDetails *s = currentSlot()) {
        m_details->showFreeSlot(
            tr("%1–%2 with %3: free")
                .arg(formatTime(s->slot.time.start), formatTime(s->slot.time.end), s->consultantName));
    } else {
        m_details->clear();
    }
    updateActions();
}

void MainWindow::updateStatus()
{
    DayGridModel *model = m_dayView->model();
    if (model->dayId() == 0) {
        m_statusLabel->clear();
        return;
    }
    m_statusLabel->setText(tr("%1 booked, %2 free").arg(model->bookedCount()).arg(model->freeCount()));
}

void MainWindow::updateActions()
{
    const bool writable = !m_db->isReadOnly();
    m_booking->updateEnabled(writable);
    m_planning->updateEnabled(writable);
    m_backups->updateEnabled(writable);
    m_documents->updateEnabled();
}

void MainWindow::showError(const Error &error)
{
    if (error.code == ErrorCode::FileReplaced && m_file->offerReopenLater())
        return;
    MessageBoxes::showError(this, error);
}

void MainWindow::createEditActions()
{
    m_actUndo = m_undo->createUndoAction(this, tr("&Undo"));
    m_actUndo->setObjectName(QStringLiteral("actionUndo"));
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actRedo = m_undo->createRedoAction(this, tr("&Redo"));
    m_actRedo->setObjectName(QStringLiteral("actionRedo"));
    m_actRedo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    m_actFind = new QAction(tr("&Find…"), this);
    m_actFind->setObjectName(QStringLiteral("actionFind"));
    m_actFind->setShortcut(QKeySequence::Find);
    connect(m_actFind, &QAction::triggered, this, [this] {
        m_days->searchField()->setFocus();
        m_days->searchField()->selectAll();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_file->newDatabaseAction(), m_file->openAction()});
    file->addSeparator();
    file->addActions({m_backups->backupNowAction(), m_backups->restoreAction()});
    file->addSeparator();
    file->addActions({m_file->loadExampleAction(), m_file->settingsAction()});
    file->addSeparator();
    file->addAction(m_file->quitAction());
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_actUndo, m_actRedo});
    edit->addSeparator();
    edit->addActions({m_booking->bookAction(), m_booking->editAction(), m_booking->cancelAction(),
                      m_booking->attendedAction(), m_booking->noShowAction(), m_booking->blockAction()});
    edit->addSeparator();
    edit->addAction(m_actFind);
    QMenu *plan = menuBar()->addMenu(tr("&Planning"));
    plan->addActions(
        {m_planning->newDayAction(), m_planning->editDayAction(), m_planning->cancelDayAction()});
    plan->addSeparator();
    plan->addActions(
        {m_planning->formatsAction(), m_planning->consultantsAction(), m_planning->companiesAction()});
    QMenu *documents = menuBar()->addMenu(tr("&Documents"));
    documents->addActions({m_documents->letterAction(), m_documents->dayLettersAction()});
    documents->addSeparator();
    documents->addActions({m_documents->printPlanAction(), m_documents->planPdfAction(),
                           m_documents->briefingAction(), m_documents->doorSignsAction()});
    documents->addSeparator();
    documents->addAction(m_documents->exportAction());
    menuBar()->addMenu(m_privacy->createMenu(this));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_file->aboutAction());

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_planning->newDayAction());
    bar->addSeparator();
    bar->addActions({m_booking->bookAction(), m_booking->cancelAction()});
    bar->addSeparator();
    bar->addActions({m_actUndo, m_actRedo});
    bar->addSeparator();
    bar->addActions({m_documents->letterAction(), m_documents->printPlanAction()});
    bar->addSeparator();
    bar->addAction(m_actFind);
}

void MainWindow::switchDatabase(std::unique_ptr<Database> db)
{
    stopBackgroundWork(); // of the file before
    m_db = std::move(db);
    m_file->fileOpened();
    QSettings().setValue(QStringLiteral("database/lastPath"), m_db->path());
    buildCentral();
    if (m_loading == Loading::AfterFirstPaint) {
        runStartupChecksInBackground(QDate::currentDate()); // once the new file is read
        return;
    }
    runStartupChecks(QDate::currentDate());
    PrivacyActions::applyRetention(*this, QDate::currentDate());
}

void MainWindow::openDatabaseFile(const QString &path, const OpenOptions &options)
{
    // What is at the old file's path now would share its -wal and -shm by name with the connection still
    // open on the old one: let go of that first.
    if (!m_db->checkFile()) {
        m_days->stopSearch();
        m_db->close();
    }
    auto opened = Database::open(path, options);
    if (!opened) {
        showError(opened.error());
        return;
    }
    switchDatabase(std::move(opened).value());
}

void MainWindow::dataReplaced()
{
    m_undo->clear();
    if (auto v = m_db->dataVersion())
        m_dataVersion = *v;
    // The change feed came with the data: nothing in it relates to what the window holds.
    reloadEverything();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

const ConsultationDay &MainWindow::currentDay() const
{
    return m_dayView->model()->day();
}

QString MainWindow::currentFormatName() const
{
    return m_dayView->model()->formatName();
}

DayGridModel::CellState MainWindow::currentState() const
{
    return m_dayView->model()->state(m_dayView->grid()->currentIndex());
}

const SlotDetails *MainWindow::currentSlot() const
{
    return m_dayView->model()->slot(m_dayView->grid()->currentIndex());
}

const BookingDetails *MainWindow::currentBooking() const
{
    return m_dayView->model()->booking(m_dayView->grid()->currentIndex());
}

void MainWindow::selectDay(Id dayId)
{
    m_days->selectDay(dayId);
}

void MainWindow::selectBooking(Id bookingId)
{
    m_dayView->selectBooking(bookingId);
}

// The public steps the tests (and scripts) drive, without dialogs.
Status MainWindow::book(const BookingRequest &request)
{
    return m_booking->book(request);
}

bool MainWindow::editBooking(const BookingEdit &edit)
{
    return m_booking->editBooking(edit);
}

bool MainWindow::cancelBooking(Id bookingId, const QString &reason)
{
    return m_booking->cancelBooking(bookingId, reason);
}

bool MainWindow::moveBooking(Id bookingId, Id targetSlotId)
{
    return m_booking->moveBooking(bookingId, targetSlotId);
}

bool MainWindow::createDays(const QList<ConsultationDay> &days)
{
    return m_planning->createDays(days);
}

void MainWindow::runStartupChecks(const QDate &today)
{
    m_backups->runStartupChecks(today);
}

void MainWindow::runStartupChecksInBackground(const QDate &today)
{
    if (!m_loaded) {
        m_pendingChecks = today;
        return;
    }
    m_backups->startStartupChecks(today);
    m_privacy->startRetention(today);
}

bool MainWindow::backgroundWorkRunning() const
{
    return m_backups->dailyBackupRunning() || m_privacy->retentionRunning();
}

void MainWindow::stopBackgroundWork()
{
    m_pendingChecks.reset();
    m_firstReadResult.reset();
    m_firstRead->cancel();
    m_firstRead->wait();
    m_backups->stopDailyBackup();
    m_privacy->stopRetention();
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    return m_backups->restoreBackup(backupPath);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    // A daily backup still running is cancelled (its part file goes) or, when it is already being
    // checked, finished; either way nothing half-written stays behind. The window goes first.
    if (backgroundWorkRunning())
        hide();
    stopBackgroundWork();
    event->accept();
}

} // namespace Sprechtag
