// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/BookingRepository.h"

#include "common/Clock.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.slot_id, b.company_id, b.contact_id, b.topic, b.status, b.cancel_reason, b.created_at, "
    "b.created_by, b.changed_at, b.changed_by, b.confirmation_sent_at, b.version, "
    "s.day_id, s.consultant_id, s.date, s.start_minute, s.end_minute, s.blocked, cons.name, "
    "coalesce(dc.room, ''), d.format_id, f.name, d.status, co.name, "
    "trim(coalesce(ct.title || ' ', '') || coalesce(ct.first_name || ' ', '') || coalesce(ct.last_name, "
    "'')), "
    "coalesce(ct.phone, ''), coalesce(ct.email, '') "
    "FROM booking b JOIN slot s ON s.id = b.slot_id JOIN consultation_day d ON d.id = s.day_id "
    "JOIN format f ON f.id = d.format_id JOIN consultant cons ON cons.id = s.consultant_id "
    "LEFT JOIN day_consultant dc ON dc.day_id = s.day_id AND dc.consultant_id = s.consultant_id "
    "JOIN company co ON co.id = b.company_id LEFT JOIN contact ct ON ct.id = b.contact_id ");

BookingDetails readDetails(const Query &q)
{
    BookingDetails d;
    Booking &b = d.booking;
    b.id = q.id(0);
    b.slotId = q.id(1);
    b.companyId = q.id(2);
    b.contactId = q.id(3);
    b.topic = q.text(4);
    b.status = bookingStatusFromKey(q.text(5)).value_or(BookingStatus::Booked);
    b.cancelReason = q.text(6);
    b.createdAt = q.timestamp(7);
    b.createdBy = q.text(8);
    b.changedAt = q.timestamp(9);
    b.changedBy = q.text(10);
    b.confirmationSentAt = q.timestamp(11);
    b.version = q.integer(12);
    d.slot.slot.id = b.slotId;
    d.slot.slot.dayId = q.id(13);
    d.slot.slot.consultantId = q.id(14);
    d.slot.slot.date = q.date(15);
    d.slot.slot.time = {q.integer(16), q.integer(17)};
    d.slot.slot.blocked = q.flag(18);
    d.slot.consultantName = q.text(19);
    d.slot.room = q.text(20);
    d.slot.formatId = q.id(21);
    d.slot.formatName = q.text(22);
    d.slot.dayStatus = dayStatusFromKey(q.text(23)).value_or(DayStatus::Open);
    d.companyName = q.text(24);
    d.contactName = q.text(25).simplified();
    d.contactPhone = q.text(26);
    d.contactEmail = q.text(27);
    return d;
}

QString now()
{
    return isoTimestamp(Clock::nowUtc());
}

} // namespace

Result<QList<BookingDetails>> BookingRepository::fetch(const QString &where, const QVariantList &params)
{
    Query q(m_db, kSelect + where);
    for (const QVariant &p : params)
        q.bind(p);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<BookingDetails>(q, readDetails);
}

Status BookingRepository::checkOneRow(int rows, const Booking &booking)
{
    if (rows == 0)
        return makeError(ErrorCode::ChangedMeanwhile, {QString::number(booking.id)});
    return {};
}

