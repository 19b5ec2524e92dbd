// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "PrivacyMenu.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/Database.h"
#include "undo/BookingCommands.h"
#include "widgets/BookingDetailsPanel.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"
#include "widgets/WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace Sprechtag {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undo = new QUndoStack(this);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);
    createActions();
    createMenus();
    m_privacy = new PrivacyMenu(this);
    buildCentral();
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::refresh);
    m_privacy->applyRetention(QDate::currentDate());

    // Another window or PC wrote to the file: read again without a restart.
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::pollForChanges);
    m_poll->start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First start: most of the screen, whatever its size.
        const QSize available = screen() ? screen()->availableSize() : QSize(1366, 768);
        resize(std::max(1000, available.width() * 9 / 10), std::max(660, available.height() * 9 / 10));
    }
}

MainWindow::~MainWindow()
{
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
    m_welcome = new WelcomePage(m_stack);
    auto *splitter = new QSplitter(Qt::Horizontal, m_stack);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_days = new DayListPanel(*m_db, splitter);
    m_dayView = new DayView(*m_db, splitter);
    m_details = new BookingDetailsPanel(*m_db, splitter);
    splitter->addWidget(m_days);
    splitter->addWidget(m_dayView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({330, 700, 320});
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);
    delete old;

    m_dayView->grid()->addActions({m_actBook, m_actEditBooking, m_actCancelBooking, m_actAttended,
                                   m_actNoShow, m_actBlock, m_actLetter});
    connect(m_welcome, &WelcomePage::createFirstDayRequested, this, &MainWindow::onCreateFirstDay);
    connect(m_welcome, &WelcomePage::loadExampleRequested, this, &MainWindow::onLoadExample);
    connect(m_days, &DayListPanel::daySelected, this, [this](Id dayId) {
        m_dayView->showDay(dayId);
        updateActions();
        updateStatus();
    });
    connect(m_days, &DayListPanel::bookingChosen, this, [this](Id dayId, Id bookingId) {
        m_days->selectDay(dayId);
        m_dayView->showDay(dayId);
        m_dayView->selectBooking(bookingId);
        m_dayView->grid()->setFocus();
    });
    connect(m_dayView->grid(), &QTableView::activated, this, &MainWindow::onGridActivated);
    connect(m_dayView->grid()->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const Id booking = currentBookingId();
        if (booking != 0) {
            m_details->showBooking(booking);
        } else if (const SlotDetails *s = m_dayView->model()->slot(m_dayView->grid()->currentIndex())) {
            m_details->showFreeSlot(
                tr("%1–%2 with %3: free")
                    .arg(formatTime(s->slot.time.start), formatTime(s->slot.time.end), s->consultantName));
        } else {
            m_details->clear();
        }
        updateActions();
    });
    connect(m_dayView->model(), &DayGridModel::moveRequested, this,
            [this](Id bookingId, Id slotId) { moveBooking(bookingId, slotId); });
    if (auto v = m_db->dataVersion())
        m_dataVersion = *v;
    refresh();
}

void MainWindow::refresh()
{
    const Id day = m_days->selectedDay();
    m_days->reload();
    const bool empty = m_days->model()->rowCount() == 0 && m_days->formatFilterIsAll();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (day != 0 && m_days->selectedDay() == day) {
        m_dayView->reload();
    } else if (m_days->selectedDay() == 0) {
        // Select the first upcoming day, or the newest past one.
        const QModelIndex first = m_days->model()->index(0, 0, m_days->model()->index(0, 0));
        if (first.isValid())
            m_days->selectDay(first.data(DayListModel::DayIdRole).toLongLong());
    }
    if (m_details->bookingId() != 0)
        m_details->showBooking(m_details->bookingId());
    updateActions();
    updateStatus();
}

void MainWindow::pollForChanges()
{
    auto v = m_db->dataVersion();
    if (!v && v.error().code == ErrorCode::FileReplaced && !m_fileReplacedShown)
        offerReopen();
    if (!v || *v == m_dataVersion)
        return;
    m_dataVersion = *v;
    refresh();
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
    const QModelIndex current = m_dayView->grid()->currentIndex();
    const auto state = m_dayView->model()->state(current);
    const BookingDetails *b = m_dayView->model()->booking(current);
    const bool writable = !m_db->isReadOnly();
    const bool hasDay = m_dayView->model()->dayId() != 0;
    m_actBook->setEnabled(writable && state == DayGridModel::CellState::Free);
    m_actEditBooking->setEnabled(writable && b);
    m_actCancelBooking->setEnabled(writable && b);
    m_actAttended->setEnabled(writable && b);
    m_actNoShow->setEnabled(writable && b);
    m_actBlock->setEnabled(
        writable && (state == DayGridModel::CellState::Free || state == DayGridModel::CellState::Blocked));
    m_actBlock->setText(state == DayGridModel::CellState::Blocked ? tr("Unblock slot") : tr("Block slot"));
    m_actEditDay->setEnabled(writable && hasDay);
    m_actCancelDay->setEnabled(writable && hasDay &&
                               m_dayView->model()->day().status != DayStatus::Cancelled);
    m_actNewDay->setEnabled(writable);
    m_actRestoreBackup->setEnabled(writable);
    m_actLetter->setEnabled(b && b->booking.status != BookingStatus::Cancelled);
    m_actDayLetters->setEnabled(hasDay);
    m_actPrintPlan->setEnabled(hasDay);
    m_actPlanPdf->setEnabled(hasDay);
    m_actBriefing->setEnabled(hasDay);
    m_actDoorSigns->setEnabled(hasDay);
}

