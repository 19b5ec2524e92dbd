// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The read models of privacy work: the change log's entries and filter, and the records a retention
// period reaches. Values only, so that documents and the ui can name them without including storage.

#include "domain/Types.h"

#include <QDateTime>
#include <QStringList>

namespace Sprechtag {

// One line of the append-only change log: who changed which record when, and the names of the fields
// that changed (never their values).
struct AuditEntry
{
    Id id = 0;
    QDateTime at; // UTC
    QString staffUser;
    QString entity; // format, consultant, day, company, contact, booking, waitlist, settings
    Id entityId = 0;
    QString action; // create, edit, delete, cancel, reinstate, move, attendance, confirmation, archive,
                    // restore, resolve, erase, retention
    QStringList fields;
};

struct AuditFilter
{
    // Empty: every entity.
    QString entity;
    // 0: every record of the entity.
    Id entityId = 0;
    // Matched against the staff user, entity, action and field names (case-insensitively).
    QString text;
    int limit = 5000;
};

// A record the retention period reaches, with the name it has until it is anonymised.
struct RetentionCandidate
{
    Id id = 0;
    QString name;
};

} // namespace Sprechtag
