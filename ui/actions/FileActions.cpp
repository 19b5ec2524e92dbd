// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/FileActions.h"

#include "actions/PrivacyActions.h"
#include "demo/DemoData.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/SettingsDialog.h"
#include "FileDialogs.h"
#include "Logging.h"
#include "MessageBoxes.h"
#include "scheduling/MasterDataService.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace Sprechtag {

FileActions::FileActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_settings = makeAction(tr("&Settings…"), "actionSettings", QKeySequence::Preferences);
    m_loadExample = makeAction(tr("Load &example data"), "actionLoadExample");
    m_open = makeAction(tr("&Open database…"), "actionOpenDatabase", QKeySequence::Open);
    m_newDb = makeAction(tr("New &database…"), "actionNewDatabase");
    m_quit = makeAction(tr("&Quit"), "actionQuit", QKeySequence::Quit);
    m_about = makeAction(tr("&About Sprechtag"), "actionAbout");
    connect(m_settings, &QAction::triggered, this, &FileActions::onSettings);
    connect(m_loadExample, &QAction::triggered, this, &FileActions::loadExample);
    connect(m_open, &QAction::triggered, this, &FileActions::openDatabase);
    connect(m_newDb, &QAction::triggered, this, &FileActions::onNewDatabase);
    connect(m_quit, &QAction::triggered, this, [this] { window()->close(); });
    connect(m_about, &QAction::triggered, this, &FileActions::onAbout);
}

void FileActions::loadExample()
{
    auto loaded = loadDemoData(db());
    if (!loaded)
        m_context.showError(loaded.error());
    m_context.refresh();
}

bool FileActions::offerReopenLater()
{
    if (m_reopenOffered || QApplication::activeModalWidget())
        return false;
    // Later than now, as this may run inside an undo step that a reopened file would pull the ground
    // from under. (With a dialog open, the plain message now and the offer at the next poll once the
    // dialog is closed.)
    m_reopenOffered = true;
    QTimer::singleShot(0, this, &FileActions::offerReopen);
    return true;
}

void FileActions::offerReopen()
{
    // Not while a dialog is open: it may be working on the current file, which reopening replaces. The
    // next poll asks again.
    if (QApplication::activeModalWidget()) {
        m_reopenOffered = false;
        return;
    }
    m_reopenOffered = true;
    const Status file = db().checkFile();
    if (file)
        return;
    const auto answer = MessageBoxes::choose(window(), QMessageBox::Warning, tr("Database file replaced"),
                                             errorMessage(file.error()),
                                             {{QMessageBox::Retry, tr("&Reopen")},
                                              {QMessageBox::Open, tr("&Open other file…")},
                                              {QMessageBox::Cancel, QString()}},
                                             QMessageBox::Retry);
    if (answer == QMessageBox::Retry) {
        OpenOptions options;
        options.create = false;
        const QString path = db().path();
        m_context.openDatabaseFile(path, options);
    } else if (answer == QMessageBox::Open) {
        openDatabase();
    }
}

void FileActions::openDatabase()
{
    const QString path =
        FileDialogs::getOpenFileName(window(), tr("Open database"), QFileInfo(db().path()).absolutePath(),
                                     tr("Sprechtag databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    OpenOptions options;
    options.create = false;
    m_context.openDatabaseFile(path, options);
}

void FileActions::onNewDatabase()
{
    QString path =
        FileDialogs::getSaveFileName(window(), tr("New database"), QFileInfo(db().path()).absolutePath(),
                                     tr("Sprechtag databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sqlite")))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        MessageBoxes::warning(
            window(), tr("New database"),
            tr("The file %1 exists already; open it instead.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_context.openDatabaseFile(path, OpenOptions{});
}

void FileActions::onSettings()
{
    MasterDataService masterData(db());
    auto current = masterData.sender();
    if (!current) {
        m_context.showError(current.error());
        return;
    }
    QSettings settings;
    const QString language = settings.value(QStringLiteral("language"), QStringLiteral("de")).toString();
    SettingsDialog dialog(*current, language, window());
    auto retention = masterData.retentionMonths();
    if (!retention)
        logReadError("retention period for the settings", retention.error());
    dialog.setRetention(retention ? *retention : 0, [this](int months) {
        return PrivacyActions::previewText(db(), months, QDate::currentDate());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = masterData.saveSender(dialog.organisation());
    if (!s)
        m_context.showError(s.error());
    if (s && retention && dialog.retentionMonths() != *retention) {
        if (Status r = masterData.setRetentionMonths(dialog.retentionMonths()); !r)
            m_context.showError(r.error());
        else
            PrivacyActions::applyRetention(m_context, QDate::currentDate());
    }
    if (dialog.language() != language) {
        settings.setValue(QStringLiteral("language"), dialog.language());
        MessageBoxes::information(window(), tr("Language"),
                                  tr("The new language applies from the next start."));
    }
}

void FileActions::onAbout()
{
    AboutDialog dialog(db().path(), window());
    dialog.exec();
}

} // namespace Sprechtag
