// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus and the dialogs behind them.
#include "MainWindow.h"

#include "demo/DemoData.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/BookingDialog.h"
#include "dialogs/CompaniesDialog.h"
#include "dialogs/ConsultantsDialog.h"
#include "dialogs/DayDialog.h"
#include "dialogs/FormatsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "privacy/PrivacyService.h"
#include "PrivacyMenu.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/Database.h"
#include "storage/FormatRepository.h"
#include "undo/BookingCommands.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace Sprechtag {

QAction *MainWindow::makeAction(const QString &text, const char *name, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void MainWindow::createActions()
{
    m_actNewDay = makeAction(tr("&New consultation day…"), "actionNewDay", QKeySequence::New);
    m_actEditDay = makeAction(tr("&Edit consultation day…"), "actionEditDay");
    m_actCancelDay = makeAction(tr("Call off consultation day…"), "actionCancelDay");
    m_actBook = makeAction(tr("&Book slot…"), "actionBook", QKeySequence(Qt::CTRL | Qt::Key_B));
    m_actEditBooking =
        makeAction(tr("Edit &booking…"), "actionEditBooking", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_actCancelBooking = makeAction(tr("&Cancel booking…"), "actionCancelBooking", QKeySequence::Delete);
    m_actAttended = makeAction(tr("Mark as &attended"), "actionAttended");
    m_actNoShow = makeAction(tr("Mark as did &not attend"), "actionNoShow");
    m_actBlock = makeAction(tr("Block slot"), "actionBlockSlot");
    m_actUndo = m_undo->createUndoAction(this, tr("&Undo"));
    m_actUndo->setObjectName(QStringLiteral("actionUndo"));
    m_actUndo->setShortcut(QKeySequence::Undo);
    m_actRedo = m_undo->createRedoAction(this, tr("&Redo"));
    m_actRedo->setObjectName(QStringLiteral("actionRedo"));
    m_actRedo->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    m_actFind = makeAction(tr("&Find…"), "actionFind", QKeySequence::Find);
    m_actFormats = makeAction(tr("&Formats…"), "actionFormats");
    m_actConsultants = makeAction(tr("C&onsultants…"), "actionConsultants");
    m_actCompanies = makeAction(tr("Com&panies…"), "actionCompanies");
    m_actSettings = makeAction(tr("&Settings…"), "actionSettings", QKeySequence::Preferences);
    m_actLoadExample = makeAction(tr("Load &example data"), "actionLoadExample");
    m_actOpen = makeAction(tr("&Open database…"), "actionOpenDatabase", QKeySequence::Open);
    m_actNewDb = makeAction(tr("New &database…"), "actionNewDatabase");
    m_actQuit = makeAction(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_actAbout = makeAction(tr("&About Sprechtag"), "actionAbout");

    connect(m_actNewDay, &QAction::triggered, this, &MainWindow::onNewDay);
    connect(m_actEditDay, &QAction::triggered, this, &MainWindow::onEditDay);
    connect(m_actCancelDay, &QAction::triggered, this, &MainWindow::onCancelDay);
    connect(m_actBook, &QAction::triggered, this, &MainWindow::onBook);
    connect(m_actEditBooking, &QAction::triggered, this, &MainWindow::onEditBooking);
    connect(m_actCancelBooking, &QAction::triggered, this, &MainWindow::onCancelBooking);
    connect(m_actAttended, &QAction::triggered, this, [this] { onAttendance(BookingStatus::Attended); });
    connect(m_actNoShow, &QAction::triggered, this, [this] { onAttendance(BookingStatus::NoShow); });
    connect(m_actBlock, &QAction::triggered, this, &MainWindow::onBlockSlot);
    connect(m_actFind, &QAction::triggered, this, [this] {
        m_days->searchField()->setFocus();
        m_days->searchField()->selectAll();
    });
    connect(m_actFormats, &QAction::triggered, this, [this] {
        FormatsDialog dialog(*m_db, this);
        dialog.exec();
        refresh();
    });
    connect(m_actConsultants, &QAction::triggered, this, [this] {
        ConsultantsDialog dialog(*m_db, this);
        dialog.exec();
        refresh();
    });
    connect(m_actCompanies, &QAction::triggered, this, [this] {
        CompaniesDialog dialog(*m_db, this);
        dialog.exec();
        refresh();
    });
    connect(m_actSettings, &QAction::triggered, this, &MainWindow::onSettings);
    connect(m_actLoadExample, &QAction::triggered, this, &MainWindow::onLoadExample);
    connect(m_actOpen, &QAction::triggered, this, &MainWindow::onOpenDatabase);
    connect(m_actNewDb, &QAction::triggered, this, &MainWindow::onNewDatabase);
    connect(m_actQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_actAbout, &QAction::triggered, this, &MainWindow::onAbout);
    createDocumentActions();
    createBackupActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actNewDb);
    file->addAction(m_actOpen);
    file->addSeparator();
    file->addAction(m_actBackupNow);
    file->addAction(m_actRestoreBackup);
    file->addSeparator();
    file->addAction(m_actLoadExample);
    file->addAction(m_actSettings);
    file->addSeparator();
    file->addAction(m_actQuit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actUndo);
    edit->addAction(m_actRedo);
    edit->addSeparator();
    edit->addAction(m_actBook);
    edit->addAction(m_actEditBooking);
    edit->addAction(m_actCancelBooking);
    edit->addAction(m_actAttended);
    edit->addAction(m_actNoShow);
    edit->addAction(m_actBlock);
    edit->addSeparator();
    edit->addAction(m_actFind);
    QMenu *plan = menuBar()->addMenu(tr("&Planning"));
    plan->addAction(m_actNewDay);
    plan->addAction(m_actEditDay);
    plan->addAction(m_actCancelDay);
    plan->addSeparator();
    plan->addAction(m_actFormats);
    plan->addAction(m_actConsultants);
    plan->addAction(m_actCompanies);
    QMenu *documents = menuBar()->addMenu(tr("&Documents"));
    documents->addAction(m_actLetter);
    documents->addAction(m_actDayLetters);
    documents->addSeparator();
    documents->addAction(m_actPrintPlan);
    documents->addAction(m_actPlanPdf);
    documents->addAction(m_actBriefing);
    documents->addAction(m_actDoorSigns);
    documents->addSeparator();
    documents->addAction(m_actExport);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actAbout);

    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolbar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_actNewDay);
    bar->addSeparator();
    bar->addAction(m_actBook);
    bar->addAction(m_actCancelBooking);
    bar->addSeparator();
    bar->addAction(m_actUndo);
    bar->addAction(m_actRedo);
    bar->addSeparator();
    bar->addAction(m_actLetter);
    bar->addAction(m_actPrintPlan);
    bar->addSeparator();
    bar->addAction(m_actFind);
}

