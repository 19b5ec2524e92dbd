// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabaseFile.h"

#include "storage/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace Sprechtag::DatabaseFile {

HeaderCheck inspectHeader(const QString &path)
{
    // Non-blocking, and checked to be a regular file once open: a path swapped for a FIFO or a device
    // after the stat in checkDatabasePath neither blocks nor is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {ErrorCode::CannotOpen, 0};
    struct stat st
    {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return {ErrorCode::NotAFile, 0};
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return {ErrorCode::CannotOpen, 0};
    }
    const qint64 size = file.size();
    if (size == 0)
        return {ErrorCode::EmptyFile, 0};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return {ErrorCode::NotADatabase, 0};
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(h + 16);
    const quint32 pageSize = rawPageSize == 1 ? 65536U : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {ErrorCode::Corrupt, 0};
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    const int userVersion = static_cast<int>(qFromBigEndian<quint32>(h + 60));
    const int applicationId = static_cast<int>(qFromBigEndian<quint32>(h + 68));
    // With a WAL beside it the main file may lag behind; SQLite's own checks below still apply.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = wal.exists() && wal.size() > 0;
    if (!walPending) {
        if (size % pageSize != 0)
            return {ErrorCode::Corrupt, userVersion};
        if (pageCount != 0 && changeCounter == validFor && quint64(pageCount) * pageSize > quint64(size))
            return {ErrorCode::Corrupt, userVersion};
    }
    if (applicationId != kApplicationId)
        return {ErrorCode::NotSprechtagDatabase, userVersion};
    return {std::nullopt, userVersion};
}

bool ownerMayWrite(const QString &path)
{
    const QFileInfo info(path);
    // Writing needs the folder too: the journal, or WAL's -wal and -shm, are created beside the file.
    return (info.permissions() & QFileDevice::WriteOwner) && info.isWritable() &&
           QFileInfo(info.absolutePath()).isWritable();
}

// A file we may only read, in a folder we may not write, with none of SQLite's side files beside it.
// SQLite cannot create a journal, -wal or -shm there, and without them it cannot even read a file in WAL
// mode (the mode is kept in the file): only an immutable connection can (no locks, no side files).
// Immutable is safe only while nobody writes. Every writer needs the folder for its journal or -wal, so
// with none of them present nobody is writing now, and no workstation with our rights can start to. Only
// an account with more rights could; the connection stays read-only and a later open reads its changes.
// With a side file present (a writer at work, or one that crashed) the ordinary read-only open is used.
bool readOnlySnapshot(const QString &path)
{
    if (QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return false;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return false;
    }
    return true;
}

bool isNetworkFileSystem(const QString &path)
{
    struct statfs fs
    {};
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (::statfs(dir.constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x5346414FUL: // AFS
    case 0x73757245UL: // Coda
    case 0x01021997UL: // 9p
    case 0x65735546UL: // FUSE (sshfs and friends)
        return true;
    default:
        return false;
    }
}

} // namespace Sprechtag::DatabaseFile
