// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/LetterRepository.h"

#include "storage/BookingRepository.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.status, b.topic, s.date, s.start_minute, s.end_minute, "
    "cons.title, cons.name, cons.organisation, coalesce(dc.room, ''), "
    "d.location, d.video_link, d.booking_deadline, "
    "f.id, f.name, f.letter_body, f.contact_name, f.contact_phone, f.contact_email, "
    "co.id, co.name, co.street, co.postcode, co.city, co.version, "
    "ct.id, ct.salutation, ct.title, ct.first_name, ct.last_name, ct.email, ct.phone, ct.version "
    "FROM booking b JOIN slot s ON s.id = b.slot_id JOIN consultation_day d ON d.id = s.day_id "
    "JOIN format f ON f.id = d.format_id JOIN consultant cons ON cons.id = s.consultant_id "
    "LEFT JOIN day_consultant dc ON dc.day_id = s.day_id AND dc.consultant_id = s.consultant_id "
    "JOIN company co ON co.id = b.company_id LEFT JOIN contact ct ON ct.id = b.contact_id ");

QString consultantLine(const QString &title, const QString &name, const QString &organisation)
{
    QString line = (title.simplified() + QLatin1Char(' ') + name.simplified()).simplified();
    if (!organisation.simplified().isEmpty())
        line += QStringLiteral(" (") + organisation.simplified() + QLatin1Char(')');
    return line;
}

LetterData readLetter(const Query &q, const Organisation &organisation)
{
    LetterData l;
    l.bookingId = q.id(0);
    l.status = bookingStatusFromKey(q.text(1)).value_or(BookingStatus::Booked);
    l.topic = q.text(2);
    l.date = q.date(3);
    l.time = {q.integer(4), q.integer(5)};
    l.consultantName = consultantLine(q.text(6), q.text(7), q.text(8));
    l.room = q.text(9);
    l.location = q.text(10);
    l.videoLink = q.text(11);
    l.bookingDeadline = q.date(12);
    l.formatId = q.id(13);
    l.formatName = q.text(14);
    l.letterBody = q.text(15);
    l.ihkContactName = q.text(16);
    l.ihkContactPhone = q.text(17);
    l.ihkContactEmail = q.text(18);
    l.company.id = q.id(19);
    l.company.name = q.text(20);
    l.company.street = q.text(21);
    l.company.postcode = q.text(22);
    l.company.city = q.text(23);
    l.company.version = q.integer(24);
    if (!q.value(25).isNull()) {
        Contact c;
        c.id = q.id(25);
        c.companyId = l.company.id;
        c.salutation = salutationFromKey(q.text(26)).value_or(Salutation::None);
        c.title = q.text(27);
        c.firstName = q.text(28);
        c.lastName = q.text(29);
        c.email = q.text(30);
        c.phone = q.text(31);
        c.version = q.integer(32);
        l.contact = c;
    }
    l.organisation = organisation;
    return l;
}

} // namespace

Result<QList<LetterData>> LetterRepository::fetch(const QString &where, const QVariantList &params)
{
    auto organisation = OrganisationRepository(m_db).get();
    if (!organisation)
        return organisation.error();
    Query q(m_db, kSelect + where);
    for (const QVariant &p : params)
        q.bind(p);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<LetterData>(q, [&](const Query &q) { return readLetter(q, *organisation); });
}

Result<std::optional<LetterData>> LetterRepository::forBooking(Id bookingId)
{
    auto list = fetch(QStringLiteral("WHERE b.id = ?"), {bookingId});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<LetterData>() : std::optional<LetterData>(list->first());
}

Result<QList<LetterData>> LetterRepository::activeOnDate(const QDate &date, Id formatId)
{
    return fetch(QStringLiteral("WHERE s.date = ? AND b.status <> 'cancelled' AND d.status <> 'cancelled' "
                                "AND (? = 0 OR d.format_id = ?) "
                                "ORDER BY f.name_key, s.start_minute, coalesce(dc.position, 0), b.id"),
                 {isoDate(date), formatId, formatId});
}

Status LetterRepository::markConfirmationProduced(const QList<Id> &bookingIds, const QDateTime &when)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const QString stamp = isoTimestamp(when);
    for (const Id id : bookingIds) {
        Query q(m_db, QStringLiteral("UPDATE booking SET confirmation_sent_at = ? WHERE id = ?"));
        q.bind(stamp).bind(id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.rowsAffected() == 0)
            return notFound(Entity::Booking, id);
    }
    return tx.commit();
}

} // namespace Sprechtag
