// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include <QCoreApplication>
#include <QDate>

namespace Sprechtag {

// Backups: the daily copy on start, "Back up now", "Restore backup…" and the one-time hint about
// network shares.
class BackupActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    BackupActions(WindowContext &context, QObject *parent);

    // On start (and after opening another file): the daily backup and the network-share hint.
    void runStartupChecks(const QDate &today);
    // Replaces the data with the backup (after a safety copy); false when refused (the user was told).
    bool restoreBackup(const QString &backupPath);
    void updateEnabled(bool writable);

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }

private:
    void showNetworkHintOnce();
    void onBackupNow();
    void onRestoreBackup();

    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
};

} // namespace Sprechtag
