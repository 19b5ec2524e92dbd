// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

class FormatRepository
{
public:
    explicit FormatRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const Format &format);
    // Refused with ChangedMeanwhile when the stored version is not format.version.
    Status update(const Format &format);
    Result<std::optional<Format>> byId(Id id);
    // Case-insensitive, Unicode-aware ("SOCIAL MEDIA sprechtag").
    Result<std::optional<Format>> byName(const QString &name);
    Result<QList<Format>> all(bool includeArchived = false);
    // Consultation days and waitlist entries of the format: one in use is archived, never deleted.
    Result<qint64> usageCount(Id id);
    // Only for a format that is not in use (see usageCount); the database refuses the others.
    Status remove(Id id);

private:
    const Database &m_db;
};

} // namespace Sprechtag
