// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"
#include "storage/Database.h"

#include <optional>

namespace Sprechtag {

enum class Removal
{
    Deleted,
    Archived,
};

// What saveCompanyWithContact() stored: the company's id and the contact's (0 when none was given).
struct SavedCompany
{
    Id company = 0;
    Id contact = 0;
};

// The master data: formats, consultants, companies with their contact persons, the sender of the letters
// and the retention period. The dialogs and the command line read and write them only here. Each write is
// one WriteTransaction (a savepoint inside the caller's), after the validation of domain/Validation.h; the
// audit log records it under the connection's staff user (Database::staffUser(), read by the triggers
// through sprechtag_actor()). Rule 6 of product.md: whatever a day, booking or waitlist entry refers to
// is archived, not deleted, so that the history and statistics stay whole.
class MasterDataService
{
public:
    explicit MasterDataService(const Database &db) : m_db(db) {}

    // Reads.
    Result<QList<Format>> formats(bool includeArchived = false);
    Result<std::optional<Format>> format(Id id);
    // Case-insensitive, by nameKey() ("SOCIAL MEDIA sprechtag").
    Result<std::optional<Format>> formatNamed(const QString &name);
    Result<QList<Consultant>> consultants(bool includeArchived = false);
    Result<std::optional<Consultant>> consultant(Id id);
    // Every consultant whose name means the same (usually one), active ones first.
    Result<QList<Consultant>> consultantsNamed(const QString &name);
    // Companies whose name starts with the prefix (nameKey()), at most limit.
    Result<QList<Company>> companiesStartingWith(const QString &prefix, int limit, bool includeArchived);
    Result<std::optional<Company>> company(Id id);
    // The companies of that name (the same identity as nameKey(): case, umlaut forms, spacing).
    Result<QList<Company>> companiesNamed(const QString &name);
    Result<QList<Contact>> contactsOf(Id companyId, bool includeArchived = false);
    Result<std::optional<Contact>> contact(Id id);
    Result<Organisation> sender();
    Result<int> retentionMonths();

    // Creates (id 0) or updates a format after validateFormat() and a check of the letter text's
    // placeholders. Refused (InvalidInput) when another format has a name that means the same. Updates
    // check the version (ChangedMeanwhile).
    Result<Id> saveFormat(const Format &format);
    // A format with consultation days or waitlist entries is archived, one without is deleted.
    Result<Removal> removeOrArchiveFormat(Id formatId);

    // Creates or updates a consultant after validateConsultant(); updates check the version.
    Result<Id> saveConsultant(const Consultant &consultant);
    // A consultant planned for a day or slot is archived (set inactive), one never planned is deleted.
    Result<Removal> removeOrArchiveConsultant(Id consultantId);

    // Creates (id 0) or updates a company after validateCompany(). Refused (InvalidInput, "already exists")
    // when another company, archived ones too, has a name that means the same (nameKey()): no second company
    // for one typed differently. Updates check the version like CompanyRepository::update.
    Result<Id> saveCompany(const Company &company);
    // The same for a contact person within their company (nameKey(Contact)).
    Result<Id> saveContact(const Contact &contact);
    // The company (when companyChanged or new) and the contact person (when given; it gets the company's
    // id) in one transaction: nothing is half-saved.
    Result<SavedCompany> saveCompanyWithContact(const Company &company, const std::optional<Contact> &contact,
                                                bool companyChanged = true);
    // A company with bookings or waitlist entries is archived, one without is deleted with its contacts.
    Result<Removal> removeOrArchiveCompany(Id companyId);
    // Archives or restores exactly the stored version given (ChangedMeanwhile otherwise).
    Status setCompanyArchived(const Company &company, bool archived);
    Status setContactArchived(const Contact &contact, bool archived);

    // The sender of every letter, after validateSender().
    Status saveSender(const Organisation &sender);
    // The retention period in months (0: off); PrivacyService keeps it.
    Status setRetentionMonths(int months);

private:
    const Database &m_db;
};

} // namespace Sprechtag
