// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileInfo>
#include <QList>
#include <QString>

#include <utility>

namespace Sprechtag::Test {

// Every way to name the open database, its side files, its backups and its backup folder (reliability.md
// test 18), as (what, path): directly, through "..", through a symlinked folder, in other case, through a
// hard link and a symlink at the final name. The test makes the links first: `linked` to the database's
// folder, `FOLDER/backup-link` to its backup folder, `FOLDER/hard.SUFFIX` and `FOLDER/alias.SUFFIX` to the
// database. Used by the core test and the command-line test alike.
inline QList<std::pair<QString, QString>> outputTargets(const QString &database, const QString &backupCopy,
                                                        const QString &linked, const QString &suffix)
{
    const QString folder = QFileInfo(database).absolutePath();
    const QString name = QFileInfo(database).fileName();
    const QString copy = QFileInfo(backupCopy).fileName();
    const QString backups = folder + QStringLiteral("/Sicherungen");
    const QString fresh = QStringLiteral("neu.") + suffix;
    return {
        {QStringLiteral("the database"), database},
        {QStringLiteral("the database through .."), backups + QStringLiteral("/../") + name},
        {QStringLiteral("the database through a symlinked folder"), linked + QLatin1Char('/') + name},
        {QStringLiteral("the database in other case"), folder + QLatin1Char('/') + name.toUpper()},
        {QStringLiteral("the database through a hard link"), folder + QStringLiteral("/hard.") + suffix},
        {QStringLiteral("a symlink to the database"), folder + QStringLiteral("/alias.") + suffix},
        {QStringLiteral("-wal"), database + QStringLiteral("-wal")},
        {QStringLiteral("-shm"), database + QStringLiteral("-shm")},
        {QStringLiteral("-journal"), database + QStringLiteral("-journal")},
        {QStringLiteral("-wal in other case"),
         folder + QLatin1Char('/') + name.toUpper() + QStringLiteral("-WAL")},
        {QStringLiteral("a backup copy"), backups + QLatin1Char('/') + copy},
        {QStringLiteral("a backup copy through a symlinked folder"),
         linked + QStringLiteral("/Sicherungen/") + copy},
        {QStringLiteral("the backup folder itself"), backups},
        {QStringLiteral("a new file in the backup folder"), backups + QLatin1Char('/') + fresh},
        {QStringLiteral("the backup folder through .."),
         folder + QStringLiteral("/elsewhere/../Sicherungen/") + fresh},
        {QStringLiteral("the backup folder through a symlinked folder"),
         folder + QStringLiteral("/backup-link/") + fresh},
        {QStringLiteral("the backup folder in other case"), folder + QStringLiteral("/SICHERUNGEN/") + fresh},
    };
}

} // namespace Sprechtag::Test
