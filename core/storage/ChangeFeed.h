// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "storage/Database.h"

namespace Sprechtag {

// The change feed of schema version 4: triggers in the file mark each changed day (and day 0 for master
// data) with a growing sequence number, whichever connection wrote; readers ask what changed after the
// position they read at.
class ChangeFeed
{
public:
    explicit ChangeFeed(const Database &db) : m_db(db) {}

    // The position now: the file's generation and the last sequence number.
    Result<qint64> mark();
    // What changed after `mark`, read in one statement (one snapshot).
    Result<DayChanges> since(qint64 mark);
    // A new generation: every position taken before now means "everything changed". Called after a
    // copy was restored into the file.
    Status newGeneration();

private:
    const Database &m_db;
};

} // namespace Sprechtag
