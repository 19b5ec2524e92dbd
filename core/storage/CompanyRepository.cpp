// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CompanyRepository.h"

#include "domain/Text.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

const QString kCompanySelect = QStringLiteral(
    "SELECT id, name, street, postcode, city, membership_number, industry, website, archived, version "
    "FROM company ");
const QString kContactSelect = QStringLiteral(
    "SELECT id, company_id, salutation, title, first_name, last_name, email, phone, archived, version "
    "FROM contact ");

Company readCompany(const Query &q)
{
    Company c;
    c.id = q.id(0);
    c.name = q.text(1);
    c.street = q.text(2);
    c.postcode = q.text(3);
    c.city = q.text(4);
    c.membershipNumber = q.text(5);
    c.industry = q.text(6);
    c.website = q.text(7);
    c.archived = q.flag(8);
    c.version = q.integer(9);
    return c;
}

Contact readContact(const Query &q)
{
    Contact c;
    c.id = q.id(0);
    c.companyId = q.id(1);
    c.salutation = salutationFromKey(q.text(2)).value_or(Salutation::None);
    c.title = q.text(3);
    c.firstName = q.text(4);
    c.lastName = q.text(5);
    c.email = q.text(6);
    c.phone = q.text(7);
    c.archived = q.flag(8);
    c.version = q.integer(9);
    return c;
}

template <typename T, typename Reader> Result<QList<T>> fetchAll(Query &q, Reader read)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<T>(q, read);
}

QString singleName(const QString &text)
{
    return cleanText(text, TextKind::SingleLine).simplified();
}

// Names (company, contact person) are stored cleaned by the rule for text fields (domain/Text.h),
// whichever path they came by; the other fields as given, after validation refused control characters.
void bindCompany(Query &q, const Company &c)
{
    const QString name = singleName(c.name);
    q.bind(name)
        .bind(nameKey(name))
        .bind(c.street)
        .bind(c.postcode)
        .bind(c.city)
        .bind(c.membershipNumber)
        .bind(c.industry)
        .bind(c.website)
        .bind(c.archived);
}

Contact cleaned(const Contact &c)
{
    Contact out = c;
    out.title = singleName(c.title);
    out.firstName = singleName(c.firstName);
    out.lastName = singleName(c.lastName);
    return out;
}

QString searchKey(const Contact &c)
{
    return nameKey(c.firstName + QLatin1Char(' ') + c.lastName + QLatin1Char(' ') + c.email);
}

void bindContact(Query &q, const Contact &contact)
{
    const Contact c = cleaned(contact);
    q.bind(c.companyId)
        .bind(toKey(c.salutation))
        .bind(c.title)
        .bind(c.firstName)
        .bind(c.lastName)
        .bind(c.email)
        .bind(c.phone)
        .bind(searchKey(c))
        .bind(contactNameKey(c))
        .bind(c.archived);
}

Status changedMeanwhile(const QString &what)
{
    return makeError(ErrorCode::ChangedMeanwhile, {what});
}

} // namespace

