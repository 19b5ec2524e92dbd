// SPDX-License-Identifier: GPL-3.0-or-later
// Backups in the main window: the daily copy on start, "Sicherung jetzt anlegen", "Sicherung
// wiederherstellen…" and the one-time hint about network shares.
#include "MainWindow.h"

#include "backup/Backups.h"
#include "dialogs/RestoreDialog.h"
#include "MessageBoxes.h"
#include "storage/Database.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QSettings>
#include <QUndoStack>

namespace Sprechtag {

namespace {

// A QSettings key for something remembered per database file (paths contain '/', which QSettings reads
// as groups).
QString keyFor(const char *what, const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QString::fromLatin1(what) + QLatin1Char('/') + QString::fromLatin1(hash);
}

} // namespace

void MainWindow::createBackupActions()
{
    m_actBackupNow = makeAction(tr("&Back up now"), "actionBackupNow");
    m_actRestoreBackup = makeAction(tr("&Restore backup…"), "actionRestoreBackup");
    connect(m_actBackupNow, &QAction::triggered, this, &MainWindow::onBackupNow);
    connect(m_actRestoreBackup, &QAction::triggered, this, &MainWindow::onRestoreBackup);
}

void MainWindow::runStartupChecks(const QDate &today)
{
    showNetworkHintOnce();
    auto made = Backups(m_db->path()).dailyBackupIfDue(*m_db, today);
    if (made)
        return;
    // The app works on without it; say so once a day, not at every start.
    QSettings settings;
    const QString key = keyFor("backups/failureShown", m_db->path());
    if (settings.value(key).toDate() == today)
        return;
    settings.setValue(key, today);
    MessageBoxes::warning(
        this, tr("Backup"),
        tr("Today's automatic backup could not be made: %1\n\nYou can go on working. Please "
           "make sure the folder %2 can be written, or make a backup with File > Back up "
           "now.")
            .arg(errorMessage(made.error()), QDir::toNativeSeparators(Backups::folderFor(m_db->path()))));
}

void MainWindow::showNetworkHintOnce()
{
    if (!m_db->onNetworkFileSystem())
        return;
    QSettings settings;
    const QString key = keyFor("networkHint/shown", m_db->path());
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    MessageBoxes::information(
        this, tr("Database on a network drive"),
        tr("The database %1 is on a network drive. Sprechtag works there in a slower, safer mode.\n\nIf "
           "several PCs work with this file at the same time, they should rather share a PostgreSQL server; "
           "please ask your IT support.")
            .arg(QDir::toNativeSeparators(m_db->path())));
}

void MainWindow::onBackupNow()
{
    auto made = Backups(m_db->path()).create(*m_db, BackupKind::Manual, QDateTime::currentDateTime());
    if (!made) {
        showError(made.error());
        return;
    }
    MessageBoxes::information(
        this, tr("Backup"), tr("The backup was saved and checked:\n%1").arg(QDir::toNativeSeparators(*made)));
}

void MainWindow::onRestoreBackup()
{
    const Backups backups(m_db->path());
    RestoreDialog dialog(backups, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    const QString question =
        tr("Restore the backup from %1? Everything changed since then is replaced, for every workstation "
           "working with this file. The current state is kept as a backup first.")
            .arg(RestoreDialog::describe(dialog.selectedBackup()));
    if (MessageBoxes::question(this, tr("Restore backup"), question) != QMessageBox::Yes)
        return;
    restoreBackup(dialog.selectedPath());
}

bool MainWindow::restoreBackup(const QString &backupPath)
{
    auto safety = Backups(m_db->path()).restore(*m_db, backupPath, QDateTime::currentDateTime());
    if (!safety) {
        showError(safety.error());
        return false;
    }
    // Undo steps refer to the state before the restore.
    m_undo->clear();
    if (auto v = m_db->dataVersion())
        m_dataVersion = *v;
    refresh();
    MessageBoxes::information(this, tr("Restore backup"),
                              tr("The backup was restored. The state before is kept as:\n%1")
                                  .arg(QDir::toNativeSeparators(*safety)));
    return true;
}

} // namespace Sprechtag
