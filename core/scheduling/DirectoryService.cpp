// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/DirectoryService.h"

#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"

#include <QCoreApplication>

namespace Sprechtag {

Result<Removal> DirectoryService::removeConsultant(Id consultantId)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    ConsultantRepository consultants(m_db);
    auto found = consultants.byId(consultantId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::DirectoryService", "Consultant"),
                          QString::number(consultantId)});
    auto slots = consultants.usageCount(consultantId);
    if (!slots)
        return slots.error();
    Removal outcome = Removal::Deleted;
    if (*slots > 0) {
        Consultant archived = **found;
        archived.active = false;
        if (Status s = consultants.update(archived); !s)
            return s.error();
        outcome = Removal::Archived;
    } else if (Status s = consultants.remove(consultantId); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

Result<Removal> DirectoryService::removeCompany(Id companyId)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CompanyRepository companies(m_db);
    auto found = companies.byId(companyId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::DirectoryService", "Company"),
                          QString::number(companyId)});
    auto uses = companies.usageCount(companyId);
    if (!uses)
        return uses.error();
    Removal outcome = Removal::Deleted;
    if (*uses > 0) {
        Company archived = **found;
        archived.archived = true;
        if (Status s = companies.update(archived); !s)
            return s.error();
        outcome = Removal::Archived;
    } else if (Status s = companies.remove(companyId); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace Sprechtag
