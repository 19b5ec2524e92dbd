// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace Sprechtag {

// Whether a path may be handed to SQLite as a database, decided before anything opens it and from the
// file system's facts alone (stat, never open: opening a FIFO for reading blocks until a writer comes).
// An existing regular file, or a link to one, passes; a folder, device, FIFO or socket is refused. A
// missing file passes only when create is set and its folder exists; the one folder created here is the
// default location's (defaultFolder), so that a mistyped path leaves no trail of new folders.
Status checkDatabasePath(const QString &absolutePath, bool create, const QString &defaultFolder);

} // namespace Sprechtag
