// SPDX-License-Identifier: GPL-3.0-or-later
// The rules every output path obeys (documents/OutputFiles.h, checkOutputPath).
#include "documents/OutputTarget.h"

#include "backup/BackupFolder.h"
#include "documents/OutputFiles.h"
#include "domain/Text.h"
#include "storage/OpenFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Sprechtag::OutputTarget {

namespace {

// The reasons are marked with QT_TRANSLATE_NOOP, so that lupdate files them under this context.
QString reasonText(const char *text)
{
    return QCoreApplication::translate("Sprechtag::OutputFiles", text);
}

Error refused(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::OutputRefused, {shownOutputPath(path), reason});
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            return true;
    }
    return false;
}

// Device and inode as the registry of open databases keeps them (storage/OpenFiles.h).
std::optional<FileIdentity> idOf(const struct stat &st)
{
    return FileIdentity{quint64(st.st_dev), quint64(st.st_ino)};
}

// Follows symbolic links: the file a path ends up at.
std::optional<FileIdentity> idOf(const QByteArray &path)
{
    struct stat st
    {};
    if (::stat(path.constData(), &st) != 0)
        return std::nullopt;
    return idOf(st);
}

// The path with every symbolic link and ".." resolved; empty when it does not exist.
QByteArray resolved(const QByteArray &path)
{
    char buffer[PATH_MAX];
    if (!::realpath(path.constData(), buffer))
        return {};
    return QByteArray(buffer);
}

bool sameName(const QString &a, const QString &b)
{
    // Always without regard to case: on a file system that folds case (a USB stick, a share) both are one
    // file, and refusing a name that differs only in case next to the database costs nothing elsewhere.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool insideFolder(const QString &folder, const QString &candidate)
{
    return sameName(folder, candidate) ||
           candidate.startsWith(folder + QLatin1Char('/'), Qt::CaseInsensitive);
}

// What the target must not be, for one open database; empty when it is none of that.
QString protectedReason(const QString &database, int folderFd, const QByteArray &folder,
                        const QByteArray &name, const std::optional<FileIdentity> &target)
{
    struct stat folderStat
    {};
    if (::fstat(folderFd, &folderStat) != 0)
        return reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "its folder cannot be examined."));
    const FileIdentity folderId{quint64(folderStat.st_dev), quint64(folderStat.st_ino)};
    const QString targetFolder = fromLocal(folder);
    const QString targetName = fromLocal(name);

    const QFileInfo db(database);
    const QByteArray dbFolder = QFile::encodeName(db.absolutePath());
    const QByteArray dbFolderResolved = resolved(dbFolder);
    const std::optional<FileIdentity> dbFolderId = idOf(dbFolder);
    const std::pair<const char *, const char *> sideFiles[] = {
        {"", QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it is the open database.")},
        {"-wal", QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it belongs to the open database.")},
        {"-shm", QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it belongs to the open database.")},
        {"-journal", QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it belongs to the open database.")},
    };
    for (const auto &[suffix, reason] : sideFiles) {
        const QString sideName = db.fileName() + QLatin1String(suffix);
        const QByteArray sidePath = QFile::encodeName(db.absoluteFilePath() + QLatin1String(suffix));
        // By name in the same folder (reached through any path, in any case) ...
        const bool sameFolder =
            (dbFolderId && *dbFolderId == folderId) ||
            (!dbFolderResolved.isEmpty() && sameName(fromLocal(dbFolderResolved), targetFolder));
        if (sameFolder && sameName(sideName, targetName))
            return reasonText(reason);
        // ... and by identity, which also catches a hard link or the database reached through a link.
        if (target) {
            if (const std::optional<FileIdentity> side = idOf(sidePath); side && *side == *target)
                return reasonText(reason);
        }
    }

    const QString backups = BackupFolder::folderFor(db.absoluteFilePath());
    const QByteArray backupsPath = QFile::encodeName(backups);
    const std::optional<FileIdentity> backupsId = idOf(backupsPath);
    const QByteArray backupsResolved = resolved(backupsPath);
    const QString backupsShown =
        backupsResolved.isEmpty()
            ? (dbFolderResolved.isEmpty()
                   ? backups
                   : fromLocal(dbFolderResolved) + QLatin1Char('/') + QFileInfo(backups).fileName())
            : fromLocal(backupsResolved);
    const QString backupReason = reasonText(
        QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it lies in the backup folder of the open database."));
    if (insideFolder(backupsShown, targetFolder))
        return backupReason;
    if (backupsId) {
        // Every folder above the target, compared by identity (bind mounts, other case).
        QByteArray above = folder;
        for (;;) {
            if (const std::optional<FileIdentity> id = idOf(above); id && *id == *backupsId)
                return backupReason;
            const qsizetype slash = above.lastIndexOf('/');
            if (slash <= 0)
                break;
            above.truncate(slash);
        }
    }
    return {};
}

// Refuses what the final name must not be; target is set when a regular file stands there.
Status checkFinalName(const QString &shown, int folderFd, const QByteArray &name,
                      std::optional<FileIdentity> *target)
{
    struct stat st
    {};
    if (::fstatat(folderFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return {};
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(shown)});
    }
    if (S_ISLNK(st.st_mode))
        return refused(shown, reasonText(QT_TRANSLATE_NOOP(
                                  "Sprechtag::OutputFiles",
                                  "it is a symbolic link, and Sprechtag never writes through a link.")));
    if (S_ISDIR(st.st_mode))
        return refused(shown, reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it is a folder.")));
    if (!S_ISREG(st.st_mode))
        return refused(shown, reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                                                           "it is a device or a pipe, not a file.")));
    *target = idOf(st);
    return {};
}

// An existing SQLite file (another Sprechtag database, a backup copy moved elsewhere) is never replaced by
// a document. Only called once the file is known not to be one this process has open: closing a
// descriptor of a file SQLite holds would drop its locks.
bool isSqliteFile(int folderFd, const QByteArray &name)
{
    const int fd = ::openat(folderFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    char header[16] = {};
    const ssize_t n = ::read(fd, header, sizeof header);
    ::close(fd);
    return n == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

// The name as given: not empty, no control character, one of the suffixes.
Status checkName(const QString &path, const QString &fileName, const QStringList &suffixes)
{
    if (path.trimmed().isEmpty())
        return refused(path,
                       reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "no file name was given.")));
    if (hasControlCharacter(path))
        return refused(path, reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                                                          "the name contains a control character.")));
    if (fileName.isEmpty() || fileName == QLatin1String(".") || fileName == QLatin1String("..") ||
        path.endsWith(QLatin1Char('/')))
        return refused(path,
                       reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "no file name was given.")));
    if (!suffixes.isEmpty()) {
        bool fits = false;
        for (const QString &suffix : suffixes)
            fits = fits || fileName.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive);
        if (!fits || fileName.size() <= suffixes.first().size() + 1)
            return wrongSuffix(path, suffixes);
    }
    return {};
}

