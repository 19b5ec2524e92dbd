// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PrivacyRepository.h"

#include "domain/Text.h"
#include "storage/BookingRepository.h"
#include "storage/PersonalData.h"
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

// The placeholders one statement writes: the same for every row (erasure of one record), or built from
// each row's id, before || id || after (retention, one statement for all rows).
struct Placeholders
{
    QString text;
    QString before;
    QString after;
    bool perRow = false;
};

// The key of before || id || after is key(before) || id || key(after): a digit neither folds nor joins
// its neighbours, so the pieces are cut from keys computed around one.
QString keyBefore(const QString &before)
{
    return nameKey(before + QLatin1Char('0')).chopped(1);
}

QString keyAfter(const QString &after)
{
    return nameKey(QLatin1Char('0') + after).mid(1);
}

// "column = value, ..." over the table's personal columns (storage/PersonalData.h), with the values to
// bind in order: erasure and retention clear the same list.
QString clearedColumns(const QString &table, const Placeholders &p, QVariantList *params)
{
    QStringList parts;
    for (const PersonalColumn &c : personalColumns()) {
        if (c.table != table)
            continue;
        switch (c.becomes) {
        case ClearedTo::Empty:
            parts << c.column + QStringLiteral(" = ''");
            break;
        case ClearedTo::NoSalutation:
            parts << c.column + QStringLiteral(" = 'none'");
            break;
        case ClearedTo::Placeholder:
        case ClearedTo::PlaceholderKey: {
            const bool key = c.becomes == ClearedTo::PlaceholderKey;
            if (p.perRow) {
                parts << c.column + QStringLiteral(" = ? || id || ?");
                *params << (key ? keyBefore(p.before) : p.before) << (key ? keyAfter(p.after) : p.after);
            } else {
                parts << c.column + QStringLiteral(" = ?");
                *params << (key ? nameKey(p.text) : p.text);
            }
            break;
        }
        }
    }
    return parts.join(QStringLiteral(", "));
}

// "(a.topic <> '' OR ...)": the row still holds something of the table's personal columns that become
// empty (the tables without names: bookings, waiting-list entries).
QString stillHolds(const QString &table, const QString &alias)
{
    QStringList parts;
    for (const PersonalColumn &c : personalColumns()) {
        if (c.table == table && c.becomes == ClearedTo::Empty)
            parts << alias + c.column + QStringLiteral(" <> ''");
    }
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Status run(const Database &db, const QString &sql, const QVariantList &params)
{
    Query q(db, sql);
    for (const QVariant &v : params)
        q.bind(v);
    return q.exec();
}

// What the retention period reaches, as conditions with one bound cutoff date each (the preview selects
// with them, applying updates with them, in the same transaction).
const QString kOldBookings =
    QStringLiteral(
        "FROM booking b JOIN slot s ON s.id = b.slot_id WHERE s.date < ? AND (b.anonymised = '' OR ") +
    stillHolds(QStringLiteral("booking"), QStringLiteral("b.")) + QLatin1Char(')');
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
    QVariantList params;
    const QString set = clearedColumns(QStringLiteral("company"), {placeholder, {}, {}, false}, &params);
    params << reason << companyId;
    return run(
        m_db,
        QStringLiteral("UPDATE company SET %1, anonymised = ?, version = version + 1 WHERE id = ?").arg(set),
        params);
}

Status PrivacyRepository::anonymiseContact(Id contactId, const QString &placeholder, const QString &reason)
{
    QVariantList params;
    const QString set = clearedColumns(QStringLiteral("contact"), {placeholder, {}, {}, false}, &params);
    params << reason << contactId;
    return run(
        m_db,
        QStringLiteral("UPDATE contact SET %1, anonymised = ?, version = version + 1 WHERE id = ?").arg(set),
        params);
}

