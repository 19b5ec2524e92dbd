// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/PrivacyService.h"

#include "common/Clock.h"
#include "common/Lookup.h"
#include "domain/Validation.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"
#include "storage/PrivacyRepository.h"
#include "storage/Sql.h"

#include <QHash>

#include <functional>

namespace Sprechtag {

namespace {

const QString kErase = QStringLiteral("erase");

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Sprechtag::PrivacyService", "yes")
                 : QCoreApplication::translate("Sprechtag::PrivacyService", "no");
}

QString salutationText(Salutation s)
{
    return s == Salutation::None ? QString() : toKey(s);
}

ReportRecord companyRecord(const Company &c)
{
    return {PrivacyService::tr("Company"),
            c.name,
            {{PrivacyService::tr("Name"), c.name},
             {PrivacyService::tr("Street"), c.street},
             {PrivacyService::tr("Postcode"), c.postcode},
             {PrivacyService::tr("City"), c.city},
             {PrivacyService::tr("Membership number"), c.membershipNumber},
             {PrivacyService::tr("Industry"), c.industry},
             {PrivacyService::tr("Website"), c.website},
             {PrivacyService::tr("Archived"), yesNo(c.archived)}}};
}

ReportRecord contactRecord(const Contact &c)
{
    return {PrivacyService::tr("Contact person"),
            c.fullName().simplified(),
            {{PrivacyService::tr("Salutation"), salutationText(c.salutation)},
             {PrivacyService::tr("Title"), c.title},
             {PrivacyService::tr("First name"), c.firstName},
             {PrivacyService::tr("Last name"), c.lastName},
             {PrivacyService::tr("E-mail"), c.email},
             {PrivacyService::tr("Phone"), c.phone},
             {PrivacyService::tr("Archived"), yesNo(c.archived)}}};
}

ReportRecord bookingRecord(const BookingDetails &d)
{
    const Booking &b = d.booking;
    return {PrivacyService::tr("Booking"),
            PrivacyService::tr("Booking %1").arg(b.id),
            {{PrivacyService::tr("Date"), formatDateShort(d.slot.slot.date)},
             {PrivacyService::tr("Time"),
              formatTime(d.slot.slot.time.start) + QChar(0x2013) + formatTime(d.slot.slot.time.end)},
             {PrivacyService::tr("Format"), d.slot.formatName},
             {PrivacyService::tr("Consultant"), d.slot.consultantName},
             {PrivacyService::tr("Status"), displayName(b.status)},
             {PrivacyService::tr("Company"), d.companyName},
             {PrivacyService::tr("Contact person"), d.contactName},
             {PrivacyService::tr("Topic"), b.topic},
             {PrivacyService::tr("Reason for cancelling"), b.cancelReason},
             {PrivacyService::tr("Booked at"), stamp(b.createdAt)},
             {PrivacyService::tr("Booked by"), b.createdBy},
             {PrivacyService::tr("Changed at"), stamp(b.changedAt)},
             {PrivacyService::tr("Changed by"), b.changedBy},
             {PrivacyService::tr("Confirmation letter made"), stamp(b.confirmationSentAt)}}};
}

ReportRecord auditRecord(const AuditEntry &e)
{
    return {PrivacyService::tr("Change log"),
            stamp(e.at),
            {{PrivacyService::tr("Staff member"), e.staffUser},
             {PrivacyService::tr("Record"),
              auditEntityName(e.entity) + QLatin1Char(' ') + QString::number(e.entityId)},
             {PrivacyService::tr("Action"), auditActionName(e.action)},
             {PrivacyService::tr("Changed fields"), e.fields.join(QStringLiteral(", "))}}};
}

// A waiting-list request: what the report knows about it (format, day, contact person), then its own
// fields.
ReportRecord waitlistRecord(const WaitlistEntry &w, QList<std::pair<QString, QString>> fields)
{
    fields << std::pair{PrivacyService::tr("Note"), w.note}
           << std::pair{PrivacyService::tr("Requested at"), stamp(w.createdAt)}
           << std::pair{PrivacyService::tr("Resolved"), yesNo(w.resolved)};
    return {PrivacyService::tr("Waiting list"), PrivacyService::tr("Request %1").arg(w.id),
            std::move(fields)};
}

} // namespace

