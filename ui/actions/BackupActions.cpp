// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/BackupActions.h"

#include "backup/BackgroundJob.h"
#include "backup/Backups.h"
#include "dialogs/RestoreDialog.h"
#include "MessageBoxes.h"
#include "storage/Database.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>

#include <optional>

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

struct BackupActions::DailyRun
{
    QString databasePath;
    QDate today;
    std::optional<Result<QString>> made; // empty: the work did not get to run
};

BackupActions::BackupActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_daily = new BackgroundJob(this);
    m_daily->setObjectName(QStringLiteral("dailyBackupJob"));
    connect(m_daily, &BackgroundJob::finished, this, &BackupActions::dailyBackupEnded);
    m_backupNow = makeAction(tr("&Back up now"), "actionBackupNow");
    m_restore = makeAction(tr("&Restore backup…"), "actionRestoreBackup");
    connect(m_backupNow, &QAction::triggered, this, &BackupActions::onBackupNow);
    connect(m_restore, &QAction::triggered, this, &BackupActions::onRestoreBackup);
}

void BackupActions::updateEnabled(bool writable)
{
    m_restore->setEnabled(writable);
}

void BackupActions::runStartupChecks(const QDate &today)
{
    showNetworkHintOnce();
    auto made = Backups(db().path()).dailyBackupIfDue(db(), today);
    if (!made)
        reportDailyFailure(db().path(), today, made.error());
}

void BackupActions::startStartupChecks(const QDate &today)
{
    stopDailyBackup();
    showNetworkHintOnce();
    auto run = std::make_shared<DailyRun>();
    run->databasePath = db().path();
    run->today = today;
    m_run = run;
    // The worker's own connection reads a snapshot (VACUUM INTO): in WAL mode the window writes on
    // meanwhile; what it commits after the copy began is in the next copy.
    // The worker's open runs the quick_check the window's own open leaves out (see main.cpp): a damaged
    // file is told after the first paint instead of holding it up.
    OpenOptions options = Backups::workerOptions(db());
    options.quickCheckLimitBytes = OpenOptions{}.quickCheckLimitBytes;
    m_daily->start(db().path(), options, [run](Database &worker, const BackgroundJob &) {
        run->made = Backups(run->databasePath).dailyBackupIfDue(worker, run->today);
    });
    showProgress(true);
}

void BackupActions::stopDailyBackup()
{
    if (!m_daily->isRunning())
        return;
    m_daily->cancel();
    m_daily->wait();
    m_run.reset(); // cancelled on purpose: nothing to report
    showProgress(false);
}

bool BackupActions::dailyBackupRunning() const
{
    return m_daily->isRunning();
}

void BackupActions::dailyBackupEnded()
{
    if (m_daily->isRunning())
        return; // the end of an earlier run; the current one still goes
    const std::shared_ptr<DailyRun> run = std::move(m_run);
    showProgress(false);
    if (!run)
        return;
    if (std::optional<Error> e = m_daily->openError()) {
        // Damaged: said at every start (restore a backup); anything else like a failed backup.
        if (e->code == ErrorCode::Corrupt)
            m_context.showError(*e);
        else
            reportDailyFailure(run->databasePath, run->today, *e);
        return;
    }
    if (!run->made)
        return;
    if (!*run->made) {
        reportDailyFailure(run->databasePath, run->today, run->made->error());
        return;
    }
    // A sentence already there (what the retention pass did) stays.
    auto *mainWindow = qobject_cast<QMainWindow *>(window());
    if (!run->made->value().isEmpty() && (!mainWindow || mainWindow->statusBar()->currentMessage().isEmpty()))
        m_context.showStatus(tr("Daily backup saved"), 5000);
}

void BackupActions::showProgress(bool running)
{
    auto *mainWindow = qobject_cast<QMainWindow *>(window());
    if (!mainWindow)
        return;
    if (!m_progress) {
        m_progress = new QWidget(mainWindow);
        m_progress->setObjectName(QStringLiteral("dailyBackupProgress"));
        auto *layout = new QHBoxLayout(m_progress);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(new QLabel(tr("Daily backup running…"), m_progress));
        auto *bar = new QProgressBar(m_progress);
        bar->setRange(0, 0); // busy: VACUUM INTO says nothing about how far it got
        bar->setMaximumWidth(120);
        bar->setTextVisible(false);
        layout->addWidget(bar);
        mainWindow->statusBar()->addPermanentWidget(m_progress);
    }
    m_progress->setVisible(running);
}

void BackupActions::reportDailyFailure(const QString &databasePath, const QDate &today, const Error &error)
{
    // The app works on without it; say so once a day, not at every start.
    QSettings settings;
    const QString key = keyFor("backups/failureShown", databasePath);
    if (settings.value(key).toDate() == today)
        return;
    settings.setValue(key, today);
    MessageBoxes::warning(
        window(), tr("Backup"),
        tr("Today's automatic backup could not be made: %1\n\nYou can go on working. Please "
           "make sure the folder %2 can be written, or make a backup with File > Back up "
           "now.")
            .arg(errorMessage(error), QDir::toNativeSeparators(Backups::folderFor(databasePath))));
}

void BackupActions::showNetworkHintOnce()
{
    if (!db().onNetworkFileSystem())
        return;
    QSettings settings;
    const QString key = keyFor("networkHint/shown", db().path());
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    MessageBoxes::information(
        window(), tr("Database on a network drive"),
        tr("The database %1 is on a network drive. Sprechtag works there in a slower, safer mode.\n\nIf "
           "several PCs work with this file at the same time, they should rather share a PostgreSQL server; "
           "please ask your IT support.")
            .arg(QDir::toNativeSeparators(db().path())));
}

void BackupActions::onBackupNow()
{
    auto made = Backups(db().path()).create(db(), BackupKind::Manual, QDateTime::currentDateTime());
    if (!made) {
        m_context.showError(made.error());
        return;
    }
    MessageBoxes::information(
        window(), tr("Backup"),
        tr("The backup was saved and checked:\n%1").arg(QDir::toNativeSeparators(*made)));
}

void BackupActions::onRestoreBackup()
{
    const Backups backups(db().path());
    RestoreDialog dialog(backups, window());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedPath().isEmpty())
        return;
    const QString question =
        tr("Restore the backup from %1? Everything changed since then is replaced, for every workstation "
           "working with this file. The current state is kept as a backup first.")
            .arg(RestoreDialog::describe(dialog.selectedBackup()));
    if (MessageBoxes::question(window(), tr("Restore backup"), question) != QMessageBox::Yes)
        return;
    restoreBackup(dialog.selectedPath());
}

bool BackupActions::restoreBackup(const QString &backupPath)
{
    auto safety = Backups(db().path()).restore(db(), backupPath, QDateTime::currentDateTime());
    if (!safety) {
        m_context.showError(safety.error());
        return false;
    }
    // Undo steps refer to the state before the restore.
    m_context.dataReplaced();
    MessageBoxes::information(window(), tr("Restore backup"),
                              tr("The backup was restored. The state before is kept as:\n%1")
                                  .arg(QDir::toNativeSeparators(*safety)));
    return true;
}

} // namespace Sprechtag
