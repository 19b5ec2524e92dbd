// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/WindowContext.h"
#include "common/Error.h"
#include "domain/Types.h"

#include <QMainWindow>

#include <QDate>

#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace Sprechtag {

class BackgroundJob;
class Database;
struct OpenOptions;
class DayListPanel;
class DayView;
class BookingDetailsPanel;
class WelcomePage;
class BookingActions;
class PlanningActions;
class DocumentActions;
class BackupActions;
class FileActions;
class PrivacyActions;
struct BookingRequest;
struct BookingEdit;

// The main window composes the day list, the day grid and the booking details with the action sets
// (ui/actions/), and owns the undo stack. The action sets reach it only as their WindowContext.
class MainWindow : public QMainWindow, private WindowContext
{
    Q_OBJECT

public:
    // When the data is read. Now: in the constructor (tests and scripts that drive the window at once).
    // AfterFirstPaint: the window shows and paints first, with a placeholder in the day list, and reads
    // the data right after its first paint (the program, whatever the size of the file).
    enum class Loading
    {
        Now,
        AfterFirstPaint,
    };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    MainWindow(std::unique_ptr<Database> db, Loading loading, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Database &database() const override { return *m_db; }
    QUndoStack *undoStack() override { return m_undo; }
    QUndoStack *undoStack() const { return m_undo; }

    // The steps behind the actions, without dialogs (the actions open the dialog, then call these).
    // Refusals are shown to the user and returned.
    Status book(const BookingRequest &request);
    bool editBooking(const BookingEdit &edit);
    bool cancelBooking(Id bookingId, const QString &reason = {});
    bool moveBooking(Id bookingId, Id targetSlotId);
    bool createDays(const QList<ConsultationDay> &days);
    // Reads again what changed since the last look (after a change here or by another workstation),
    // from the change feed: the changed days' rows, the grid when its day changed; everything only when
    // the feed says so (or on the first call for a file).
    void refresh() override;
    // On start (and after opening another file): the daily backup and the network-share hint, here and
    // now (the window waits).
    void runStartupChecks(const QDate &today);
    // The same once the window has loaded, with the daily backup and the retention pass on worker
    // threads (their own connections) behind a usable window; the status bar shows their progress.
    void runStartupChecksInBackground(const QDate &today);
    // Whether the data has been read (at once with Loading::Now; after the first paint otherwise).
    bool isLoaded() const { return m_loaded; }
    // Reads the data now if that has not happened yet (tests; what the first paint does otherwise).
    void finishLoading();
    // Whether the daily backup or the retention pass of the start still runs on its worker.
    bool backgroundWorkRunning() const;
    // Cancels what still runs on the workers and waits for them (closing the window does this).
    void stopBackgroundWork();

    // Replaces the data with the backup (after a safety copy); false when refused (the user was told).
    bool restoreBackup(const QString &backupPath);

Q_SIGNALS:
    // The data was read for the first time (after the first paint with Loading::AfterFirstPaint).
    void loaded();
    // The window has painted for the first time (once): what need not be there for it (the window icon)
    // comes now.
    void firstPainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // WindowContext
    QWidget *window() override { return this; }
    const ConsultationDay &currentDay() const override;
    QString currentFormatName() const override;
    DayGridModel::CellState currentState() const override;
    const SlotDetails *currentSlot() const override;
    const BookingDetails *currentBooking() const override;
    void selectDay(Id dayId) override;
    void selectBooking(Id bookingId) override;
    void dataReplaced() override;
    void showError(const Error &error) override;
    void showStatus(const QString &text, int timeoutMs) override;
    // Opens `path` in place of the current file; a current file no longer at its path is closed first.
    void openDatabaseFile(const QString &path, const OpenOptions &options) override;

    void createEditActions();
    void createMenus();
    void buildCentral();
    void startLoadingAfterPaint();
    // The first read of a file after the first paint: on a worker with its own connection, so that the
    // window stays responsive while ten years of days are counted; finishLoading() shows it.
    struct FirstRead;
    void startFirstRead();
    void firstReadEnded();
    void finishLoading(const FirstRead *prefetched);
    // Loaded: the poll runs, loaded() is emitted, the start-up checks asked for meanwhile start.
    void loadingDone(bool checksAfterPaint = false);
    void selectFirstDayAfterPaint();
    WelcomePage *welcomePage();
    void queueChecksAfterPaint();
    void runPendingChecks();
    void connectPanels();
    void showCurrentCell();
    void switchDatabase(std::unique_ptr<Database> db);
    void updateActions();
    void updateStatus();
    void pollForChanges();
    void reloadEverything(const FirstRead *prefetched = nullptr);
    // selectFirstDay: when nothing is selected, the first upcoming day (or the newest past one).
    void showDaysOrWelcome(bool selectFirstDay = true);

    std::unique_ptr<Database> m_db;
    QUndoStack *m_undo = nullptr;
    BookingActions *m_booking = nullptr;
    PlanningActions *m_planning = nullptr;
    DocumentActions *m_documents = nullptr;
    BackupActions *m_backups = nullptr;
    FileActions *m_file = nullptr;
    PrivacyActions *m_privacy = nullptr;
    QAction *m_actUndo = nullptr;
    QAction *m_actRedo = nullptr;
    QAction *m_actFind = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;      // made by welcomePage() when first needed
    QStackedWidget *m_daysStack = nullptr; // the placeholder until loaded, then the day list
    DayListPanel *m_days = nullptr;
    DayView *m_dayView = nullptr;
    BookingDetailsPanel *m_details = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_dataVersion = -1;
    Loading m_loading = Loading::Now;
    bool m_loaded = false;
    bool m_loadQueued = false;
    bool m_painted = false;
    bool m_checksQueued = false; // the startup checks wait for the next paint (loadingDone)
    bool m_selectQueued = false;
    BackgroundJob *m_firstRead = nullptr;
    std::shared_ptr<FirstRead> m_firstReadResult; // the running first read's, filled on its thread
    std::optional<QDate> m_pendingChecks;         // runStartupChecksInBackground before the data was read
    // Where in the change feed the window's view of the file stands.
    qint64 m_changeMark = 0;
};

} // namespace Sprechtag
