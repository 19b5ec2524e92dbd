// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/NativeFile.h"

#include "backup/PartFile.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>

namespace Sprechtag {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

ErrorCode codeFor(int rc, sqlite3 *handle)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    case SQLITE_IOERR: {
        const int systemError = handle ? sqlite3_system_errno(handle) : 0;
        return systemError == ENOSPC || systemError == EDQUOT ? ErrorCode::DiskFull : ErrorCode::IoError;
    }
    case SQLITE_CORRUPT:
        return ErrorCode::Corrupt;
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_NOTADB:
        return ErrorCode::NotADatabase;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return ErrorCode::CannotOpen;
    default:
        return ErrorCode::StorageFailure;
    }
}

} // namespace

Error nativeError(int rc, const QString &path, sqlite3 *handle)
{
    Error e;
    e.nativeCode = QString::number(rc);
    e.code = codeFor(rc, handle);
    switch (e.code) {
    case ErrorCode::ReadOnly:
    case ErrorCode::Corrupt:
    case ErrorCode::NotADatabase:
    case ErrorCode::CannotOpen:
        e.args = {shown(path)}; // these messages name the file
        break;
    default:
        break;
    }
    return e;
}

NativeFile::~NativeFile()
{
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

Status NativeFile::open(const QString &path, bool writable)
{
    m_path = path;
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
    if (rc != SQLITE_OK)
        return nativeError(rc, path);
    sqlite3_busy_timeout(m_handle, 5000);
    // Nothing of a file that is not ours yet may run as part of reading it.
    sqlite3_exec(m_handle, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
    return {};
}

Result<QStringList> NativeFile::rows(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return nativeError(sqlite3_extended_errcode(m_handle), m_path);
    }
    QStringList out;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out << (text ? QString::fromUtf8(text) : QString());
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return nativeError(rc, m_path);
    return out;
}

Result<qint64> NativeFile::number(const char *sql)
{
    auto r = rows(sql);
    if (!r)
        return r.error();
    if (r->isEmpty())
        return qint64(0);
    return r->first().toLongLong();
}

Status NativeFile::exec(const QByteArray &sql)
{
    if (sqlite3_exec(m_handle, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return nativeError(sqlite3_extended_errcode(m_handle), m_path, m_handle);
    return {};
}

Status NativeFile::copyInto(const QString &from, sqlite3 *to, const QString &targetPath)
{
    if (!to)
        return makeError(ErrorCode::CannotOpen, {shown(targetPath)});
    NativeFile source;
    if (Status s = source.open(from, false); !s)
        return s;
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", source.handle(), "main");
    if (!backup)
        return nativeError(sqlite3_extended_errcode(to), targetPath, to);
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return nativeError(rc, targetPath, to);
    if (finished != SQLITE_OK)
        return nativeError(finished, targetPath, to);
    return {};
}

Status NativeFile::copyToNewFile(const QString &from, const QString &target)
{
    PartFile part;
    if (Status s = part.create(target); !s)
        return s;
    {
        NativeFile dest;
        if (Status s = dest.open(part.path(), true); !s)
            return s;
        if (Status s = copyInto(from, dest.handle(), target); !s)
            return s;
    }
    if (::fsync(part.fd()) != 0 || !part.commit(target, false))
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    return {};
}

Status NativeFile::rawCopy(sqlite3 *handle, int fd, const QString &target)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return makeError(ErrorCode::IoError);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size;) {
        const int chunk = int(std::min<sqlite3_int64>(buffer.size(), size - offset));
        if (file->pMethods->xRead(file, buffer.data(), chunk, offset) != SQLITE_OK)
            return makeError(ErrorCode::IoError);
        for (int done = 0; done < chunk;) {
            const ssize_t n = ::write(fd, buffer.constData() + done, size_t(chunk - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return makeError(errno == ENOSPC || errno == EDQUOT ? ErrorCode::DiskFull
                                                                    : ErrorCode::CannotWriteFile,
                                 {shown(target)});
            done += int(n);
        }
        offset += chunk;
    }
    if (::fsync(fd) != 0)
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    return {};
}

Result<qint64> NativeFile::pageSizeOf(const QString &path)
{
    NativeFile file;
    if (Status s = file.open(path, false); !s)
        return s.error();
    return file.number("PRAGMA page_size");
}

} // namespace Sprechtag
