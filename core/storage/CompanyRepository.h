// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

// Companies and their contact persons.
class CompanyRepository
{
public:
    explicit CompanyRepository(const Database &db) : m_db(db) {}

    Result<Id> insert(const Company &company);
    // Refused with ChangedMeanwhile when the stored version is not company.version.
    Status update(const Company &company);
    Status remove(Id id);
    Result<std::optional<Company>> byId(Id id);
    // Case-insensitive, Unicode-aware; active companies first.
    Result<QList<Company>> byName(const QString &name);
    Result<QList<Company>> all(bool includeArchived = false);
    // Active companies whose name starts with the prefix (case-insensitively), for completion.
    Result<QList<Company>> startingWith(const QString &prefix, int limit = 50);
    // Bookings and waitlist entries that name the company.
    Result<qint64> usageCount(Id companyId);

    Result<Id> insertContact(const Contact &contact);
    Status updateContact(const Contact &contact);
    Result<std::optional<Contact>> contactById(Id id);
    Result<QList<Contact>> contactsOf(Id companyId, bool includeArchived = false);

private:
    const Database &m_db;
};

} // namespace Sprechtag
