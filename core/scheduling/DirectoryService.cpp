// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/DirectoryService.h"

#include "domain/Validation.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

Error alreadyExists(const char *what, const QString &name)
{
    return makeError(ErrorCode::InvalidInput,
                     {QCoreApplication::translate("Sprechtag::DirectoryService", what),
                      QCoreApplication::translate("Sprechtag::DirectoryService",
                                                  "\"%1\" already exists (names count as the same however "
                                                  "they are written). Nothing was saved; please choose the "
                                                  "existing entry.")
                          .arg(name)});
}

} // namespace

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

Result<Id> DirectoryService::saveCompany(const Company &company)
{
    if (Status s = validateCompany(company); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CompanyRepository companies(m_db);
    auto namesakes = companies.othersNamed(company.name, company.id);
    if (!namesakes)
        return namesakes.error();
    if (!namesakes->isEmpty())
        return alreadyExists(QT_TRANSLATE_NOOP("Sprechtag::DirectoryService", "Company"),
                             namesakes->first().name);
    Id id = company.id;
    if (id == 0) {
        auto inserted = companies.insert(company);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = companies.update(company); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Id> DirectoryService::saveContact(const Contact &contact)
{
    if (Status s = validateContact(contact); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    CompanyRepository companies(m_db);
    auto namesakes = companies.contactsNamed(contact.companyId, contact, contact.id);
    if (!namesakes)
        return namesakes.error();
    if (!namesakes->isEmpty())
        return alreadyExists(QT_TRANSLATE_NOOP("Sprechtag::DirectoryService", "Contact person"),
                             namesakes->first().fullName().simplified());
    Id id = contact.id;
    if (id == 0) {
        auto inserted = companies.insertContact(contact);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = companies.updateContact(contact); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace Sprechtag
