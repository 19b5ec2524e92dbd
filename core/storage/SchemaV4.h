// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QStringList>

#include <functional>

namespace Sprechtag {

class Database;

// Version 4: fast at ten years of data (issue #12). The change feed (day_change, change_feed) that tells
// other connections which days changed, the indexes of the hot paths and the search index.
QStringList schemaVersion4();

// The rows version 4 fills after its statements (the search index of the existing companies and
// contacts), in steps; progress(done, total) between them.
Status fillSchemaVersion4(const Database &db, const std::function<void(int, int)> &progress);

// How many progress steps fillSchemaVersion4() reports.
int schemaVersion4FillSteps();

// The change feed's position packs the file's generation (changed on every restore) above the sequence
// number of the last change.
constexpr int kChangeSeqBits = 42;
constexpr qint64 kChangeSeqMask = (qint64(1) << kChangeSeqBits) - 1;

} // namespace Sprechtag
