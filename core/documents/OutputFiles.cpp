// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/OutputFiles.h"

#include "domain/Text.h"

#include "backup/Backups.h"
#include "storage/OpenFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Sprechtag {

QString sanitisedFileNamePart(const QString &text, int maxLength)
{
    QString s = text;
    const std::pair<const char16_t *, const char *> transcriptions[] = {
        {u"ä", "ae"}, {u"ö", "oe"}, {u"ü", "ue"}, {u"Ä", "Ae"}, {u"Ö", "Oe"}, {u"Ü", "Ue"}, {u"ß", "ss"}};
    for (const auto &[from, to] : transcriptions)
        s.replace(QString::fromUtf16(from), QLatin1String(to));
    // Other accents: decompose and drop the marks.
    s = s.normalized(QString::NormalizationForm_KD);
    QString out;
    bool dash = false;
    for (const QChar c : s) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !out.isEmpty()) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    out = out.left(maxLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    static const QStringList reserved{QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
                                      QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
                                      QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
                                      QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (out.isEmpty())
        out = QStringLiteral("unbenannt");
    if (reserved.contains(out.toUpper()))
        out += QStringLiteral("-datei");
    return out;
}

Result<QString> pathInside(const QString &folder, const QString &name)
{
    // A NUL cuts the name short in the system call, a newline or another control character makes a name
    // no one can type or see: neither is a file name we write.
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return makeError(ErrorCode::InvalidInput,
                             {QCoreApplication::translate("Sprechtag::OutputFiles", "File name"),
                              QCoreApplication::translate("Sprechtag::OutputFiles",
                                                          "A file name cannot contain control characters.")});
    }
    const QString base = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QString full = QDir::cleanPath(base + QLatin1Char('/') + name);
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        !full.startsWith(base + QLatin1Char('/')))
        return makeError(ErrorCode::InvalidInput,
                         {QCoreApplication::translate("Sprechtag::OutputFiles", "File name"),
                          QCoreApplication::translate("Sprechtag::OutputFiles",
                                                      "\"%1\" would lie outside the chosen folder.")
                              .arg(name)});
    return full;
}

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

QString fromLocal(const QByteArray &bytes)
{
    return QFile::decodeName(bytes);
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

    const QString backups = Backups::folderFor(db.absoluteFilePath());
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

struct CheckedTarget
{
    QString path;      // absolute, cleaned
    QByteArray folder; // resolved
    QByteArray name;
    int folderFd = -1;
};

Result<CheckedTarget> checkTarget(const QString &path, const QStringList &suffixes)
{
    if (path.trimmed().isEmpty())
        return refused(path,
                       reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "no file name was given.")));
    if (hasControlCharacter(path))
        return refused(path, reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles",
                                                          "the name contains a control character.")));
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(absolute);
    const QString fileName = info.fileName();
    if (fileName.isEmpty() || fileName == QLatin1String(".") || fileName == QLatin1String("..") ||
        path.endsWith(QLatin1Char('/')))
        return refused(path,
                       reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "no file name was given.")));
    if (!suffixes.isEmpty()) {
        bool fits = false;
        for (const QString &suffix : suffixes)
            fits = fits || fileName.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive);
        QStringList dotted;
        for (const QString &suffix : suffixes)
            dotted << QLatin1Char('.') + suffix;
        if (!fits || fileName.size() <= suffixes.first().size() + 1)
            return refused(
                path,
                dotted.size() == 1
                    ? reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in %1."))
                          .arg(dotted.first())
                    : reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in one of %1."))
                          .arg(dotted.join(QStringLiteral(", "))));
    }

    // By name first, as typed (in any case), so that a folder that does not exist in this case is refused
    // as well.
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
        if (insideFolder(QDir::cleanPath(Backups::folderFor(dbPath)), info.absolutePath()))
            return refused(absolute, reasonText(QT_TRANSLATE_NOOP(
                                         "Sprechtag::OutputFiles",
                                         "it lies in the backup folder of the open database.")));
    }

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
    QString reason;
    if (s) {
        for (const QString &database : OpenDatabaseFiles::paths()) {
            reason = protectedReason(database, t.folderFd, t.folder, t.name, target);
            if (!reason.isEmpty())
                break;
        }
        if (reason.isEmpty() && target) {
            // The file an open database was when it was opened, even if it has been moved or renamed since.
            for (const FileIdentity &open : OpenDatabaseFiles::identities()) {
                if (open == *target)
                    reason =
                        reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it is the open database."));
            }
        }
        if (reason.isEmpty() && target && isSqliteFile(t.folderFd, t.name))
            reason = reasonText(QT_TRANSLATE_NOOP(
                "Sprechtag::OutputFiles",
                "it is a database, and Sprechtag never replaces a database with a document."));
    }
    if (!s || !reason.isEmpty()) {
        ::close(t.folderFd);
        return s ? refused(absolute, reason) : s.error();
    }
    return t;
}

} // namespace

Result<QString> checkOutputPath(const QString &path, const QStringList &suffixes)
{
    auto t = checkTarget(path, suffixes);
    if (!t)
        return t.error();
    ::close(t->folderFd);
    return t->path;
}

