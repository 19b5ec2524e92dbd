// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What /proc/locks says about the POSIX locks this process holds: SQLite keeps a lock on the database
// file and on its -shm for as long as a WAL connection is open; a descriptor closed beside it drops them.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/stat.h>

namespace Sprechtag::Test {

// The number of POSIX locks this process holds on the file at `path` (matched by inode); -1 when the
// file or /proc/locks cannot be read.
inline int locksHeldOn(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = QByteArray::number(quint64(st.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        // "1: POSIX  ADVISORY  READ 7855 fe:00:10953612 128 128"; waiters ("1: -> POSIX ...") hold nothing.
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) != "POSIX" || fields.at(4) != pid)
            continue;
        const QList<QByteArray> id = fields.at(5).split(':');
        if (id.size() == 3 && id.at(2) == inode)
            ++held;
    }
    return held;
}

// Whether the WAL connection's locks are in place: on the database file and on its -shm.
inline bool walLocksHeld(const QString &databasePath)
{
    return locksHeldOn(databasePath) > 0 && locksHeldOn(databasePath + QStringLiteral("-shm")) > 0;
}

} // namespace Sprechtag::Test
