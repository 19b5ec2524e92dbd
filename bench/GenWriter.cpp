// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenWriter.h"

#include "domain/Text.h"

using namespace Sprechtag;

namespace Bench {

namespace {

QString singleName(const QString &text)
{
    return cleanText(text, TextKind::SingleLine).simplified();
}

bool hasColumn(const Database &db, const QString &table, const QString &column)
{
    const Result<qint64> n = scalar(
        db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"), {table, column});
    return n && *n > 0;
}

std::unique_ptr<Query> prepare(const Database &db, const char *sql)
{
    return std::make_unique<Query>(db, QString::fromLatin1(sql));
}

} // namespace

BulkWriter::BulkWriter(const Database &db)
    : m_db(db), m_contactNameKey(hasColumn(db, QStringLiteral("contact"), QStringLiteral("name_key")))
{
    m_company = prepare(db, "INSERT INTO company (name, name_key, street, postcode, city, membership_number, "
                            "industry, website, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_contact =
        m_contactNameKey
            ? prepare(db, "INSERT INTO contact (company_id, salutation, title, first_name, last_name, "
                          "email, phone, search_key, name_key, archived) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : prepare(db, "INSERT INTO contact (company_id, salutation, title, first_name, last_name, "
                          "email, phone, search_key, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_day = prepare(db, "INSERT INTO consultation_day (format_id, date, location, video_link, start_minute, "
                        "end_minute, slot_minutes, status, booking_deadline, notes) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_break = prepare(db, "INSERT INTO day_break (day_id, start_minute, end_minute) VALUES (?, ?, ?)");
    m_dayConsultant = prepare(db, "INSERT INTO day_consultant (day_id, consultant_id, position, room, "
                                  "start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?)");
    m_slot = prepare(db, "INSERT INTO slot (day_id, consultant_id, date, start_minute, end_minute, blocked) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    m_booking = prepare(db, "INSERT INTO booking (slot_id, company_id, contact_id, topic, status, "
                            "cancel_reason, created_at, created_by, changed_at, changed_by, "
                            "confirmation_sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Result<Id> BulkWriter::run(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Result<Id> BulkWriter::company(const Company &c)
{
    const QString name = singleName(c.name);
    m_company->bind(name)
        .bind(nameKey(name))
        .bind(c.street)
        .bind(c.postcode)
        .bind(c.city)
        .bind(c.membershipNumber)
        .bind(c.industry)
        .bind(c.website)
        .bind(c.archived);
    return run(*m_company);
}

Result<Id> BulkWriter::contact(const Contact &given)
{
    Contact c = given;
    c.title = singleName(c.title);
    c.firstName = singleName(c.firstName);
    c.lastName = singleName(c.lastName);
    m_contact->bind(c.companyId)
        .bind(toKey(c.salutation))
        .bind(c.title)
        .bind(c.firstName)
        .bind(c.lastName)
        .bind(c.email)
        .bind(c.phone)
        .bind(nameKey(c.firstName + QLatin1Char(' ') + c.lastName + QLatin1Char(' ') + c.email));
    if (m_contactNameKey)
        m_contact->bind(contactNameKey(c));
    m_contact->bind(c.archived);
    return run(*m_contact);
}

Result<Id> BulkWriter::day(const ConsultationDay &d)
{
    m_day->bind(d.formatId)
        .bindDate(d.date)
        .bind(d.location)
        .bind(d.videoLink)
        .bind(d.hours.start)
        .bind(d.hours.end)
        .bind(d.slotMinutes)
        .bind(toKey(d.status))
        .bindDate(d.bookingDeadline)
        .bind(d.notes);
    const Result<Id> id = run(*m_day);
    if (!id)
        return id;
    for (const TimeRange &b : d.breaks) {
        m_break->bind(*id).bind(b.start).bind(b.end);
        if (Status s = m_break->exec(); !s)
            return s.error();
    }
    int position = 0;
    for (const DayConsultant &c : d.consultants) {
        m_dayConsultant->bind(*id).bind(c.consultantId).bind(position++).bind(c.room);
        if (c.hours)
            m_dayConsultant->bind(c.hours->start).bind(c.hours->end);
        else
            m_dayConsultant->bind(QVariant(QMetaType::fromType<int>()))
                .bind(QVariant(QMetaType::fromType<int>()));
        if (Status s = m_dayConsultant->exec(); !s)
            return s.error();
    }
    return id;
}

Result<Id> BulkWriter::slot(const Slot &s)
{
    m_slot->bind(s.dayId)
        .bind(s.consultantId)
        .bindDate(s.date)
        .bind(s.time.start)
        .bind(s.time.end)
        .bind(s.blocked);
    return run(*m_slot);
}

Result<Id> BulkWriter::booking(const GenBooking &g)
{
    const Booking &b = g.booking;
    m_booking->bind(b.slotId)
        .bind(b.companyId)
        .bindId(b.contactId)
        .bind(b.topic)
        .bind(toKey(b.status))
        .bind(b.cancelReason)
        .bind(g.createdAt)
        .bind(b.createdBy)
        .bind(g.changedAt)
        .bind(b.changedBy)
        .bind(g.confirmedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(g.confirmedAt));
    return run(*m_booking);
}

} // namespace Bench
