// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ExportRepository.h"

#include "storage/Sql.h"

#include <QSet>

namespace Sprechtag {

namespace {

// Format, consultant, room and place repeat on thousands of rows: one shared copy of each keeps a list of
// 100,000 bookings small.
class StringPool
{
public:
    QString shared(const QString &value)
    {
        if (value.isEmpty())
            return value;
        const auto it = m_strings.constFind(value);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(value);
        return value;
    }

private:
    QSet<QString> m_strings;
};

} // namespace

Result<QList<BookingRow>> ExportRepository::rows(const QDate &from, const QDate &to, Id formatId,
                                                 bool includeCancelled)
{
    // Only the conditions asked for, so that SQLite can use the date index and, without cancelled
    // bookings, the partial index of active bookings per slot.
    QStringList where;
    QVariantList params;
    if (from.isValid()) {
        where << QStringLiteral("d.date >= ?");
        params << isoDate(from);
    }
    if (to.isValid()) {
        where << QStringLiteral("d.date <= ?");
        params << isoDate(to);
    }
    if (formatId != 0) {
        where << QStringLiteral("d.format_id = ?");
        params << formatId;
    }
    if (!includeCancelled)
        where << QStringLiteral("b.status <> 'cancelled'");

    Query q(
        m_db,
        QStringLiteral(
            "SELECT b.id, s.day_id, d.format_id, s.consultant_id, s.date, s.start_minute, s.end_minute, "
            "f.name, f.contact_name, f.contact_email, cons.name, coalesce(dc.room, ''), d.location, "
            "d.video_link, co.name, co.street, co.postcode, co.city, coalesce(ct.salutation, 'none'), "
            "coalesce(ct.title, ''), coalesce(ct.first_name, ''), coalesce(ct.last_name, ''), "
            "coalesce(ct.email, ''), coalesce(ct.phone, ''), b.topic, b.status, b.created_at, "
            "b.confirmation_sent_at, b.version "
            "FROM booking b JOIN slot s ON s.id = b.slot_id JOIN consultation_day d ON d.id = s.day_id "
            "JOIN format f ON f.id = d.format_id JOIN consultant cons ON cons.id = s.consultant_id "
            "LEFT JOIN day_consultant dc ON dc.day_id = s.day_id AND dc.consultant_id = s.consultant_id "
            "JOIN company co ON co.id = b.company_id LEFT JOIN contact ct ON ct.id = b.contact_id ") +
            (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))) +
            QStringLiteral(" ORDER BY d.date, s.start_minute, coalesce(dc.position, 0), f.name_key, b.id"));
    for (const QVariant &p : std::as_const(params))
        q.bind(p);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<BookingRow> out;
    StringPool pool;
    while (q.next()) {
        BookingRow r;
        r.bookingId = q.id(0);
        r.dayId = q.id(1);
        r.formatId = q.id(2);
        r.consultantId = q.id(3);
        r.date = q.date(4);
        r.time = {q.integer(5), q.integer(6)};
        r.formatName = pool.shared(q.text(7));
        r.formatContactName = pool.shared(q.text(8));
        r.formatContactEmail = pool.shared(q.text(9));
        r.consultantName = pool.shared(q.text(10));
        r.room = pool.shared(q.text(11));
        r.location = pool.shared(q.text(12));
        r.videoLink = pool.shared(q.text(13));
        r.companyName = q.text(14);
        r.street = q.text(15);
        r.postcode = q.text(16);
        r.city = q.text(17);
        r.salutation = salutationFromKey(q.text(18)).value_or(Salutation::None);
        r.title = q.text(19);
        r.firstName = q.text(20);
        r.lastName = q.text(21);
        r.email = q.text(22);
        r.phone = q.text(23);
        r.topic = q.text(24);
        r.status = bookingStatusFromKey(q.text(25)).value_or(BookingStatus::Booked);
        r.createdAt = q.timestamp(26);
        r.confirmationSentAt = q.timestamp(27);
        r.version = q.integer(28);
        out << r;
    }
    return out;
}

} // namespace Sprechtag
