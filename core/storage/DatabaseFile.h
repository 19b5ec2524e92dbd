// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

#include <optional>

// What Database::open learns about a file before SQLite touches it. Internal to storage/.
namespace Sprechtag::DatabaseFile {

struct HeaderCheck
{
    std::optional<ErrorCode> problem;
    int userVersion = 0;
};

// Looks at the file's first 100 bytes without SQLite, so that nothing is written to a file that is not
// a sound Sprechtag database.
HeaderCheck inspectHeader(const QString &path);
// The owner may write the file and its folder (for the journal, -wal and -shm).
bool ownerMayWrite(const QString &path);
// Whether only an immutable connection can read the file (see DatabaseFile.cpp).
bool readOnlySnapshot(const QString &path);
// File systems where SQLite's shared-memory WAL index is unsafe (several hosts share the file).
bool isNetworkFileSystem(const QString &path);

} // namespace Sprechtag::DatabaseFile
