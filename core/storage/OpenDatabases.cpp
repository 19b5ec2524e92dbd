// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/OpenDatabases.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sys/stat.h>

namespace Sprechtag::OpenDatabases {

namespace {

QMutex &mutex()
{
    static QMutex m;
    return m;
}

struct Entry
{
    int count = 0;
    Identity identity;
};

// Path -> how many Database objects have it open, and what it was when the first one opened it.
QHash<QString, Entry> &files()
{
    static QHash<QString, Entry> f;
    return f;
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

void add(const QString &path)
{
    const QString key = absolute(path);
    Identity identity;
    struct stat st
    {};
    if (::stat(QFile::encodeName(key).constData(), &st) == 0)
        identity = Identity{quint64(st.st_dev), quint64(st.st_ino)};
    const QMutexLocker lock(&mutex());
    Entry &entry = files()[key];
    if (entry.count++ == 0 || entry.identity.inode == 0)
        entry.identity = identity;
}

void remove(const QString &path)
{
    const QMutexLocker lock(&mutex());
    const QString key = absolute(path);
    auto it = files().find(key);
    if (it != files().end() && --it->count <= 0)
        files().erase(it);
}

QStringList paths()
{
    const QMutexLocker lock(&mutex());
    return files().keys();
}

QList<Identity> identities()
{
    const QMutexLocker lock(&mutex());
    QList<Identity> list;
    for (const Entry &entry : std::as_const(files())) {
        if (entry.identity.inode != 0)
            list << entry.identity;
    }
    return list;
}

} // namespace Sprechtag::OpenDatabases
