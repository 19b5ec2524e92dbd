// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Backup.h"
#include "storage/Schema.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Sprechtag {

class Database;

// The SQLite side of backups: copies made with VACUUM INTO, checked completely, and put back through
// SQLite's backup API. File names and the folder are backup/BackupFolder's; the use cases are
// backup/Backups'.
namespace SqliteBackup {

// A checked copy of `db` at `target`, through a PartFile renamed into place. Without `replace` an existing
// file is never overwritten (then the error's nativeCode is "EEXIST").
Status writeCopy(const Database &db, const QString &target, const QList<Migration> *migrations, bool replace);
// Opens a copy read-only and checks it completely; an error says why it cannot be restored.
Result<BackupFacts> inspect(const QString &backupPath, const QList<Migration> *migrations);
// Replaces the content of `live` (opened with the schema steps `liveSteps`) with the copy; returns the
// BeforeRestore copy made under the same write lock in the backup folder of `databasePath` (not rotated
// yet). See Backups::restore.
Result<QString> restore(const Database &live, const QList<Migration> *liveSteps, const QString &databasePath,
                        const QString &backupPath, const QDateTime &now, const QList<Migration> *migrations);
// Moves a damaged file aside and writes the copy in its place. See Backups::recover.
Result<QString> recover(const QString &databasePath, const QString &backupPath, const QDate &today,
                        const QList<Migration> *migrations);

} // namespace SqliteBackup

} // namespace Sprechtag
