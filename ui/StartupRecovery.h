// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QWidget;

namespace Sprechtag {

// What the app does when the database file cannot be opened because it is damaged, not a database or
// empty: offer the newest sound backup (through MessageBoxes, so tests can answer), keep the damaged file
// under a new name, put the backup in its place and open it.
class StartupRecovery
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::StartupRecovery)

public:
    // Damaged, not a database, empty: the errors a backup can help with.
    static bool canHelpWith(const Error &error);
    // Asks, recovers and opens; nullptr when there was no backup, the user declined or it failed (the
    // user has been told what to do).
    static std::unique_ptr<Database> offer(QWidget *parent, const QString &databasePath, const Error &error,
                                           const QDate &today);
};

} // namespace Sprechtag
