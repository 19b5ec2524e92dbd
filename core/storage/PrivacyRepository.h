// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Privacy.h"
#include "storage/Database.h"

namespace Sprechtag {

// The rows that GDPR work needs: the change log, the retention setting, anonymisation, retention
// candidates. Anonymisation overwrites in place (secure_delete is on for every connection).
class PrivacyRepository
{
public:
    explicit PrivacyRepository(const Database &db) : m_db(db) {}

    // Newest first.
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter = {});
    // The entries about any of the given records.
    Result<QList<AuditEntry>> auditEntriesFor(const QString &entity, const QList<Id> &ids);

    Result<int> retentionMonths();
    Status setRetentionMonths(int months);

    // Open and resolved waiting-list entries of the company (contactId 0) or of one contact.
    Result<QList<WaitlistEntry>> waitlistOf(Id companyId, Id contactId = 0);
    // How many bookings (of any status) the company has, or the contact person when contactId is set.
    Result<qint64> bookingCount(Id companyId, Id contactId = 0);
    // Bookings of one contact person, newest first (ids only; details through BookingRepository).
    Result<QList<Id>> bookingIdsOfContact(Id contactId);

    // Replaces the company's personal data by the placeholder; reason is "erase" or "retention".
    Status anonymiseCompany(Id companyId, const QString &placeholder, const QString &reason);
    Status anonymiseContact(Id contactId, const QString &placeholder, const QString &reason);
    // Empties topic and cancel reason of the company's (or the contact's) bookings and the notes of their
    // waiting-list entries.
    Status clearTextsOfCompany(Id companyId, const QString &reason);
    Status clearTextsOfContact(Id contactId, const QString &reason);

    // Bookings on days before the cutoff that still carry a topic or cancel reason or are not marked.
    Result<QList<Id>> bookingsBefore(const QDate &cutoff);
    // Companies and contacts not yet anonymised whose bookings all lie before the cutoff (at least one)
    // and that wait for nothing on the waiting list.
    Result<QList<RetentionCandidate>> companiesBefore(const QDate &cutoff);
    Result<QList<RetentionCandidate>> contactsBefore(const QDate &cutoff);
    // Anonymises everything these three list, in one statement per table: names become placeholderBefore
    // + id + placeholderAfter, bookings lose topic and cancel reason, waiting-list entries their note.
    Status anonymiseBefore(const QDate &cutoff, const QString &placeholderBefore,
                           const QString &placeholderAfter);

    // Companies, archived ones too, whose name starts with the prefix (case-insensitively).
    Result<QList<RetentionCandidate>> companiesStartingWith(const QString &prefix, int limit);
    // Contacts whose "first last" or e-mail has this name key.
    Result<QList<Contact>> contactsWithKey(const QString &key);

    // Copies the WAL into the file and truncates it, so that it keeps no old page. False when another
    // connection's reading kept some of it.
    Result<bool> checkpointTruncate();

private:
    const Database &m_db;
};

} // namespace Sprechtag