void MainWindow::onBook()
{
    const SlotDetails *slot = m_dayView->model()->slot(m_dayView->grid()->currentIndex());
    if (!slot ||
        m_dayView->model()->state(m_dayView->grid()->currentIndex()) != DayGridModel::CellState::Free)
        return;
    BookingDialog dialog(*m_db, *slot, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status s = book(dialog.request());
        // Back to the dialog only for what the user can fix there (the same-day rule, a typing error);
        // a slot taken meanwhile or a storage problem ends the attempt.
        if (s.ok() ||
            (s.error().code != ErrorCode::CompanyAlreadyBooked && s.error().code != ErrorCode::InvalidInput))
            return;
    }
}

void MainWindow::onEditBooking()
{
    const BookingDetails *b = m_dayView->model()->booking(m_dayView->grid()->currentIndex());
    if (!b)
        return;
    BookingDialog dialog(*m_db, *b, this);
    if (dialog.exec() == QDialog::Accepted)
        editBooking(dialog.edit());
}

void MainWindow::onCancelBooking()
{
    const BookingDetails *b = m_dayView->model()->booking(m_dayView->grid()->currentIndex());
    if (!b)
        return;
    const QString question =
        tr("Cancel the booking of %1 on %2 at %3 with %4? The slot becomes free again; the "
           "booking stays in the history as cancelled.")
            .arg(b->companyName, formatDateShort(b->slot.slot.date), formatTime(b->slot.slot.time.start),
                 b->slot.consultantName);
    if (MessageBoxes::question(this, tr("Cancel booking"), question) != QMessageBox::Yes)
        return;
    cancelBooking(b->booking.id);
}

void MainWindow::onAttendance(BookingStatus status)
{
    const BookingDetails *b = m_dayView->model()->booking(m_dayView->grid()->currentIndex());
    if (!b)
        return;
    const BookingStatus before = b->booking.status;
    auto changed =
        BookingService(*m_db).setAttendance(b->booking.id, status, currentActor(), b->booking.version);
    if (!changed) {
        showError(changed.error());
        refresh();
        return;
    }
    m_undo->push(
        new AttendanceCommand(*m_db, m_versions, *changed, before, [this](const Error &e) { showError(e); }));
}

void MainWindow::onBlockSlot()
{
    const QModelIndex current = m_dayView->grid()->currentIndex();
    const SlotDetails *slot = m_dayView->model()->slot(current);
    if (!slot)
        return;
    const bool block = m_dayView->model()->state(current) == DayGridModel::CellState::Free;
    if (Status s = DayService(*m_db).setSlotBlocked(slot->slot.id, block); !s)
        showError(s.error());
    refresh();
}

