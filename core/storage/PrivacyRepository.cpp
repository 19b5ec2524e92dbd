// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PrivacyRepository.h"

#include "storage/BookingRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

const QString kAuditSelect =
    QStringLiteral("SELECT id, at, staff_user, entity, entity_id, action, fields FROM audit_log ");

AuditEntry readAudit(const Query &q)
{
    AuditEntry e;
    e.id = q.id(0);
    e.at = QDateTime::fromString(q.text(1), Qt::ISODateWithMs);
    e.staffUser = q.text(2);
    e.entity = q.text(3);
    e.entityId = q.id(4);
    e.action = q.text(5);
    const QString fields = q.text(6);
    if (!fields.isEmpty())
        e.fields = fields.split(QLatin1Char(','));
    return e;
}

Result<QList<AuditEntry>> fetchAudit(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<AuditEntry>(q, readAudit);
}

Result<QList<Id>> fetchIds(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<Id>(q, [](const Query &q) { return q.id(0); });
}

Result<QList<RetentionCandidate>> fetchCandidates(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<RetentionCandidate>(q, [](const Query &q) {
        return RetentionCandidate{q.id(0), q.text(1).simplified()};
    });
}

// A cutoff that is not a date would be bound as NULL, and "no booking on or after NULL" holds for every
// company: refuse it before any statement sees it.
Status checkCutoff(const QDate &cutoff)
{
    if (cutoff.isValid())
        return {};
    return makeError(ErrorCode::InvalidInput,
                     {QCoreApplication::translate("Sprechtag::PrivacyService", "Date of the retention check"),
                      QCoreApplication::translate("Sprechtag::SlotPlan", "Please enter a valid date.")});
}

// What the retention period reaches, as conditions with one bound cutoff date each (the preview selects
// with them, applying updates with them, in the same transaction).
const QString kOldBookings =
    QStringLiteral("FROM booking b JOIN slot s ON s.id = b.slot_id WHERE s.date < ? "
                   "AND (b.anonymised = '' OR b.topic <> '' OR b.cancel_reason <> '')");
const QString kDueCompanies = QStringLiteral(
    "FROM company c WHERE c.anonymised = '' "
    "AND EXISTS (SELECT 1 FROM booking b WHERE b.company_id = c.id) "
    "AND NOT EXISTS (SELECT 1 FROM booking b JOIN slot s ON s.id = b.slot_id "
    "                WHERE b.company_id = c.id AND s.date >= ?) "
    "AND NOT EXISTS (SELECT 1 FROM waitlist_entry w WHERE w.company_id = c.id AND w.resolved = 0)");
// Contacts of a company that the period reaches, and contacts of their own whose bookings it reaches
// (two cutoff dates).
const QString kDueContacts = QStringLiteral(
    "FROM contact ct WHERE ct.anonymised = '' AND ("
    " (EXISTS (SELECT 1 FROM booking b WHERE b.company_id = ct.company_id) "
    "  AND NOT EXISTS (SELECT 1 FROM booking b JOIN slot s ON s.id = b.slot_id "
    "                  WHERE b.company_id = ct.company_id AND s.date >= ?) "
    "  AND NOT EXISTS (SELECT 1 FROM waitlist_entry w WHERE w.company_id = ct.company_id "
    "                  AND w.resolved = 0)) "
    " OR (EXISTS (SELECT 1 FROM booking b WHERE b.contact_id = ct.id) "
    "  AND NOT EXISTS (SELECT 1 FROM booking b JOIN slot s ON s.id = b.slot_id "
    "                  WHERE b.contact_id = ct.id AND s.date >= ?) "
    "  AND NOT EXISTS (SELECT 1 FROM waitlist_entry w WHERE w.company_id = ct.company_id "
    "                  AND (w.contact_id IS NULL OR w.contact_id = ct.id) AND w.resolved = 0)))");

} // namespace

Result<QList<AuditEntry>> PrivacyRepository::auditEntries(const AuditFilter &filter)
{
    Query q(m_db, kAuditSelect + QStringLiteral("WHERE (? = '' OR entity = ?) AND (? = 0 OR entity_id = ?) "
                                                "AND (? = '' OR instr(lower(staff_user || ' ' || entity || "
                                                "' ' || action || ' ' || fields), lower(?)) > 0) "
                                                "ORDER BY id DESC LIMIT ?"));
    q.bind(filter.entity)
        .bind(filter.entity)
        .bind(filter.entityId)
        .bind(filter.entityId)
        .bind(filter.text)
        .bind(filter.text)
        .bind(filter.limit);
    return fetchAudit(q);
}

Result<QList<AuditEntry>> PrivacyRepository::auditEntriesFor(const QString &entity, const QList<Id> &ids)
{
    if (ids.isEmpty())
        return QList<AuditEntry>();
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    Query q(m_db, kAuditSelect + QStringLiteral("WHERE entity = ? AND entity_id IN (%1) ORDER BY id")
                                     .arg(marks.join(QStringLiteral(", "))));
    q.bind(entity);
    for (Id id : ids)
        q.bind(id);
    return fetchAudit(q);
}

