// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/Backups.h"

#include "backup/BackupFolder.h"
#include "storage/Database.h"
#include "storage/SqliteBackup.h"

#include <QFile>
#include <QFileInfo>
#include <QTime>

namespace Sprechtag {

Backups::Backups(const QString &databasePath, BackupPolicy policy)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()), m_folder(folderFor(databasePath)),
      m_policy(policy)
{}

QString Backups::folderFor(const QString &databasePath)
{
    return BackupFolder::folderFor(databasePath);
}

Status Backups::ensureFolder(const QString &databasePath)
{
    return BackupFolder::ensureFolder(databasePath);
}

QString Backups::newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when)
{
    return BackupFolder::newPathFor(databasePath, kind, when);
}

OpenOptions Backups::workerOptions(const Database &db)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = db.m_readOnly;
    options.busyTimeoutMs = db.m_busyWait->timeoutMs;
    options.quickCheckLimitBytes = 0;
    options.migrations = db.m_migrations;
    options.assumeNetworkFileSystem = db.m_network;
    options.sameFileAs = db.openedFile();
    return options;
}

Status Backups::writeCopy(const Database &db, const QString &target, const QList<Migration> *migrations,
                          bool replace)
{
    return SqliteBackup::writeCopy(db, target, migrations, replace);
}

int Backups::removeLeftovers() const
{
    return BackupFolder::removeLeftovers(m_databasePath);
}

Result<QString> Backups::create(const Database &db, BackupKind kind, const QDateTime &when) const
{
    if (Status s = ensureFolder(m_databasePath); !s)
        return s.error();
    removeLeftovers();
    for (int attempt = 0;; ++attempt) {
        const QString target = newPathFor(m_databasePath, kind, when);
        Status s = writeCopy(db, target, db.m_migrations, false);
        if (!s) {
            // Another process took the name meanwhile: the next number is free.
            if (s.error().nativeCode == QLatin1String("EEXIST") && attempt < 5)
                continue;
            return s.error();
        }
        rotate(kind, target);
        return target;
    }
}

Result<QString> Backups::dailyBackupIfDue(const Database &db, const QDate &today) const
{
    // The first look at the folder after a start: what a killed copy left goes first.
    removeLeftovers();
    for (const BackupInfo &b : list()) {
        if (b.kind == BackupKind::Daily && b.made.date() == today)
            return QString();
    }
    return create(db, BackupKind::Daily, QDateTime(today, QTime::currentTime()));
}

QList<BackupInfo> Backups::list() const
{
    return BackupFolder::list(m_databasePath);
}

Result<BackupFacts> Backups::inspect(const QString &backupPath, const QList<Migration> *migrations)
{
    return SqliteBackup::inspect(backupPath, migrations);
}

std::optional<BackupInfo> Backups::newestSound(const QList<Migration> *migrations) const
{
    for (const BackupInfo &b : list()) {
        if (inspect(b.path, migrations))
            return b;
    }
    return std::nullopt;
}

void Backups::rotate(BackupKind kind, const QString &justMade) const
{
    const auto sound = [](const QString &path) {
        return bool(inspect(path));
    };
    for (const QString &path :
         BackupFolder::beyondLimit(list(), kind, m_policy.limitFor(kind), justMade, +sound))
        QFile::remove(path);
}

Result<QString> Backups::restore(const Database &live, const QString &backupPath, const QDateTime &now,
                                 const QList<Migration> *migrations) const
{
    auto safety = SqliteBackup::restore(live, live.m_migrations, m_databasePath, backupPath, now, migrations);
    if (safety)
        rotate(BackupKind::BeforeRestore, *safety);
    return safety;
}

Result<QString> Backups::recover(const QString &databasePath, const QString &backupPath, const QDate &today,
                                 const QList<Migration> *migrations)
{
    return SqliteBackup::recover(databasePath, backupPath, today, migrations);
}

} // namespace Sprechtag