namespace {

// Bookings and waiting-list entries of the company or contact (owner: "company_id" or "contact_id").
Status clearTextsWhere(const Database &db, const QString &owner, Id id, const QString &reason)
{
    {
        QVariantList params;
        const QString set = clearedColumns(QStringLiteral("booking"), {}, &params);
        params << reason << id << reason;
        if (Status s = run(db,
                           QStringLiteral("UPDATE booking SET %1, anonymised = ?, version = version + 1 "
                                          "WHERE %2 = ? AND (%3 OR anonymised <> ?)")
                               .arg(set, owner, stillHolds(QStringLiteral("booking"), QString())),
                           params);
            !s)
            return s;
    }
    QVariantList params;
    const QString set = clearedColumns(QStringLiteral("waitlist_entry"), {}, &params);
    params << reason << id << reason;
    return run(db,
               QStringLiteral(
                   "UPDATE waitlist_entry SET %1, anonymised = ? WHERE %2 = ? AND (%3 OR anonymised <> ?)")
                   .arg(set, owner, stillHolds(QStringLiteral("waitlist_entry"), QString())),
               params);
}

} // namespace

Status PrivacyRepository::clearTextsOfCompany(Id companyId, const QString &reason)
{
    return clearTextsWhere(m_db, QStringLiteral("company_id"), companyId, reason);
}

Status PrivacyRepository::clearTextsOfContact(Id contactId, const QString &reason)
{
    return clearTextsWhere(m_db, QStringLiteral("contact_id"), contactId, reason);
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
    const Placeholders perRow{{}, placeholderBefore, placeholderAfter, true};
    {
        QVariantList params;
        const QString set = clearedColumns(QStringLiteral("contact"), perRow, &params);
        params << isoDate(cutoff) << isoDate(cutoff);
        if (Status s =
                run(m_db,
                    QStringLiteral("UPDATE contact SET %1, anonymised = 'retention', version = version + 1 "
                                   "WHERE id IN (SELECT ct.id %2)")
                        .arg(set, kDueContacts),
                    params);
            !s)
            return s;
    }
    {
        QVariantList params;
        const QString set = clearedColumns(QStringLiteral("company"), perRow, &params);
        params << isoDate(cutoff);
        if (Status s =
                run(m_db,
                    QStringLiteral("UPDATE company SET %1, anonymised = 'retention', version = version + 1 "
                                   "WHERE id IN (SELECT c.id %2)")
                        .arg(set, kDueCompanies),
                    params);
            !s)
            return s;
    }
    {
        QVariantList params;
        const QString set = clearedColumns(QStringLiteral("waitlist_entry"), perRow, &params);
        if (Status s =
                run(m_db,
                    QStringLiteral("UPDATE waitlist_entry SET %1, anonymised = 'retention' "
                                   "WHERE anonymised = '' AND (company_id IN (SELECT id FROM company WHERE "
                                   "anonymised = 'retention') OR contact_id IN (SELECT id FROM contact "
                                   "WHERE anonymised = 'retention'))")
                        .arg(set),
                    params);
            !s)
            return s;
    }
    QVariantList params;
    const QString set = clearedColumns(QStringLiteral("booking"), perRow, &params);
    params << isoDate(cutoff);
    return run(m_db,
               QStringLiteral("UPDATE booking SET %1, "
                              "anonymised = CASE WHEN anonymised = '' THEN 'retention' ELSE anonymised END, "
                              "version = version + 1 WHERE id IN (SELECT b.id %2)")
                   .arg(set, kOldBookings),
               params);
}

Result<QList<RetentionCandidate>> PrivacyRepository::companiesStartingWith(const QString &prefix, int limit)
{
    const QString key = nameKey(prefix);
    Query q(m_db, QStringLiteral("SELECT id, name FROM company WHERE name_key >= ? AND name_key < ? "
                                 "ORDER BY name_key, id LIMIT ?"));
    q.bind(key).bind(key + QString::fromUcs4(U"\U0010FFFF", 1)).bind(limit);
    return fetchCandidates(q);
}

Result<QList<Contact>> PrivacyRepository::contactsWithKey(const QString &key)
{
    // A name through its index; an e-mail address inside the search key (first, last name and e-mail),
    // compared exactly here, so that a name cannot match a part of another.
    Query q(m_db, QStringLiteral("SELECT id, company_id, first_name, last_name, email FROM contact "
                                 "WHERE name_key = ? OR instr(search_key, ?) > 0 ORDER BY id"));
    q.bind(key).bind(key);
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
        if (contactNameKey(c) == key || nameKey(c.email) == key)
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
