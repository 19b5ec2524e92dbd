// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OpenFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>

#include <sys/stat.h>

namespace Sprechtag {

namespace {

struct HeldFile
{
    QString path;      // as opened
    QString canonical; // symbolic links resolved
    FileIdentity identity;
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

// One entry per open Database (the same file opened twice is listed twice).
QList<HeldFile> &registry()
{
    static QList<HeldFile> files;
    return files;
}

} // namespace

std::optional<FileIdentity> fileIdentity(const QString &path)
{
    struct stat st
    {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileIdentity{quint64(st.st_dev), quint64(st.st_ino)};
}

namespace OpenDatabaseFiles {

void add(const QString &path, const FileIdentity &identity)
{
    // SQLite names the side files after the path with symbolic links resolved.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QMutexLocker lock(&registryMutex());
    registry().append({QFileInfo(path).absoluteFilePath(), canonical.isEmpty() ? path : canonical, identity});
}

void remove(const FileIdentity &identity)
{
    const QMutexLocker lock(&registryMutex());
    QList<HeldFile> &files = registry();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files.at(i).identity == identity) {
            files.removeAt(i);
            return;
        }
    }
}

HeldAs holds(const QString &path)
{
    const std::optional<FileIdentity> wanted = fileIdentity(path);
    if (!wanted)
        return HeldAs::NotHeld;
    const QMutexLocker lock(&registryMutex());
    for (const HeldFile &file : std::as_const(registry())) {
        if (file.identity == *wanted)
            return HeldAs::Database;
    }
    for (const HeldFile &file : std::as_const(registry())) {
        for (const char *side : {"-wal", "-shm", "-journal"}) {
            if (fileIdentity(file.canonical + QLatin1String(side)) == wanted)
                return HeldAs::SideFile;
        }
    }
    return HeldAs::NotHeld;
}

QStringList paths()
{
    QStringList result;
    const QMutexLocker lock(&registryMutex());
    for (const HeldFile &file : std::as_const(registry())) {
        for (const QString &path : {file.path, file.canonical}) {
            if (!result.contains(path))
                result << path;
        }
    }
    return result;
}

QList<FileIdentity> identities()
{
    QList<FileIdentity> result;
    const QMutexLocker lock(&registryMutex());
    for (const HeldFile &file : std::as_const(registry()))
        result << file.identity;
    return result;
}

} // namespace OpenDatabaseFiles

} // namespace Sprechtag
