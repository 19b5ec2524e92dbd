// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Sprechtag {

class Database;
struct OpenOptions;
class DayListPanel;
class DayView;
class BookingDetailsPanel;
class PrivacyMenu;
class WelcomePage;
struct BookingDetails;
struct BookingRequest;
struct BookingEdit;

// The main window composes the day list, the day grid and the booking details, and owns the actions
// and the undo stack. Dialogs return values; the window hands them to core and pushes an undo command.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Database &database() const { return *m_db; }
    QUndoStack *undoStack() const { return m_undo; }

    // The steps behind the actions, without dialogs (the actions open the dialog, then call these).
    // Refusals are shown to the user and returned.
    Status book(const BookingRequest &request);
    bool editBooking(const BookingEdit &edit);
    bool cancelBooking(Id bookingId, const QString &reason = {});
    bool moveBooking(Id bookingId, Id targetSlotId);
    bool createDays(const QList<ConsultationDay> &days);
    // Reads everything again (after a change here or by another workstation).
    void refresh();
    // On start (and after opening another file): the daily backup and the network-share hint.
    void runStartupChecks(const QDate &today);
    // Replaces the data with the backup (after a safety copy); false when refused (the user was told).
    bool restoreBackup(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A named action (tests find it by object name), optionally with a shortcut.
    QAction *makeAction(const QString &text, const char *name, const QKeySequence &shortcut = {});
    void createActions();
    void createMenus();
    void buildCentral();
    void switchDatabase(std::unique_ptr<Database> db);
    void updateActions();
    void updateStatus();
    void showError(const Error &error);
    void pollForChanges();
    // The file was moved, replaced or deleted while open: say so once and offer to open it again.
    void offerReopen();
    // Opens `path` in place of the current file; a current file no longer at its path is closed first.
    void openDatabaseFile(const QString &path, const OpenOptions &options);

    Id currentSlotId() const;
    Id currentBookingId() const;

    void onGridActivated();
    void onNewDay();
    void onEditDay();
    void onCancelDay();
    void onBook();
    void onEditBooking();
    void onCancelBooking();
    void onAttendance(BookingStatus status);
    void onBlockSlot();
    void onLoadExample();
    void onCreateFirstDay();
    void onOpenDatabase();
    void onNewDatabase();
    void onSettings();
    void onAbout();
    // Documents and exports (MainWindowDocuments.cpp).
    void createDocumentActions();
    QString askSavePath(const QString &title, const QString &suggestedName, const QString &filter);
    void onLetterForBooking();
    void onLettersForDay();
    void onPrintDayPlan();
    void onDayPlanPdf();
    void onBriefing();
    void onDoorSigns();
    void onExport();
    // Backups (MainWindowBackups.cpp).
    void createBackupActions();
    void showNetworkHintOnce();
    void onBackupNow();
    void onRestoreBackup();

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo = nullptr;
    PrivacyMenu *m_privacy = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    DayListPanel *m_days = nullptr;
    DayView *m_dayView = nullptr;
    BookingDetailsPanel *m_details = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    bool m_fileReplacedShown = false;
    std::shared_ptr<QHash<Id, int>> m_versions = std::make_shared<QHash<Id, int>>();

    QAction *m_actNewDay = nullptr;
    QAction *m_actEditDay = nullptr;
    QAction *m_actCancelDay = nullptr;
    QAction *m_actBook = nullptr;
    QAction *m_actEditBooking = nullptr;
    QAction *m_actCancelBooking = nullptr;
    QAction *m_actAttended = nullptr;
    QAction *m_actNoShow = nullptr;
    QAction *m_actBlock = nullptr;
    QAction *m_actUndo = nullptr;
    QAction *m_actRedo = nullptr;
    QAction *m_actFind = nullptr;
    QAction *m_actFormats = nullptr;
    QAction *m_actConsultants = nullptr;
    QAction *m_actCompanies = nullptr;
    QAction *m_actSettings = nullptr;
    QAction *m_actLoadExample = nullptr;
    QAction *m_actOpen = nullptr;
    QAction *m_actNewDb = nullptr;
    QAction *m_actQuit = nullptr;
    QAction *m_actAbout = nullptr;
    QAction *m_actLetter = nullptr;
    QAction *m_actDayLetters = nullptr;
    QAction *m_actPrintPlan = nullptr;
    QAction *m_actPlanPdf = nullptr;
    QAction *m_actBriefing = nullptr;
    QAction *m_actDoorSigns = nullptr;
    QAction *m_actExport = nullptr;
    QAction *m_actBackupNow = nullptr;
    QAction *m_actRestoreBackup = nullptr;
};

} // namespace Sprechtag
