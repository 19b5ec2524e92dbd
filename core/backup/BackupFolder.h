// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Backup.h"

#include <QDateTime>
#include <QList>
#include <QString>

// The backup folder of one database file as files: where it lies, how copies are named, which are there.
// Nothing here opens a database.
namespace Sprechtag::BackupFolder {

// "<folder of the file>/Sicherungen".
QString folderFor(const QString &databasePath);
// The folder, created 0700 when missing.
Status ensureFolder(const QString &databasePath);
// A free file name in the folder for a copy made at `when`, numbered one past the newest copy there.
QString newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when);
// The copies of the database, newest first (names and sizes only).
QList<BackupInfo> list(const QString &databasePath);
// Removes what a killed backup or restore left, in the folder and, of this database, next to it.
int removeLeftovers(const QString &databasePath);
// Of the copies of `kind` (newest first), those beyond `keep`; `justMade` is kept and counted. Empty when
// the newest of the others is not known to be sound (`newestIsSound` is asked only then).
QStringList beyondLimit(const QList<BackupInfo> &copies, BackupKind kind, int keep, const QString &justMade,
                        bool (*newestIsSound)(const QString &path));

} // namespace Sprechtag::BackupFolder
