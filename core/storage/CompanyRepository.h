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
    // By nameKey(): however the name is typed; active companies first.
    Result<QList<Company>> byName(const QString &name);
    Result<QList<Company>> all(bool includeArchived = false);
    // Companies whose name starts with the prefix (by nameKey()), for completion; archived ones only
    // when asked.
    Result<QList<Company>> startingWith(const QString &prefix, int limit = 50, bool includeArchived = false);
    // Companies other than exceptId whose name means the same as this one (nameKey()).
    Result<QList<Company>> othersNamed(const QString &name, Id exceptId = 0);
    // Bookings and waitlist entries that name the company.
    Result<qint64> usageCount(Id companyId);

    Result<Id> insertContact(const Contact &contact);
    Status updateContact(const Contact &contact);
    Result<std::optional<Contact>> contactById(Id id);
    Result<QList<Contact>> contactsOf(Id companyId, bool includeArchived = false);
    // Contacts of the company other than exceptId whose first and last name mean the same as the given
    // contact's (nameKey(Contact)), archived ones last.
    Result<QList<Contact>> contactsNamed(Id companyId, const Contact &contact, Id exceptId = 0);

private:
    const Database &m_db;
};

} // namespace Sprechtag