PrivacyRepository PrivacyService::privacy() const
{
    return PrivacyRepository(m_db);
}

Result<QList<AuditEntry>> PrivacyService::auditEntries(const AuditFilter &filter)
{
    return privacy().auditEntries(filter);
}

Result<qint64> PrivacyService::bookingCount(Id companyId, Id contactId)
{
    return privacy().bookingCount(companyId, contactId);
}

Result<int> PrivacyService::retentionMonths()
{
    return privacy().retentionMonths();
}

Result<QList<RetentionCandidate>> PrivacyService::companiesStartingWith(const QString &prefix, int limit)
{
    return privacy().companiesStartingWith(prefix, limit);
}

Result<QList<Company>> PrivacyService::companiesNamed(const QString &name)
{
    return CompanyRepository(m_db).byName(name);
}

Result<QList<Contact>> PrivacyService::contactsNamed(const QString &name)
{
    auto found = privacy().contactsWithKey(nameKey(name.simplified()));
    if (!found)
        return found.error();
    // Full records for the callers.
    QList<Contact> out;
    CompanyRepository companies(m_db);
    for (const Contact &c : std::as_const(*found)) {
        auto full = companies.contactById(c.id);
        if (!full)
            return full.error();
        if (*full)
            out << **full;
    }
    return out;
}

QString PrivacyService::placeholder(Id id)
{
    // applyRetention() splits the same text at %1 to build the placeholders in SQL.
    return tr("Anonymised (No. %1)").arg(id);
}

