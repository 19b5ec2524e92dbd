// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

class ConsultantRepository
{
public:
    explicit ConsultantRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const Consultant &consultant);
    // Refused with ChangedMeanwhile when the stored version is not consultant.version.
    Status update(const Consultant &consultant);
    Status remove(Id id);
    Result<std::optional<Consultant>> byId(Id id);
    // Every consultant whose name matches case-insensitively (usually one).
    Result<QList<Consultant>> byName(const QString &name);
    Result<QList<Consultant>> all(bool includeInactive = false);
    // Days and slots the consultant is planned for.
    Result<qint64> usageCount(Id id);

private:
    const Database &m_db;
};

} // namespace Sprechtag
