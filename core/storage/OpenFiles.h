// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace Sprechtag {

// A file as the file system knows it: a rename keeps it, a replacement or a new file under the same
// name does not.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    bool operator==(const FileIdentity &) const = default;
};

// The identity of what `path` names now (symbolic links followed); nothing when it does not exist.
std::optional<FileIdentity> fileIdentity(const QString &path);

enum class HeldAs
{
    NotHeld,
    Database,
    SideFile, // -wal, -shm or -journal of a database held here
};

// The database files SQLite holds open in this process. POSIX locks belong to the process: closing any
// descriptor of such a file or of its -shm drops every lock SQLite holds on it, and another workstation
// closing its connection then checkpoints and deletes the WAL under us. So nothing but SQLite may open
// a file listed here, and SQLite may open only the database file itself again (it shares the descriptor
// and its locks between connections; a side file opened as a database would be closed on its own).
namespace OpenDatabaseFiles {

void add(const QString &path, const FileIdentity &identity);
void remove(const FileIdentity &identity);
// Whether `path` (compared by device and inode, so also through links and other spellings) is a
// database file held here or one of its side files.
HeldAs holds(const QString &path);
// The files held here: each as it was opened and with its links resolved (absolute paths, once each),
// and the device and inode each had when it was opened, so a file moved or renamed since is still known.
// The output files (documents/OutputFiles.h) refuse to land on any of them, their side files or backups.
QStringList paths();
QList<FileIdentity> identities();

} // namespace OpenDatabaseFiles

} // namespace Sprechtag
