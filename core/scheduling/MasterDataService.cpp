// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/MasterDataService.h"

#include "documents/LetterTemplate.h"
#include "domain/Validation.h"
#include "privacy/PrivacyService.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"

#include <QCoreApplication>

#include <utility>

namespace Sprechtag {

namespace {

// The context of these sentences is the one their translations were made in (DirectoryService's).
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

// Runs work inside one WriteTransaction and commits when it succeeded; rolls back otherwise.
template <typename Work> auto inTransaction(const Database &db, Work work) -> decltype(work())
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto done = work();
    if (!done)
        return done;
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

// Inserts a record with id 0, updates (version-checked) any other; the record's id either way.
template <typename Repository, typename Record>
Result<Id> insertOrUpdate(Repository &repository, const Record &r)
{
    if (r.id == 0)
        return repository.insert(r);
    if (Status s = repository.update(r); !s)
        return s.error();
    return r.id;
}

// Rule 6: the record is archived (archive() marks it) when usageCount() says something refers to it,
// and deleted otherwise.
template <typename Repository, typename Archive>
Result<Removal> removeOrArchive(const Database &db, Id id, Entity entity, Archive archive)
{
    return inTransaction(db, [&]() -> Result<Removal> {
        Repository repository(db);
        auto found = repository.byId(id);
        if (!found)
            return found.error();
        if (!*found)
            return notFound(entity, id);
        auto uses = repository.usageCount(id);
        if (!uses)
            return uses.error();
        if (*uses == 0) {
            if (Status s = repository.remove(id); !s)
                return s.error();
            return Removal::Deleted;
        }
        auto archived = **found;
        archive(archived);
        if (Status s = repository.update(archived); !s)
            return s.error();
        return Removal::Archived;
    });
}

// A company or contact person: valid, then refused when namesake() names another record whose name means
// the same (empty: none), then stored; all in one transaction.
template <typename Namesake, typename Store>
Result<Id> saveNamed(const Database &db, const Status &valid, const char *what, Namesake namesake,
                     Store store)
{
    if (!valid)
        return valid.error();
    return inTransaction(db, [&]() -> Result<Id> {
        auto other = namesake();
        if (!other)
            return other.error();
        if (!other->isEmpty())
            return alreadyExists(what, *other);
        return store();
    });
}

// An unknown placeholder would be printed as it is in every letter: refused now, not found on paper.
Status checkPlaceholders(const QString &letterBody)
{
    const QStringList unknown = unknownPlaceholders(letterBody);
    if (unknown.isEmpty())
        return {};
    return makeError(
        ErrorCode::InvalidInput,
        {QCoreApplication::translate("Sprechtag::Validation", "Letter text"),
         QCoreApplication::translate("Sprechtag::Validation", "Unknown placeholder(s): %1. Known are: %2.")
             .arg(unknown.join(QStringLiteral(", ")), knownPlaceholders().join(QStringLiteral(", ")))});
}

} // namespace

Result<QList<Format>> MasterDataService::formats(bool includeArchived)
{
    return FormatRepository(m_db).all(includeArchived);
}

Result<std::optional<Format>> MasterDataService::format(Id id)
{
    return FormatRepository(m_db).byId(id);
}

Result<std::optional<Format>> MasterDataService::formatNamed(const QString &name)
{
    return FormatRepository(m_db).byName(name);
}

Result<QList<Consultant>> MasterDataService::consultants(bool includeArchived)
{
    return ConsultantRepository(m_db).all(includeArchived);
}

Result<std::optional<Consultant>> MasterDataService::consultant(Id id)
{
    return ConsultantRepository(m_db).byId(id);
}

Result<QList<Consultant>> MasterDataService::consultantsNamed(const QString &name)
{
    return ConsultantRepository(m_db).byName(name);
}

Result<QList<Company>> MasterDataService::companiesStartingWith(const QString &prefix, int limit,
                                                                bool includeArchived)
{
    return CompanyRepository(m_db).startingWith(prefix, limit, includeArchived);
}

Result<std::optional<Company>> MasterDataService::company(Id id)
{
    return CompanyRepository(m_db).byId(id);
}

Result<std::optional<Contact>> MasterDataService::contact(Id id)
{
    return CompanyRepository(m_db).contactById(id);
}

Result<QList<Company>> MasterDataService::companiesNamed(const QString &name)
{
    return CompanyRepository(m_db).byName(name);
}

Result<QList<Contact>> MasterDataService::contactsOf(Id companyId, bool includeArchived)
{
    return CompanyRepository(m_db).contactsOf(companyId, includeArchived);
}

Result<Organisation> MasterDataService::sender()
{
    return OrganisationRepository(m_db).get();
}

Result<int> MasterDataService::retentionMonths()
{
    return PrivacyService(m_db).retentionMonths();
}

Result<Id> MasterDataService::saveFormat(const Format &format)
{
    if (Status s = validateFormat(format); !s)
        return s.error();
    if (Status s = checkPlaceholders(format.letterBody); !s)
        return s.error();
    return inTransaction(m_db, [&]() -> Result<Id> {
        FormatRepository formats(m_db);
        auto namesake = formats.byName(format.name);
        if (!namesake)
            return namesake.error();
        if (*namesake && (*namesake)->id != format.id)
            return makeError(ErrorCode::InvalidInput,
                             {QCoreApplication::translate("Sprechtag::Validation", "Name"),
                              QCoreApplication::translate("Sprechtag::Validation",
                                                          "There is already a format called “%1”.")
                                  .arg(format.name)});
        return insertOrUpdate(formats, format);
    });
}

Result<Removal> MasterDataService::removeOrArchiveFormat(Id formatId)
{
    return removeOrArchive<FormatRepository>(m_db, formatId, Entity::Format,
                                             [](Format &f) { f.archived = true; });
}

Result<Id> MasterDataService::saveConsultant(const Consultant &consultant)
{
    if (Status s = validateConsultant(consultant); !s)
        return s.error();
    return inTransaction(m_db, [&]() -> Result<Id> {
        ConsultantRepository consultants(m_db);
        return insertOrUpdate(consultants, consultant);
    });
}

Result<Removal> MasterDataService::removeOrArchiveConsultant(Id consultantId)
{
    return removeOrArchive<ConsultantRepository>(m_db, consultantId, Entity::Consultant,
                                                 [](Consultant &c) { c.active = false; });
}

Result<Id> MasterDataService::saveCompany(const Company &company)
{
    CompanyRepository companies(m_db);
    return saveNamed(
        m_db, validateCompany(company), QT_TRANSLATE_NOOP("Sprechtag::DirectoryService", "Company"),
        [&]() -> Result<QString> {
            auto namesakes = companies.othersNamed(company.name, company.id);
            if (!namesakes)
                return namesakes.error();
            return namesakes->isEmpty() ? QString() : namesakes->first().name;
        },
        [&] { return insertOrUpdate(companies, company); });
}

Result<Id> MasterDataService::saveContact(const Contact &contact)
{
    CompanyRepository companies(m_db);
    return saveNamed(
        m_db, validateContact(contact), QT_TRANSLATE_NOOP("Sprechtag::DirectoryService", "Contact person"),
        [&]() -> Result<QString> {
            auto namesakes = companies.contactsNamed(contact.companyId, contact, contact.id);
            if (!namesakes)
                return namesakes.error();
            return namesakes->isEmpty() ? QString() : namesakes->first().fullName().simplified();
        },
        [&]() -> Result<Id> {
            if (contact.id == 0)
                return companies.insertContact(contact);
            if (Status s = companies.updateContact(contact); !s)
                return s.error();
            return contact.id;
        });
}

Result<SavedCompany> MasterDataService::saveCompanyWithContact(const Company &company,
                                                               const std::optional<Contact> &contact,
                                                               bool companyChanged)
{
    // Both are checked before anything is written.
    if (Status s = validateCompany(company); !s)
        return s.error();
    if (contact) {
        if (Status s = validateContact(*contact); !s)
            return s.error();
    }
    return inTransaction(m_db, [&]() -> Result<SavedCompany> {
        SavedCompany ids{company.id, contact ? contact->id : 0};
        if (company.id == 0 || companyChanged) {
            auto saved = saveCompany(company);
            if (!saved)
                return saved.error();
            ids.company = *saved;
        }
        if (contact) {
            Contact c = *contact;
            c.companyId = ids.company;
            auto saved = saveContact(c);
            if (!saved)
                return saved.error();
            ids.contact = *saved;
        }
        return ids;
    });
}

Result<Removal> MasterDataService::removeOrArchiveCompany(Id companyId)
{
    return removeOrArchive<CompanyRepository>(m_db, companyId, Entity::Company,
                                              [](Company &c) { c.archived = true; });
}

Status MasterDataService::setCompanyArchived(const Company &company, bool archived)
{
    return inTransaction(m_db, [&]() -> Status {
        Company changed = company;
        changed.archived = archived;
        return CompanyRepository(m_db).update(changed);
    });
}

Status MasterDataService::setContactArchived(const Contact &contact, bool archived)
{
    return inTransaction(m_db, [&]() -> Status {
        Contact changed = contact;
        changed.archived = archived;
        return CompanyRepository(m_db).updateContact(changed);
    });
}

Status MasterDataService::saveSender(const Organisation &sender)
{
    if (Status s = validateSender(sender); !s)
        return s;
    return inTransaction(m_db, [&]() -> Status { return OrganisationRepository(m_db).save(sender); });
}

Status MasterDataService::setRetentionMonths(int months)
{
    return PrivacyService(m_db).setRetentionMonths(months);
}

} // namespace Sprechtag