// The report with the change-log entries about these records, oldest first, as its last section.
Result<AccessReport> PrivacyService::withAudit(AccessReport report,
                                               const QList<std::pair<QString, QList<Id>>> &records)
{
    QList<AuditEntry> audit;
    for (const auto &[entity, ids] : records) {
        auto entries = privacy().auditEntriesFor(entity, ids);
        if (!entries)
            return entries.error();
        audit << *entries;
    }
    std::sort(audit.begin(), audit.end(),
              [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    for (const AuditEntry &e : std::as_const(audit))
        report.records << auditRecord(e);
    return report;
}

Result<AccessReport> PrivacyService::reportForCompany(Id companyId)
{
    CompanyRepository companies(m_db);
    auto company = orNotFound(companies.byId(companyId), Entity::Company, companyId);
    if (!company)
        return company.error();
    AccessReport report;
    report.subject = company->name;
    report.generatedAt = Clock::nowUtc();
    report.records << companyRecord(*company);

    auto contacts = companies.contactsOf(companyId, true);
    if (!contacts)
        return contacts.error();
    QList<Id> contactIds;
    for (const Contact &c : std::as_const(*contacts)) {
        report.records << contactRecord(c);
        contactIds << c.id;
    }
    auto bookings = BookingRepository(m_db).forCompany(companyId);
    if (!bookings)
        return bookings.error();
    QList<Id> bookingIds;
    for (const BookingDetails &d : std::as_const(*bookings)) {
        report.records << bookingRecord(d);
        bookingIds << d.booking.id;
    }
    auto waitlist = privacy().waitlistOf(companyId);
    if (!waitlist)
        return waitlist.error();
    QHash<Id, QString> contactNames;
    for (const Contact &c : std::as_const(*contacts))
        contactNames.insert(c.id, c.fullName().simplified());
    QList<Id> waitIds;
    FormatRepository formats(m_db);
    DayRepository days(m_db);
    for (const WaitlistEntry &w : std::as_const(*waitlist)) {
        auto format = formats.byId(w.formatId);
        if (!format)
            return format.error();
        QString dayText = tr("any day");
        if (w.dayId != 0) {
            auto day = days.byId(w.dayId);
            if (!day)
                return day.error();
            if (*day)
                dayText = formatDateShort((*day)->date);
        }
        report.records << waitlistRecord(w, {{tr("Format"), *format ? (*format)->name : QString()},
                                             {tr("Day"), dayText},
                                             {tr("Contact person"), contactNames.value(w.contactId)}});
        waitIds << w.id;
    }
    return withAudit(std::move(report), {{QStringLiteral("company"), QList<Id>{companyId}},
                                         {QStringLiteral("contact"), contactIds},
                                         {QStringLiteral("booking"), bookingIds},
                                         {QStringLiteral("waitlist"), waitIds}});
}

Result<AccessReport> PrivacyService::reportForContact(Id contactId)
{
    CompanyRepository companies(m_db);
    auto contact = orNotFound(companies.contactById(contactId), Entity::Contact, contactId);
    if (!contact)
        return contact.error();
    auto company = companies.byId(contact->companyId);
    if (!company)
        return company.error();
    const QString companyName = *company ? (*company)->name : QString();
    AccessReport report;
    report.subject = tr("%1 (%2)").arg(contact->fullName().simplified(), companyName);
    report.generatedAt = Clock::nowUtc();
    ReportRecord person = contactRecord(*contact);
    person.fields.prepend({tr("Company"), companyName});
    report.records << person;

    auto bookingIds = privacy().bookingIdsOfContact(contactId);
    if (!bookingIds)
        return bookingIds.error();
    BookingRepository bookings(m_db);
    for (Id id : std::as_const(*bookingIds)) {
        auto b = bookings.byId(id);
        if (!b)
            return b.error();
        if (*b)
            report.records << bookingRecord(**b);
    }
    auto waitlist = privacy().waitlistOf(contact->companyId, contactId);
    if (!waitlist)
        return waitlist.error();
    QList<Id> waitIds;
    for (const WaitlistEntry &w : std::as_const(*waitlist)) {
        report.records << waitlistRecord(w, {});
        waitIds << w.id;
    }
    return withAudit(std::move(report), {{QStringLiteral("contact"), QList<Id>{contactId}},
                                         {QStringLiteral("booking"), *bookingIds},
                                         {QStringLiteral("waitlist"), waitIds}});
}

bool PrivacyService::checkpoint()
{
    auto cleared = privacy().checkpointTruncate();
    return cleared.ok() && *cleared;
}

// One erasure: secure_delete on, the change in one write transaction, then the checkpoint that leaves
// no old copy of the erased text in the journal.
Result<ErasureOutcome> PrivacyService::erase(const std::function<Status(ErasureOutcome &)> &change)
{
    if (Status s = execute(m_db, QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    ErasureOutcome outcome;
    {
        WriteTransaction tx(m_db);
        if (Status s = tx.begin(); !s)
            return s.error();
        if (Status s = change(outcome); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    outcome.journalCleared = checkpoint();
    return outcome;
}

Result<ErasureOutcome> PrivacyService::eraseCompany(Id companyId)
{
    return erase([&](ErasureOutcome &outcome) -> Status {
        CompanyRepository companies(m_db);
        if (auto company = orNotFound(companies.byId(companyId), Entity::Company, companyId); !company)
            return company.error();
        auto contacts = companies.contactsOf(companyId, true);
        if (!contacts)
            return contacts.error();
        for (const Contact &c : std::as_const(*contacts)) {
            if (Status s = privacy().anonymiseContact(c.id, placeholder(c.id), kErase); !s)
                return s;
        }
        auto bookings = privacy().bookingCount(companyId);
        if (!bookings)
            return bookings.error();
        if (Status s = privacy().clearTextsOfCompany(companyId, kErase); !s)
            return s;
        outcome.placeholder = placeholder(companyId);
        outcome.contacts = int(contacts->size());
        outcome.bookings = int(*bookings);
        return privacy().anonymiseCompany(companyId, outcome.placeholder, kErase);
    });
}

Result<ErasureOutcome> PrivacyService::eraseContact(Id contactId)
{
    return erase([&](ErasureOutcome &outcome) -> Status {
        if (auto contact =
                orNotFound(CompanyRepository(m_db).contactById(contactId), Entity::Contact, contactId);
            !contact)
            return contact.error();
        auto bookings = privacy().bookingCount(0, contactId);
        if (!bookings)
            return bookings.error();
        outcome.placeholder = placeholder(contactId);
        outcome.contacts = 1;
        outcome.bookings = int(*bookings);
        if (Status s = privacy().anonymiseContact(contactId, outcome.placeholder, kErase); !s)
            return s;
        return privacy().clearTextsOfContact(contactId, kErase);
    });
}

Status PrivacyService::setRetentionMonths(int months)
{
    if (months < 0 || months > 1200)
        return makeError(ErrorCode::InvalidInput,
                         {tr("Retention period"), tr("between 0 (off) and 1200 months, please")});
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = privacy().setRetentionMonths(months); !s)
        return s;
    return tx.commit();
}

Result<RetentionPlan> PrivacyService::plan(const QDate &today, std::optional<int> months)
{
    RetentionPlan p;
    if (months) {
        p.months = *months;
    } else {
        auto stored = privacy().retentionMonths();
        if (!stored)
            return stored.error();
        p.months = *stored;
    }
    if (p.months <= 0)
        return p;
    // The cutoff is "today" less the period, so it never lies after today; a "today" out of the window (a
    // typo in --as-of, a clock far off) would move it past every consultation day and is refused.
    if (Status s = validateDate(today, tr("Date of the retention check")); !s)
        return s.error();
    p.cutoff = today.addMonths(-p.months);
    auto bookings = privacy().bookingsBefore(p.cutoff);
    if (!bookings)
        return bookings.error();
    p.bookings = *bookings;
    auto companies = privacy().companiesBefore(p.cutoff);
    if (!companies)
        return companies.error();
    p.companies = *companies;
    auto contacts = privacy().contactsBefore(p.cutoff);
    if (!contacts)
        return contacts.error();
    p.contacts = *contacts;
    return p;
}

Result<RetentionPlan> PrivacyService::retentionPreview(const QDate &today, std::optional<int> months)
{
    return plan(today, months);
}

Result<RetentionPlan> PrivacyService::applyRetention(const QDate &today)
{
    if (Status s = execute(m_db, QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s.error();
    // Look first without the write lock: with no period set or nothing due, nothing is written at all.
    auto due = plan(today);
    if (!due || due->isEmpty())
        return due;
    RetentionPlan p;
    {
        WriteTransaction tx(m_db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto planned = plan(today);
        if (!planned)
            return planned.error();
        p = *planned;
        if (p.isEmpty())
            return p;
        const QString pattern = tr("Anonymised (No. %1)");
        const qsizetype at = pattern.indexOf(QLatin1String("%1"));
        const QString before = at < 0 ? pattern + QLatin1Char(' ') : pattern.left(at);
        const QString after = at < 0 ? QString() : pattern.mid(at + 2);
        if (Status s = privacy().anonymiseBefore(p.cutoff, before, after); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    checkpoint();
    return p;
}

QString auditEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Format")},
        {QStringLiteral("consultant"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Consultant")},
        {QStringLiteral("day"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Consultation day")},
        {QStringLiteral("company"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Company")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Contact person")},
        {QStringLiteral("booking"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Booking")},
        {QStringLiteral("waitlist"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Waiting list")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "Settings")},
    };
    const char *name = names.value(entity, nullptr);
    return name ? PrivacyService::tr(name) : entity;
}

QString auditActionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("create"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "created")},
        {QStringLiteral("edit"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "changed")},
        {QStringLiteral("delete"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "deleted")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "cancelled")},
        {QStringLiteral("reinstate"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "reinstated")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "moved")},
        {QStringLiteral("attendance"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "attendance recorded")},
        {QStringLiteral("confirmation"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "confirmation made")},
        {QStringLiteral("archive"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "archived")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "restored")},
        {QStringLiteral("resolve"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "resolved")},
        {QStringLiteral("erase"), QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "anonymised on request")},
        {QStringLiteral("retention"),
         QT_TRANSLATE_NOOP("Sprechtag::PrivacyService", "anonymised after the retention period")},
    };
    const char *name = names.value(action, nullptr);
    return name ? PrivacyService::tr(name) : action;
}

} // namespace Sprechtag
