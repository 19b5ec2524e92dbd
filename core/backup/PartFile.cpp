// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sprechtag {

namespace {

const QRegularExpression &leftoverPattern()
{
    // ".<copy>.part-<16 hex>" and its side files; six letters and digits: QTemporaryFile's names of
    // earlier versions.
    static const QRegularExpression pattern(
        QStringLiteral("^\\.(.+)\\.(?:part|restore)-([0-9A-Za-z]{6}|[0-9a-f]{16})(-journal|-wal|-shm)?$"));
    return pattern;
}

// Whether `fd` is locked by us now and still the file at `path` (a cleaner or a writer may have taken
// the name between open and lock).
bool lockedAndStillThere(int fd, const QByteArray &path)
{
    struct stat mine
    {};
    struct stat there
    {};
    return ::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &mine) == 0 &&
           ::lstat(path.constData(), &there) == 0 && mine.st_ino == there.st_ino &&
           mine.st_dev == there.st_dev;
}

} // namespace

PartFile::~PartFile()
{
    if (m_fd < 0)
        return;
    if (!m_committed) {
        // Still locked: no cleaner can take the name meanwhile.
        for (const char *side : {"", "-journal", "-wal", "-shm"})
            ::unlink(QFile::encodeName(m_path + QLatin1String(side)).constData());
    }
    ::close(m_fd);
}

Status PartFile::create(const QString &target)
{
    const QFileInfo info(target);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString name = QStringLiteral("%1/.%2.part-%3")
                                 .arg(info.absolutePath(), info.fileName())
                                 .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        const QByteArray encoded = QFile::encodeName(name);
        const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return makeError(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::CannotWriteFile,
                             {QDir::toNativeSeparators(target)});
        }
        // A cleaner may have taken the name between open and lock; then start again.
        if (!lockedAndStillThere(fd, encoded)) {
            ::close(fd);
            continue;
        }
        m_fd = fd;
        m_path = name;
        return {};
    }
    return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(target)});
}

bool PartFile::commit(const QString &target, bool replace, int *error)
{
    for (const char *side : {"-journal", "-wal", "-shm"})
        ::unlink(QFile::encodeName(m_path + QLatin1String(side)).constData());
    const QByteArray from = QFile::encodeName(m_path);
    const QByteArray to = QFile::encodeName(target);
    int rc = 0;
    if (replace) {
        rc = ::rename(from.constData(), to.constData());
    } else {
        rc = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
        if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
            // A file system without RENAME_NOREPLACE: a hard link fails on an existing name.
            rc = ::link(from.constData(), to.constData());
            if (rc == 0)
                ::unlink(from.constData());
        }
    }
    if (rc != 0) {
        if (error)
            *error = errno;
        return false;
    }
    m_committed = true;
    return true;
}

int PartFile::removeLeftoversIn(const QString &folder, const std::function<bool(const QString &)> &belongs)
{
    int removed = 0;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QStringList sides;
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch m = leftoverPattern().match(entry.fileName());
        if (!m.hasMatch() || !belongs(m.captured(1)))
            continue;
        if (!m.captured(3).isEmpty()) {
            sides << entry.absoluteFilePath();
            continue;
        }
        const QByteArray path = QFile::encodeName(entry.absoluteFilePath());
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        if (lockedAndStillThere(fd, path) && ::unlink(path.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    // Side files whose copy is gone (removed above, or never there).
    for (const QString &side : std::as_const(sides)) {
        const QString main = side.left(side.lastIndexOf(QLatin1Char('-')));
        if (!QFileInfo::exists(main) && QFile::remove(side))
            ++removed;
    }
    return removed;
}

} // namespace Sprechtag
