// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Privacy.h"
#include "privacy/AccessReport.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Sprechtag {

class PrivacyRepository;

struct ErasureOutcome
{
    QString placeholder;
    int contacts = 0;
    int bookings = 0;
    // False when another connection was reading and the journal could not be emptied completely yet.
    bool journalCleared = true;
};

// What the retention period reaches on a given day.
struct RetentionPlan
{
    int months = 0; // 0: no retention period set, nothing happens
    QDate cutoff;   // bookings on days before it are old
    QList<Id> bookings;
    QList<RetentionCandidate> companies;
    QList<RetentionCandidate> contacts;

    bool isEmpty() const { return bookings.isEmpty() && companies.isEmpty() && contacts.isEmpty(); }
};

// GDPR work (product.md rule 6): access reports, erasure by anonymisation, the retention period. Each
// change is one write transaction with secure_delete on, followed by a WAL checkpoint, so the file keeps
// no old copy of the erased text. The audit log records each change without values.
class PrivacyService
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::PrivacyService)

public:
    explicit PrivacyService(const Database &db) : m_db(db) {}

    // The change log, newest first.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter = {});

    Result<AccessReport> reportForCompany(Id companyId);
    Result<AccessReport> reportForContact(Id contactId);

    // How many bookings erasing would leave without personal data (for the question before it).
    Result<qint64> bookingCount(Id companyId, Id contactId = 0);
    Result<ErasureOutcome> eraseCompany(Id companyId);
    Result<ErasureOutcome> eraseContact(Id contactId);

    Result<int> retentionMonths();
    Status setRetentionMonths(int months);
    // Pass "today" in (the app passes the current date; tests a fixed one). months: what a period of that
    // length would reach, instead of the stored one.
    Result<RetentionPlan> retentionPreview(const QDate &today, std::optional<int> months = std::nullopt);
    // Anonymises what the preview lists, as it is at the moment of applying.
    Result<RetentionPlan> applyRetention(const QDate &today);

    // Companies (by name, case-insensitively) and contact persons (by "first last" or e-mail) that a
    // name given on the command line or in a search field means.
    Result<QList<Company>> companiesNamed(const QString &name);
    Result<QList<Contact>> contactsNamed(const QString &name);
    // Companies (archived ones too) whose name starts with the prefix, for picking one.
    Result<QList<RetentionCandidate>> companiesStartingWith(const QString &prefix, int limit = 200);

    // "Anonymised (No. 17)": what replaces the name.
    static QString placeholder(Id id);

private:
    Result<AccessReport> withAudit(AccessReport report, const QList<std::pair<QString, QList<Id>>> &records);
    Result<ErasureOutcome> erase(const std::function<Status(ErasureOutcome &)> &change);
    Result<RetentionPlan> plan(const QDate &today, std::optional<int> months = std::nullopt);
    bool checkpoint();

    PrivacyRepository privacy() const;

    const Database &m_db;
};

// Translated names of the audit log's entities and actions, for the viewer and the reports.
QString auditEntityName(const QString &entity);
QString auditActionName(const QString &action);

} // namespace Sprechtag
