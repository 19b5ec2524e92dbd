// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Sprechtag {

// Why a backup was made; part of its file name and rotated separately.
enum class BackupKind
{
    Daily,         // on the first start of a day
    Manual,        // "Sicherung jetzt anlegen", `sprechtag backup`
    BeforeRestore, // the state just before a restore replaced it
    BeforeUpdate,  // before a schema migration (Database::migrate)
};

// How many generations of each kind are kept. Rotation runs right after a new, checked copy of that kind
// was made and only removes the oldest ones beyond the limit, so the newest sound copy is never deleted.
struct BackupPolicy
{
    int daily = 7;
    int manual = 10;
    int beforeRestore = 5;
    int beforeUpdate = 3;

    int limitFor(BackupKind kind) const;
};

struct BackupInfo
{
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime made; // local time, from the file name
    qint64 sizeBytes = 0;
    // Counts up with every copy of the folder, whatever the clock says; 0 for copies named without it.
    qint64 sequence = 0;
};

// What a full look at a backup file found (integrity_check, foreign_key_check, application_id, version).
struct BackupFacts
{
    int schemaVersion = 0;
    qint64 bookings = -1; // -1: not counted
};

} // namespace Sprechtag