void MainWindow::onNewDay()
{
    DayDialog dialog(*m_db, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (createDays(dialog.days()))
            return;
    }
}

void MainWindow::onEditDay()
{
    if (m_dayView->model()->dayId() == 0)
        return;
    DayDialog dialog(*m_db, m_dayView->model()->day(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const QList<ConsultationDay> days = dialog.days();
        if (days.isEmpty())
            return;
        auto changed = DayService(*m_db).change(days.first());
        if (changed) {
            refresh();
            return;
        }
        showError(changed.error());
    }
}

void MainWindow::onCancelDay()
{
    const ConsultationDay &day = m_dayView->model()->day();
    if (day.id == 0)
        return;
    const QString question = tr("Call off the consultation day on %1? It stays in the list as cancelled.")
                                 .arg(formatDateShort(day.date));
    if (MessageBoxes::question(this, tr("Call off consultation day"), question) != QMessageBox::Yes)
        return;
    if (Status s = DayService(*m_db).setStatus(day.id, DayStatus::Cancelled); !s)
        showError(s.error());
    refresh();
}

void MainWindow::onCreateFirstDay()
{
    // A day needs a format and consultants: ask for them first when the file has none.
    if (auto formats = FormatRepository(*m_db).all(); formats && formats->isEmpty()) {
        MessageBoxes::information(this, tr("First steps"),
                                  tr("First describe the format of your consultation days (for example "
                                     "\"Social Media Sprechtag\"), then the consultants."));
        FormatsDialog dialog(*m_db, this);
        dialog.exec();
    }
    if (auto consultants = ConsultantRepository(*m_db).all(); consultants && consultants->isEmpty()) {
        ConsultantsDialog dialog(*m_db, this);
        dialog.exec();
    }
    onNewDay();
    refresh();
}

void MainWindow::onLoadExample()
{
    auto loaded = loadDemoData(*m_db);
    if (!loaded)
        showError(loaded.error());
    refresh();
}

void MainWindow::switchDatabase(std::unique_ptr<Database> db)
{
    m_db = std::move(db);
    m_fileReplacedShown = false;
    QSettings().setValue(QStringLiteral("database/lastPath"), m_db->path());
    buildCentral();
    runStartupChecks(QDate::currentDate());
    m_privacy->applyRetention(QDate::currentDate());
}

void MainWindow::onOpenDatabase()
{
    const QString path =
        FileDialogs::getOpenFileName(this, tr("Open database"), QFileInfo(m_db->path()).absolutePath(),
                                     tr("Sprechtag databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    OpenOptions options;
    options.create = false;
    openDatabaseFile(path, options);
}

void MainWindow::openDatabaseFile(const QString &path, const OpenOptions &options)
{
    // What is at the old file's path now would share its -wal and -shm by name with the connection still
    // open on the old one: let go of that first.
    if (!m_db->checkFile())
        m_db->close();
    auto opened = Database::open(path, options);
    if (!opened) {
        showError(opened.error());
        return;
    }
    switchDatabase(std::move(opened).value());
}

void MainWindow::onNewDatabase()
{
    QString path =
        FileDialogs::getSaveFileName(this, tr("New database"), QFileInfo(m_db->path()).absolutePath(),
                                     tr("Sprechtag databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sqlite")))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        MessageBoxes::warning(
            this, tr("New database"),
            tr("The file %1 exists already; open it instead.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseFile(path, OpenOptions{});
}

void MainWindow::onSettings()
{
    auto current = OrganisationRepository(*m_db).get();
    if (!current) {
        showError(current.error());
        return;
    }
    QSettings settings;
    const QString language = settings.value(QStringLiteral("language"), QStringLiteral("de")).toString();
    SettingsDialog dialog(*current, language, this);
    auto retention = PrivacyService(*m_db).retentionMonths();
    dialog.setRetention(retention ? *retention : 0, [this](int months) {
        return PrivacyMenu::previewText(*m_db, months, QDate::currentDate());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    WriteTransaction tx(*m_db);
    Status s = tx.begin();
    if (s)
        s = OrganisationRepository(*m_db).save(dialog.organisation());
    if (s)
        s = tx.commit();
    if (!s)
        showError(s.error());
    if (s && retention && dialog.retentionMonths() != *retention) {
        if (Status r = PrivacyService(*m_db).setRetentionMonths(dialog.retentionMonths()); !r)
            showError(r.error());
        else
            m_privacy->applyRetention(QDate::currentDate());
    }
    if (dialog.language() != language) {
        settings.setValue(QStringLiteral("language"), dialog.language());
        MessageBoxes::information(this, tr("Language"), tr("The new language applies from the next start."));
    }
}

void MainWindow::onAbout()
{
    AboutDialog dialog(m_db->path(), this);
    dialog.exec();
}

} // namespace Sprechtag