Result<OutputFile> OutputFile::create(const QString &path, const QStringList &suffixes)
{
    auto t = checkTarget(path, suffixes);
    if (!t)
        return t.error();
    OutputFile file;
    file.m_path = t->path;
    file.m_folder = t->folder;
    file.m_name = t->name;
    file.m_folderFd = t->folderFd;
    for (int attempt = 0; attempt < 100 && file.m_fd < 0; ++attempt) {
        const QByteArray candidate =
            ".sprechtag-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + ".tmp";
        // 0600 from the first byte: the mode given to open() can only lose bits to the umask, never gain.
        const int fd = ::openat(file.m_folderFd, candidate.constData(),
                                O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            file.m_fd = fd;
            file.m_temporaryName = candidate;
        } else if (errno != EEXIST) {
            return file.writeError(errno);
        }
    }
    if (file.m_fd < 0)
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(file.m_path)});
    if (::fchmod(file.m_fd, S_IRUSR | S_IWUSR) != 0)
        return file.writeError(errno);
    return file;
}

OutputFile::OutputFile(OutputFile &&other) noexcept
    : m_path(std::move(other.m_path)), m_folder(std::move(other.m_folder)), m_name(std::move(other.m_name)),
      m_temporaryName(std::move(other.m_temporaryName)), m_folderFd(other.m_folderFd), m_fd(other.m_fd),
      m_committed(other.m_committed)
{
    other.m_folderFd = -1;
    other.m_fd = -1;
    other.m_temporaryName.clear();
}

OutputFile::~OutputFile()
{
    discard();
}

void OutputFile::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (m_folderFd >= 0) {
        if (!m_committed && !m_temporaryName.isEmpty())
            ::unlinkat(m_folderFd, m_temporaryName.constData(), 0);
        ::close(m_folderFd);
    }
    m_folderFd = -1;
}

QString OutputFile::temporaryPath() const
{
    return fromLocal(m_folder + '/' + m_temporaryName);
}

Error OutputFile::writeError(int savedErrno) const
{
    bool full = savedErrno == ENOSPC || savedErrno == EDQUOT;
    struct statvfs fs
    {};
    if (!full && m_folderFd >= 0 && ::fstatvfs(m_folderFd, &fs) == 0)
        full = fs.f_bavail == 0;
    return makeError(full ? ErrorCode::OutputDiskFull : ErrorCode::CannotWriteFile,
                     {shownOutputPath(m_path)});
}

Status OutputFile::write(const QByteArray &bytes)
{
    if (m_fd < 0)
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(m_path)});
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return writeError(n < 0 ? errno : ENOSPC);
        data += n;
        left -= n;
    }
    return {};
}

Status OutputFile::commit()
{
    if (m_fd < 0 || m_committed)
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(m_path)});
    if (::fsync(m_fd) != 0)
        return writeError(errno);
    // Whoever wrote by name (a library) must have written into our file, not into something put there.
    struct stat own
    {};
    struct stat named
    {};
    if (::fstat(m_fd, &own) != 0 ||
        ::fstatat(m_folderFd, m_temporaryName.constData(), &named, AT_SYMLINK_NOFOLLOW) != 0 ||
        own.st_dev != named.st_dev || own.st_ino != named.st_ino)
        return makeError(ErrorCode::CannotWriteFile, {shownOutputPath(m_path)});
    if (::close(m_fd) != 0) {
        m_fd = -1;
        return writeError(errno);
    }
    m_fd = -1;
    // Once more just before the rename: nothing has become a link, a folder or a protected file meanwhile.
    auto again = checkTarget(m_path, {});
    if (!again)
        return again.error();
    ::close(again->folderFd);
    // rename() replaces the final name itself; it never follows a link standing there.
    if (::renameat(m_folderFd, m_temporaryName.constData(), m_folderFd, m_name.constData()) != 0)
        return writeError(errno);
    m_committed = true;
    ::fsync(m_folderFd);
    return {};
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, const QStringList &suffixes)
{
    auto file = OutputFile::create(path, suffixes);
    if (!file)
        return file.error();
    OutputFile output = std::move(file).value();
    if (Status s = output.write(bytes); !s)
        return s;
    return output.commit();
}

Result<QString> withOutputSuffix(const QString &path, const QString &chosenSuffix, const QStringList &offered)
{
    if (path.isEmpty())
        return path;
    const QString name = QFileInfo(path).fileName();
    for (const QString &suffix : offered) {
        if (name.size() > suffix.size() + 1 && name.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
            return path;
    }
    // A name without a suffix of its own ("Plan", or ".Plan" hidden) gets the chosen type's.
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == name.size() - 1)
        return (path.endsWith(QLatin1Char('.')) ? path.chopped(1) : path) + QLatin1Char('.') + chosenSuffix;
    QStringList dotted;
    for (const QString &suffix : offered)
        dotted << QLatin1Char('.') + suffix;
    return refused(path,
                   dotted.size() == 1
                       ? reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in %1."))
                             .arg(dotted.first())
                       : reasonText(QT_TRANSLATE_NOOP("Sprechtag::OutputFiles", "it must end in one of %1."))
                             .arg(dotted.join(QStringLiteral(", "))));
}

QString shownOutputPath(const QString &path)
{
    QString shown = QDir::toNativeSeparators(path);
    for (QChar &c : shown) {
        if (isControl(c.unicode()))
            c = QLatin1Char('?');
    }
    return shown;
}

} // namespace Sprechtag