Result<Id> CompanyRepository::insert(const Company &company)
{
    Query q(m_db, QStringLiteral("INSERT INTO company (name, name_key, street, postcode, city, "
                                 "membership_number, industry, website, archived) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindCompany(q, company);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status CompanyRepository::update(const Company &company)
{
    Query q(m_db,
            QStringLiteral("UPDATE company SET name = ?, name_key = ?, street = ?, postcode = ?, city = ?, "
                           "membership_number = ?, industry = ?, website = ?, archived = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
    bindCompany(q, company);
    q.bind(company.id).bind(company.version);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return changedMeanwhile(company.name);
    return {};
}

Status CompanyRepository::remove(Id id)
{
    {
        Query q(m_db, QStringLiteral("DELETE FROM contact WHERE company_id = ?"));
        q.bind(id);
        if (Status s = q.exec(); !s)
            return s;
    }
    Query q(m_db, QStringLiteral("DELETE FROM company WHERE id = ?"));
    q.bind(id);
    return q.exec();
}

Result<std::optional<Company>> CompanyRepository::byId(Id id)
{
    Query q(m_db, kCompanySelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    auto list = fetchAll<Company>(q, readCompany);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Company>() : std::optional<Company>(list->first());
}

Result<QList<Company>> CompanyRepository::byName(const QString &name)
{
    Query q(m_db, kCompanySelect + QStringLiteral("WHERE name_key = ? ORDER BY archived, id"));
    q.bind(nameKey(name));
    return fetchAll<Company>(q, readCompany);
}

Result<QList<Company>> CompanyRepository::all(bool includeArchived)
{
    Query q(m_db, kCompanySelect + QStringLiteral("WHERE archived = 0 OR ? ORDER BY name_key, id"));
    q.bind(includeArchived);
    return fetchAll<Company>(q, readCompany);
}

Result<qint64> CompanyRepository::usageCount(Id companyId)
{
    return scalar(m_db,
                  QStringLiteral("SELECT (SELECT count(*) FROM booking WHERE company_id = ?) + "
                                 "(SELECT count(*) FROM waitlist_entry WHERE company_id = ?)"),
                  {companyId, companyId});
}

Result<QList<Company>> CompanyRepository::startingWith(const QString &prefix, int limit, bool includeArchived)
{
    // A range over the key uses the index, unlike LIKE on a non-NOCASE column. U+10FFFF sorts after every
    // character a key holds (SQLite compares the UTF-8 bytes, in code point order).
    const QString key = nameKey(prefix);
    Query q(m_db,
            kCompanySelect + QStringLiteral("WHERE name_key >= ? AND name_key < ? AND (archived = 0 OR ?) "
                                            "ORDER BY name_key, id LIMIT ?"));
    q.bind(key).bind(key + QString::fromUcs4(U"\U0010FFFF", 1)).bind(includeArchived).bind(limit);
    return fetchAll<Company>(q, readCompany);
}

Result<QList<Company>> CompanyRepository::othersNamed(const QString &name, Id exceptId)
{
    Query q(m_db, kCompanySelect + QStringLiteral("WHERE name_key = ? AND id <> ? ORDER BY archived, id"));
    q.bind(nameKey(name)).bind(exceptId);
    return fetchAll<Company>(q, readCompany);
}

Result<Id> CompanyRepository::insertContact(const Contact &contact)
{
    Query q(m_db, QStringLiteral("INSERT INTO contact (company_id, salutation, title, first_name, last_name, "
                                 "email, phone, search_key, name_key, archived) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindContact(q, contact);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status CompanyRepository::updateContact(const Contact &contact)
{
    Query q(m_db,
            QStringLiteral("UPDATE contact SET company_id = ?, salutation = ?, title = ?, first_name = ?, "
                           "last_name = ?, email = ?, phone = ?, search_key = ?, name_key = ?, archived = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
    bindContact(q, contact);
    q.bind(contact.id).bind(contact.version);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return changedMeanwhile(contact.fullName());
    return {};
}

Result<std::optional<Contact>> CompanyRepository::contactById(Id id)
{
    Query q(m_db, kContactSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    auto list = fetchAll<Contact>(q, readContact);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Contact>() : std::optional<Contact>(list->first());
}

Result<QList<Contact>> CompanyRepository::contactsNamed(Id companyId, const Contact &contact, Id exceptId)
{
    Query q(m_db, kContactSelect + QStringLiteral("WHERE company_id = ? AND name_key = ? AND id <> ? "
                                                  "ORDER BY archived, id"));
    q.bind(companyId).bind(contactNameKey(cleaned(contact))).bind(exceptId);
    return fetchAll<Contact>(q, readContact);
}

Result<QList<Contact>> CompanyRepository::contactsOf(Id companyId, bool includeArchived)
{
    Query q(m_db,
            kContactSelect + QStringLiteral("WHERE company_id = ? AND (archived = 0 OR ?) ORDER BY id"));
    q.bind(companyId).bind(includeArchived);
    return fetchAll<Contact>(q, readContact);
}

} // namespace Sprechtag
