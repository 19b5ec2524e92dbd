// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Sprechtag::OpenDatabases {

// Every database file a Database object of this process has open (absolute paths, once each). Database
// adds and removes itself; the output files (documents/OutputFiles.h) refuse to land on any of them, their
// side files or their backup folders, so that no caller can forget to say what must be protected.
void add(const QString &path);
void remove(const QString &path);
QStringList paths();

// The device and inode each file had when it was opened (0, 0 when it did not exist yet): a database moved
// or renamed while open is still recognised.
struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
};
QList<Identity> identities();

} // namespace Sprechtag::OpenDatabases
