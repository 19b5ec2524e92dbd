// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <memory>

class QProgressDialog;

namespace Sprechtag {

// A progress dialog while Database::open() migrates an existing file to the current schema (the
// automatic copy first, then each step); nothing is shown when no migration runs. Lives on the stack
// around the open call in the GUI thread:
//   MigrationProgress migration;
//   auto opened = Database::open(path, migration.options());
class MigrationProgress
{
public:
    MigrationProgress();
    ~MigrationProgress();
    MigrationProgress(const MigrationProgress &) = delete;
    MigrationProgress &operator=(const MigrationProgress &) = delete;

    // Default options with migrationProgress feeding the dialog.
    OpenOptions options();

private:
    void report(int done, int total);

    std::unique_ptr<QProgressDialog> m_dialog;
};

} // namespace Sprechtag