Result<Id> BookingRepository::insert(const Booking &booking)
{
    Query q(m_db, QStringLiteral("INSERT INTO booking (slot_id, company_id, contact_id, topic, status, "
                                 "cancel_reason, created_at, created_by, changed_at, changed_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString stamp = now();
    q.bind(booking.slotId)
        .bind(booking.companyId)
        .bindId(booking.contactId)
        .bind(booking.topic)
        .bind(toKey(booking.status))
        .bind(booking.cancelReason)
        .bind(stamp)
        .bind(booking.createdBy)
        .bind(stamp)
        .bind(booking.createdBy);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Result<std::optional<BookingDetails>> BookingRepository::byId(Id bookingId)
{
    auto list = fetch(QStringLiteral("WHERE b.id = ?"), {bookingId});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<BookingDetails>() : std::optional<BookingDetails>(list->first());
}

Result<std::optional<BookingDetails>> BookingRepository::activeForSlot(Id slotId)
{
    auto list = fetch(QStringLiteral("WHERE b.slot_id = ? AND b.status <> 'cancelled'"), {slotId});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<BookingDetails>() : std::optional<BookingDetails>(list->first());
}

Result<QList<BookingDetails>> BookingRepository::activeForCompanyOn(Id companyId, const QDate &date,
                                                                    Id excludeBookingId)
{
    // Rule 3 by the company's identity: a namesake typed differently is the same company.
    return fetch(
        QStringLiteral("WHERE co.name_key = (SELECT name_key FROM company WHERE id = ?) AND s.date = ? "
                       "AND b.status <> 'cancelled' AND b.id <> ? AND s.retired = 0 "
                       "ORDER BY s.start_minute"),
        {companyId, isoDate(date), excludeBookingId});
}

Result<QList<BookingDetails>> BookingRepository::forCompany(Id companyId)
{
    return fetch(
        QStringLiteral("WHERE b.company_id = ? ORDER BY s.date DESC, s.start_minute DESC, b.id DESC"),
        {companyId});
}

Result<QList<BookingDetails>> BookingRepository::forDay(Id dayId, bool includeCancelled)
{
    // SQL per case: "(b.status <> 'cancelled' OR ?)" would keep SQLite from the partial index of active
    // bookings and scan every booking of the file.
    return fetch(
        QStringLiteral("WHERE s.day_id = ?%1 ORDER BY s.start_minute, coalesce(dc.position, 0), b.id")
            .arg(includeCancelled ? QString() : QStringLiteral(" AND b.status <> 'cancelled'")),
        {dayId});
}

Status BookingRepository::setStatus(const Booking &booking, BookingStatus status, const QString &reason,
                                    const QString &actor)
{
    Query q(m_db, QStringLiteral("UPDATE booking SET status = ?, cancel_reason = ?, changed_at = ?, "
                                 "changed_by = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(toKey(status)).bind(reason).bind(now()).bind(actor).bind(booking.id).bind(booking.version);
    if (Status s = q.exec(); !s)
        return s;
    return checkOneRow(q.rowsAffected(), booking);
}

Status BookingRepository::moveToSlot(const Booking &booking, Id slotId, const QString &actor)
{
    Query q(m_db, QStringLiteral("UPDATE booking SET slot_id = ?, changed_at = ?, changed_by = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(slotId).bind(now()).bind(actor).bind(booking.id).bind(booking.version);
    if (Status s = q.exec(); !s)
        return s;
    return checkOneRow(q.rowsAffected(), booking);
}

Status BookingRepository::setTopicAndContact(const Booking &booking, const QString &actor)
{
    Query q(m_db,
            QStringLiteral("UPDATE booking SET topic = ?, contact_id = ?, changed_at = ?, changed_by = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
    q.bind(booking.topic)
        .bindId(booking.contactId)
        .bind(now())
        .bind(actor)
        .bind(booking.id)
        .bind(booking.version);
    if (Status s = q.exec(); !s)
        return s;
    return checkOneRow(q.rowsAffected(), booking);
}

Result<Id> WaitlistRepository::insert(const WaitlistEntry &entry)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO waitlist_entry (format_id, day_id, company_id, contact_id, note, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(entry.formatId)
        .bindId(entry.dayId)
        .bind(entry.companyId)
        .bindId(entry.contactId)
        .bind(entry.note)
        .bind(now());
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Result<QList<WaitlistEntry>> WaitlistRepository::openFor(Id formatId, Id dayId)
{
    Query q(m_db,
            QStringLiteral("SELECT id, format_id, day_id, company_id, contact_id, note, created_at, resolved "
                           "FROM waitlist_entry WHERE resolved = 0 AND format_id = ? "
                           "AND (day_id IS NULL OR day_id = ?) ORDER BY created_at, id"));
    q.bind(formatId).bind(dayId);
    if (Status s = q.exec(); !s)
        return s.error();
    return WaitlistRepository::rows(q);
}

Result<QList<WaitlistEntry>> WaitlistRepository::rows(Query &q)
{
    return readRows<WaitlistEntry>(q, [](const Query &q) {
        WaitlistEntry e;
        e.id = q.id(0);
        e.formatId = q.id(1);
        e.dayId = q.id(2);
        e.companyId = q.id(3);
        e.contactId = q.id(4);
        e.note = q.text(5);
        e.createdAt = q.timestamp(6);
        e.resolved = q.flag(7);
        return e;
    });
}

Status WaitlistRepository::resolve(Id entryId)
{
    Query q(m_db, QStringLiteral("UPDATE waitlist_entry SET resolved = 1 WHERE id = ?"));
    q.bind(entryId);
    return q.exec();
}

Result<Organisation> OrganisationRepository::get()
{
    Query q(m_db, QStringLiteral("SELECT name, department, street, postcode, city, phone, email, web "
                                 "FROM organisation WHERE id = 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    Organisation o;
    if (q.next()) {
        o.name = q.text(0);
        o.department = q.text(1);
        o.street = q.text(2);
        o.postcode = q.text(3);
        o.city = q.text(4);
        o.phone = q.text(5);
        o.email = q.text(6);
        o.web = q.text(7);
    }
    return o;
}

Status OrganisationRepository::save(const Organisation &o)
{
    Query q(m_db, QStringLiteral(
                      "INSERT INTO organisation (id, name, department, street, postcode, city, phone, "
                      "email, web) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                      "name = excluded.name, department = excluded.department, street = excluded.street, "
                      "postcode = excluded.postcode, city = excluded.city, phone = excluded.phone, "
                      "email = excluded.email, web = excluded.web"));
    q.bind(o.name)
        .bind(o.department)
        .bind(o.street)
        .bind(o.postcode)
        .bind(o.city)
        .bind(o.phone)
        .bind(o.email)
        .bind(o.web);
    return q.exec();
}

} // namespace Sprechtag
