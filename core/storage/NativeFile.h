// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace Sprechtag {

// An SQLite result code as one of our errors about the file `path`; `handle` (if any) tells a full disk
// from other input/output errors.
Error nativeError(int rc, const QString &path, sqlite3 *handle = nullptr);

// A raw SQLite connection for files that are not the open database (backups, the file being rebuilt).
class NativeFile
{
public:
    NativeFile() = default;
    ~NativeFile();
    NativeFile(const NativeFile &) = delete;
    NativeFile &operator=(const NativeFile &) = delete;

    Status open(const QString &path, bool writable);
    // The first column of every row, as text.
    Result<QStringList> rows(const char *sql);
    Result<qint64> number(const char *sql);
    // Runs statements without results; an error names the file.
    Status exec(const QByteArray &sql);

    sqlite3 *handle() const { return m_handle; }

    // Copies the whole database `from` into the connection `to` with the backup API (pages, header,
    // schema).
    static Status copyInto(const QString &from, sqlite3 *to, const QString &targetPath);
    // Writes the database `from` as a new file `target` (which must not exist): built under a temporary
    // name (0600 from the start), then renamed into place.
    static Status copyToNewFile(const QString &from, const QString &target);
    // The bytes of the open file under `handle`, read through SQLite's own descriptor (opening and closing
    // another one would drop every lock of this process on the file), into `fd`.
    static Status rawCopy(sqlite3 *handle, int fd, const QString &target);
    static Result<qint64> pageSizeOf(const QString &path);

private:
    sqlite3 *m_handle = nullptr;
    QString m_path;
};

} // namespace Sprechtag
