// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/OutputFiles.h"

#include "domain/Text.h"

#include "documents/OutputTarget.h"

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

Result<QString> checkOutputPath(const QString &path, const QStringList &suffixes)
{
    auto t = OutputTarget::check(path, suffixes);
    if (!t)
        return t.error();
    ::close(t->folderFd);
    return t->path;
}

Result<OutputFile> OutputFile::create(const QString &path, const QStringList &suffixes)
{
    auto t = OutputTarget::check(path, suffixes);
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
    return OutputTarget::fromLocal(m_folder + '/' + m_temporaryName);
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
    auto again = OutputTarget::check(m_path, {});
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
    return OutputTarget::wrongSuffix(path, offered);
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