void MainWindow::showError(const Error &error)
{
    if (error.code == ErrorCode::FileReplaced && !m_fileReplacedShown && !QApplication::activeModalWidget()) {
        // The offer replaces the plain message, once; later than now, as this may run inside an undo step
        // that a reopened file would pull the ground from under. (With a dialog open, the plain message
        // now and the offer at the next poll once the dialog is closed.)
        m_fileReplacedShown = true;
        QTimer::singleShot(0, this, &MainWindow::offerReopen);
        return;
    }
    MessageBoxes::showError(this, error);
}

void MainWindow::offerReopen()
{
    // Not while a dialog is open: it may be working on the current file, which reopening replaces. The
    // next poll asks again.
    if (QApplication::activeModalWidget()) {
        m_fileReplacedShown = false;
        return;
    }
    m_fileReplacedShown = true;
    const Status file = m_db->checkFile();
    if (file)
        return;
    const auto answer = MessageBoxes::choose(this, QMessageBox::Warning, tr("Database file replaced"),
                                             errorMessage(file.error()),
                                             {{QMessageBox::Retry, tr("&Reopen")},
                                              {QMessageBox::Open, tr("&Open other file…")},
                                              {QMessageBox::Cancel, QString()}},
                                             QMessageBox::Retry);
    if (answer == QMessageBox::Retry) {
        OpenOptions options;
        options.create = false;
        openDatabaseFile(m_db->path(), options);
    } else if (answer == QMessageBox::Open) {
        onOpenDatabase();
    }
}

Id MainWindow::currentSlotId() const
{
    const SlotDetails *s = m_dayView->model()->slot(m_dayView->grid()->currentIndex());
    return s ? s->slot.id : 0;
}

Id MainWindow::currentBookingId() const
{
    const BookingDetails *b = m_dayView->model()->booking(m_dayView->grid()->currentIndex());
    return b ? b->booking.id : 0;
}

Status MainWindow::book(const BookingRequest &request)
{
    BookingRequest r = request;
    r.actor = currentActor();
    auto booked = BookingService(*m_db).book(r);
    if (!booked) {
        showError(booked.error());
        refresh();
        return booked.error();
    }
    m_undo->push(new BookCommand(*m_db, m_versions, *booked, [this](const Error &e) { showError(e); }));
    m_dayView->selectBooking(booked->booking.id);
    return {};
}

bool MainWindow::editBooking(const BookingEdit &edit)
{
    auto before = BookingRepository(*m_db).byId(edit.bookingId);
    if (!before || !*before) {
        showError(before ? makeError(ErrorCode::NotFound, {tr("Booking"), QString::number(edit.bookingId)})
                         : before.error());
        return false;
    }
    const BookingEdit old = editFromDetails(*m_db, **before);
    BookingEdit e = edit;
    e.actor = currentActor();
    auto edited = BookingService(*m_db).edit(e);
    if (!edited) {
        showError(edited.error());
        refresh();
        return false;
    }
    m_undo->push(
        new EditCommand(*m_db, m_versions, *edited, old, e, [this](const Error &err) { showError(err); }));
    return true;
}

bool MainWindow::cancelBooking(Id bookingId, const QString &reason)
{
    auto cancelled = BookingService(*m_db).cancel(bookingId, reason, currentActor());
    if (!cancelled) {
        showError(cancelled.error());
        refresh();
        return false;
    }
    m_undo->push(
        new CancelCommand(*m_db, m_versions, cancelled->booking, [this](const Error &e) { showError(e); }));
    if (!cancelled->waitlist.isEmpty())
        MessageBoxes::information(this, tr("Waiting list"),
                                  tr("%n request(s) on the waiting list could take the free slot.", nullptr,
                                     int(cancelled->waitlist.size())));
    return true;
}

bool MainWindow::moveBooking(Id bookingId, Id targetSlotId)
{
    auto before = BookingRepository(*m_db).byId(bookingId);
    if (!before || !*before)
        return false;
    auto moved = BookingService(*m_db).move(bookingId, targetSlotId, currentActor());
    if (!moved) {
        showError(moved.error());
        refresh();
        return false;
    }
    m_undo->push(new MoveCommand(*m_db, m_versions, *moved, (*before)->booking.slotId,
                                 [this](const Error &e) { showError(e); }));
    m_dayView->selectBooking(bookingId);
    return true;
}

bool MainWindow::createDays(const QList<ConsultationDay> &days)
{
    // All or nothing: one transaction around every day of the request.
    WriteTransaction tx(*m_db);
    if (Status s = tx.begin(); !s) {
        showError(s.error());
        return false;
    }
    DayService service(*m_db);
    Id first = 0;
    for (const ConsultationDay &d : days) {
        auto created = service.create(d);
        if (!created) {
            tx.rollback();
            showError(created.error());
            return false;
        }
        if (first == 0)
            first = created->id;
    }
    if (Status s = tx.commit(); !s) {
        showError(s.error());
        return false;
    }
    refresh();
    m_days->selectDay(first);
    return true;
}

void MainWindow::onGridActivated()
{
    const auto state = m_dayView->model()->state(m_dayView->grid()->currentIndex());
    if (state == DayGridModel::CellState::Free)
        onBook();
    else if (state == DayGridModel::CellState::Booked)
        onEditBooking();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace Sprechtag
