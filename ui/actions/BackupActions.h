// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QLabel;
class QProgressBar;

namespace Sprechtag {

class BackgroundJob;

// Backups: the daily copy on start, "Back up now", "Restore backup…" and the one-time hint about
// network shares.
class BackupActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    BackupActions(WindowContext &context, QObject *parent);

    // On start (and after opening another file): the daily backup and the network-share hint, here and
    // now (the window waits).
    void runStartupChecks(const QDate &today);
    // The same with the daily backup and its check on a worker thread with its own connection: the
    // window stays usable, the status bar says that it runs and when it is saved; a failure is reported
    // as by runStartupChecks. A daily backup still running (of another file) is cancelled first.
    void startStartupChecks(const QDate &today);
    // Cancels a daily backup still running and waits for its thread: its part file is gone, or the
    // copy was finished and checked (closing the window).
    void stopDailyBackup();
    bool dailyBackupRunning() const;
    // Replaces the data with the backup (after a safety copy); false when refused (the user was told).
    bool restoreBackup(const QString &backupPath);
    void updateEnabled(bool writable);

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }

private:
    void showNetworkHintOnce();
    void dailyBackupEnded();
    void reportDailyFailure(const QString &databasePath, const QDate &today, const Error &error);
    void showProgress(bool running);
    void onBackupNow();
    void onRestoreBackup();

    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    BackgroundJob *m_daily = nullptr;
    // What the running daily backup is about; its outcome is written on the worker thread and read once
    // it has ended.
    struct DailyRun;
    std::shared_ptr<DailyRun> m_run;
    QWidget *m_progress = nullptr;
};

} // namespace Sprechtag