Result<int> PrivacyRepository::retentionMonths()
{
    auto months = scalar(m_db, QStringLiteral("SELECT retention_months FROM organisation WHERE id = 1"));
    if (!months)
        return months.error();
    return int(*months);
}

Status PrivacyRepository::setRetentionMonths(int months)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO organisation (id, retention_months) VALUES (1, ?) "
                           "ON CONFLICT (id) DO UPDATE SET retention_months = excluded.retention_months "
                           "WHERE retention_months <> excluded.retention_months"));
    q.bind(months);
    return q.exec();
}

Result<QList<WaitlistEntry>> PrivacyRepository::waitlistOf(Id companyId, Id contactId)
{
    Query q(m_db, QStringLiteral(
                      "SELECT id, format_id, day_id, company_id, contact_id, note, created_at, resolved "
                      "FROM waitlist_entry WHERE company_id = ? AND (? = 0 OR contact_id = ?) ORDER BY id"));
    q.bind(companyId).bind(contactId).bind(contactId);
    if (Status s = q.exec(); !s)
        return s.error();
    return WaitlistRepository::rows(q);
}

Result<qint64> PrivacyRepository::bookingCount(Id companyId, Id contactId)
{
    if (contactId != 0)
        return scalar(m_db, QStringLiteral("SELECT count(*) FROM booking WHERE contact_id = ?"), {contactId});
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM booking WHERE company_id = ?"), {companyId});
}

Result<QList<Id>> PrivacyRepository::bookingIdsOfContact(Id contactId)
{
    Query q(m_db,
            QStringLiteral("SELECT b.id FROM booking b JOIN slot s ON s.id = b.slot_id "
                           "WHERE b.contact_id = ? ORDER BY s.date DESC, s.start_minute DESC, b.id DESC"));
    q.bind(contactId);
    return fetchIds(q);
}

Status PrivacyRepository::anonymiseCompany(Id companyId, const QString &placeholder, const QString &reason)
{
    Query q(m_db, QStringLiteral("UPDATE company SET name = ?, name_key = ?, street = '', postcode = '', "
                                 "city = '', membership_number = '', website = '', anonymised = ?, "
                                 "version = version + 1 WHERE id = ?"));
    q.bind(placeholder).bind(nameKey(placeholder)).bind(reason).bind(companyId);
    return q.exec();
}

Status PrivacyRepository::anonymiseContact(Id contactId, const QString &placeholder, const QString &reason)
{
    // The same search key as CompanyRepository builds from first name, last name and e-mail.
    Query q(m_db, QStringLiteral("UPDATE contact SET salutation = 'none', title = '', first_name = '', "
                                 "last_name = ?, email = '', phone = '', search_key = ?, anonymised = ?, "
                                 "version = version + 1 WHERE id = ?"));
    q.bind(placeholder)
        .bind(nameKey(QLatin1Char(' ') + placeholder + QLatin1Char(' ')))
        .bind(reason)
        .bind(contactId);
    return q.exec();
}

Status PrivacyRepository::clearTextsOfCompany(Id companyId, const QString &reason)
{
    {
        Query q(m_db, QStringLiteral("UPDATE booking SET topic = '', cancel_reason = '', anonymised = ?, "
                                     "version = version + 1 WHERE company_id = ? "
                                     "AND (topic <> '' OR cancel_reason <> '' OR anonymised <> ?)"));
        q.bind(reason).bind(companyId).bind(reason);
        if (Status s = q.exec(); !s)
            return s;
    }
    Query q(m_db, QStringLiteral("UPDATE waitlist_entry SET note = '', anonymised = ? WHERE company_id = ? "
                                 "AND (note <> '' OR anonymised <> ?)"));
    q.bind(reason).bind(companyId).bind(reason);
    return q.exec();
}

Status PrivacyRepository::clearTextsOfContact(Id contactId, const QString &reason)
{
    {
        Query q(m_db, QStringLiteral("UPDATE booking SET topic = '', cancel_reason = '', anonymised = ?, "
                                     "version = version + 1 WHERE contact_id = ? "
                                     "AND (topic <> '' OR cancel_reason <> '' OR anonymised <> ?)"));
        q.bind(reason).bind(contactId).bind(reason);
        if (Status s = q.exec(); !s)
            return s;
    }
    Query q(m_db, QStringLiteral("UPDATE waitlist_entry SET note = '', anonymised = ? WHERE contact_id = ? "
                                 "AND (note <> '' OR anonymised <> ?)"));
    q.bind(reason).bind(contactId).bind(reason);
    return q.exec();
}

Result<QList<Id>> PrivacyRepository::bookingsBefore(const QDate &cutoff)
{
    if (Status s = checkCutoff(cutoff); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT b.id ") + kOldBookings +
                      QStringLiteral(" ORDER BY s.date, s.start_minute, b.id"));
    q.bindDate(cutoff);
    return fetchIds(q);
}

