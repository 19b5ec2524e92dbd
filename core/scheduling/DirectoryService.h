// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "scheduling/MasterDataService.h"
#include "storage/Database.h"

namespace Sprechtag {

// Consultants and companies: rule 6 of product.md. Whoever appears in a booking or a planned day is
// archived, not deleted, so that the history and statistics stay whole.
class DirectoryService
{
public:
    explicit DirectoryService(const Database &db) : m_db(db) {}

    Result<Removal> removeConsultant(Id consultantId);
    Result<Removal> removeCompany(Id companyId);

    // Creates (id 0) or updates a company after validateCompany(). Refused (InvalidInput, "already exists")
    // when another company, archived ones too, has a name that means the same (nameKey()): no second company
    // for one typed differently. Updates check the version like CompanyRepository::update.
    Result<Id> saveCompany(const Company &company);
    // The same for a contact person within their company (nameKey(Contact)).
    Result<Id> saveContact(const Contact &contact);

private:
    const Database &m_db;
};

} // namespace Sprechtag
