// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DatabasePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Sprechtag {

namespace {

enum class Kind
{
    Missing,
    File,
    Folder,
    Other, // a device, FIFO or socket
};

Kind kindOf(const QString &path)
{
#ifdef Q_OS_UNIX
    // stat follows links: a link to a device counts as the device.
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Kind::Missing;
    if (S_ISREG(st.st_mode))
        return Kind::File;
    if (S_ISDIR(st.st_mode))
        return Kind::Folder;
    return Kind::Other;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    if (info.isDir())
        return Kind::Folder;
    return info.isFile() ? Kind::File : Kind::Other;
#endif
}

} // namespace

Status checkDatabasePath(const QString &absolutePath, bool create, const QString &defaultFolder)
{
    const QString shown = QDir::toNativeSeparators(absolutePath);
    switch (kindOf(absolutePath)) {
    case Kind::File:
        return {};
    case Kind::Folder:
    case Kind::Other:
        return makeError(ErrorCode::NotAFile, {shown});
    case Kind::Missing:
        break;
    }
    if (!create)
        return makeError(ErrorCode::CannotOpen, {shown});
    const QString folder = QFileInfo(absolutePath).absolutePath();
    switch (kindOf(folder)) {
    case Kind::Folder:
        return {};
    case Kind::Missing:
        if (QDir::cleanPath(folder) == QDir::cleanPath(QFileInfo(defaultFolder).absoluteFilePath())) {
            if (!QDir().mkpath(folder))
                return makeError(ErrorCode::CannotOpen, {shown});
            return {};
        }
        return makeError(ErrorCode::FolderMissing, {QDir::toNativeSeparators(folder), shown});
    case Kind::File:
    case Kind::Other:
        break;
    }
    return makeError(ErrorCode::FolderMissing, {QDir::toNativeSeparators(folder), shown});
}

} // namespace Sprechtag