Result<QList<RetentionCandidate>> PrivacyRepository::companiesBefore(const QDate &cutoff)
{
    if (Status s = checkCutoff(cutoff); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT c.id, c.name ") + kDueCompanies +
                      QStringLiteral(" ORDER BY c.name_key, c.id"));
    q.bindDate(cutoff);
    return fetchCandidates(q);
}

Result<QList<RetentionCandidate>> PrivacyRepository::contactsBefore(const QDate &cutoff)
{
    if (Status s = checkCutoff(cutoff); !s)
        return s.error();
    Query q(m_db, QStringLiteral("SELECT ct.id, trim(ct.first_name || ' ' || ct.last_name) ") + kDueContacts +
                      QStringLiteral(" ORDER BY ct.id"));
    q.bindDate(cutoff).bindDate(cutoff);
    return fetchCandidates(q);
}

Status PrivacyRepository::anonymiseBefore(const QDate &cutoff, const QString &placeholderBefore,
                                          const QString &placeholderAfter)
{
    if (Status s = checkCutoff(cutoff); !s)
        return s;
    // Set-based: one statement per table, whatever the number of records (the triggers still log each).
    // Contacts and companies first: their conditions look at bookings, which the last step changes.
    const QString keyBefore = placeholderBefore.toCaseFolded();
    const QString keyAfter = placeholderAfter.toCaseFolded();
    {
        Query q(m_db,
                QStringLiteral("UPDATE contact SET salutation = 'none', title = '', first_name = '', "
                               "last_name = ? || id || ?, email = '', phone = '', search_key = ? || id || ?, "
                               "anonymised = 'retention', version = version + 1 "
                               "WHERE id IN (SELECT ct.id ") +
                    kDueContacts + QStringLiteral(")"));
        q.bind(placeholderBefore)
            .bind(placeholderAfter)
            .bind(keyBefore)
            .bind(keyAfter)
            .bindDate(cutoff)
            .bindDate(cutoff);
        if (Status s = q.exec(); !s)
            return s;
    }
    {
        Query q(m_db, QStringLiteral(
                          "UPDATE company SET name = ? || id || ?, name_key = ? || id || ?, street = '', "
                          "postcode = '', city = '', membership_number = '', website = '', "
                          "anonymised = 'retention', version = version + 1 WHERE id IN (SELECT c.id ") +
                          kDueCompanies + QStringLiteral(")"));
        q.bind(placeholderBefore).bind(placeholderAfter).bind(keyBefore).bind(keyAfter).bindDate(cutoff);
        if (Status s = q.exec(); !s)
            return s;
    }
    {
        Query q(m_db,
                QStringLiteral("UPDATE waitlist_entry SET note = '', anonymised = 'retention' "
                               "WHERE anonymised = '' AND (company_id IN (SELECT id FROM company WHERE "
                               "anonymised = 'retention') OR contact_id IN (SELECT id FROM contact WHERE "
                               "anonymised = 'retention'))"));
        if (Status s = q.exec(); !s)
            return s;
    }
    Query q(m_db,
            QStringLiteral("UPDATE booking SET topic = '', cancel_reason = '', "
                           "anonymised = CASE WHEN anonymised = '' THEN 'retention' ELSE anonymised END, "
                           "version = version + 1 WHERE id IN (SELECT b.id ") +
                kOldBookings + QStringLiteral(")"));
    q.bindDate(cutoff);
    return q.exec();
}

Result<QList<RetentionCandidate>> PrivacyRepository::companiesStartingWith(const QString &prefix, int limit)
{
    const QString key = nameKey(prefix);
    Query q(m_db, QStringLiteral("SELECT id, name FROM company WHERE name_key >= ? AND name_key < ? "
                                 "ORDER BY name_key, id LIMIT ?"));
    q.bind(key).bind(key + QChar(0xFFFF)).bind(limit);
    return fetchCandidates(q);
}

Result<QList<Contact>> PrivacyRepository::contactsWithKey(const QString &key)
{
    // The search key starts with the folded first and last name and ends with the e-mail; the exact
    // comparison happens here, so a name cannot match a part of another.
    Query q(m_db, QStringLiteral("SELECT id, company_id, first_name, last_name, email FROM contact "
                                 "WHERE instr(search_key, ?) > 0 ORDER BY id"));
    q.bind(key);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Contact> out;
    while (q.next()) {
        Contact c;
        c.id = q.id(0);
        c.companyId = q.id(1);
        c.firstName = q.text(2);
        c.lastName = q.text(3);
        c.email = q.text(4);
        if (nameKey(c.firstName + QLatin1Char(' ') + c.lastName) == key || nameKey(c.email) == key)
            out << c;
    }
    if (Status s = q.status(); !s)
        return s.error();
    return out;
}

Result<bool> PrivacyRepository::checkpointTruncate()
{
    Query q(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (Status s = q.exec(); !s)
        return s.error();
    return !q.next() || q.integer(0) == 0;
}

} // namespace Sprechtag
