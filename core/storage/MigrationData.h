// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <functional>

namespace Sprechtag {

class Database;

// The rows a schema version fills after its statements, in the same transaction, for what SQL cannot
// compute itself (keys made in C++). It changes rows, never the schema, so a version's statements alone
// describe its schema. Nothing to do for a version without such a step.
// progress(done, total) between its own steps.
Status runMigrationDataStep(int version, const Database &db,
                            const std::function<void(int, int)> &progress = {});
// How many progress steps runMigrationDataStep() reports for the version (0: none).
int migrationDataSteps(int version);

} // namespace Sprechtag