// By name first, as typed (in any case), so that a folder that does not exist in this case is refused
// as well.
Status checkNotDatabaseByName(const QString &absolute, const QFileInfo &info)
{
    for (const QString &database : OpenDatabaseFiles::paths()) {
        const QString dbPath = QDir::cleanPath(database);
        for (const char *side : {"", "-wal", "-shm", "-journal"}) {
            if (sameName(absolute, dbPath + QLatin1String(side)))
                return refused(absolute,
                               side[0] ? reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                                                                      "it belongs to the open database."))
                                       : reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                                                                      "it is the open database.")));
        }
        if (insideFolder(QDir::cleanPath(BackupFolder::folderFor(dbPath)), info.absolutePath()))
            return refused(absolute, reasonText(QT_TRANSLATE_NOOP(
                                         "Sprechtag::OutputFiles",
                                         "it lies in the backup folder of the open database.")));
    }
    return {};
}

// Why the existing file `target` in the opened folder must not be replaced; empty when it may.
QString protectedTarget(const CheckedTarget &t, const std::optional<FileIdentity> &target)
{
    for (const QString &database : OpenDatabaseFiles::paths()) {
        const QString reason = protectedReason(database, t.folderFd, t.folder, t.name, target);
        if (!reason.isEmpty())
            return reason;
    }
    if (!target)
        return {};
    // The file an open database was when it was opened, even if it has been moved or renamed since.
    for (const FileIdentity &open : OpenDatabaseFiles::identities()) {
        if (open == *target)
            return reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it is the open database."));
    }
    if (isSqliteFile(t.folderFd, t.name))
        return reasonText(
            QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                              "it is a database, and Sprechtag never replaces a database with a document."));
    return {};
}

} // namespace

QString fromLocal(const QByteArray &bytes)
{
    return QFile::decodeName(bytes);
}

Error wrongSuffix(const QString &path, const QStringList &suffixes)
{
    QStringList dotted;
    for (const QString &suffix : suffixes)
        dotted << QLatin1Char('.') + suffix;
    return refused(path,
                   dotted.size() == 1
                       ? reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in %1."))
                             .arg(dotted.first())
                       : reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in one of %1."))
                             .arg(dotted.join(QStringLiteral(", "))));
}

Result<CheckedTarget> check(const QString &path, const QStringList &suffixes)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    const QString fileName = info.fileName();
    if (Status s = checkName(path, fileName, suffixes); !s)
        return s.error();
    if (Status s = checkNotDatabaseByName(absolute, info); !s)
        return s.error();

    CheckedTarget t;
    t.path = absolute;
    t.name = QFile::encodeName(fileName);
    // The folder with its symbolic links resolved: the file is made in the folder it really is, and the
    // checks look at that folder. A missing folder is not created.
    t.folder = resolved(QFile::encodeName(info.absolutePath()));
    if (t.folder.isEmpty())
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(absolute)});
    t.folderFd = ::open(t.folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (t.folderFd < 0)
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(absolute)});

    std::optional<FileIdentity> target;
    Status s = checkFinalName(absolute, t.folderFd, t.name, &target);
    const QString reason = s ? protectedTarget(t, target) : QString();
    if (!s || !reason.isEmpty()) {
        ::close(t.folderFd);
        return s ? refused(absolute, reason) : s.error();
    }
    return t;
}

} // namespace Sprechtag::OutputTarget
