// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "storage/Sql.h"

namespace Sprechtag {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = nameKey(text);
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Bookings of companies or contacts matching the pattern, newest first.
const QString kBookingHits = QStringLiteral(
    "SELECT co.id, co.name, trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')), "
    "b.id, s.day_id, s.date, s.start_minute, cons.name, f.name, b.status "
    "FROM booking b JOIN company co ON co.id = b.company_id LEFT JOIN contact ct ON ct.id = b.contact_id "
    "JOIN slot s ON s.id = b.slot_id JOIN consultant cons ON cons.id = s.consultant_id "
    "JOIN consultation_day d ON d.id = s.day_id JOIN format f ON f.id = d.format_id "
    "WHERE co.name_key LIKE ? ESCAPE '\\' OR ct.search_key LIKE ? ESCAPE '\\' "
    "ORDER BY s.date DESC, s.start_minute, b.id LIMIT ?");

// Matching companies that have no booking yet, by name.
const QString kCompanyHits =
    QStringLiteral("SELECT co.id, co.name FROM company co WHERE co.archived = 0 "
                   "AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.company_id = co.id) "
                   "AND (co.name_key LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM contact ct "
                   "WHERE ct.company_id = co.id AND ct.search_key LIKE ? ESCAPE '\\')) "
                   "ORDER BY co.name_key LIMIT ?");

SearchHit readBookingHit(const Query &q)
{
    SearchHit h;
    h.companyId = q.id(0);
    h.companyName = q.text(1);
    h.contactName = q.text(2);
    h.bookingId = q.id(3);
    h.dayId = q.id(4);
    h.date = q.date(5);
    h.start = q.integer(6);
    h.consultantName = q.text(7);
    h.formatName = q.text(8);
    h.status = bookingStatusFromKey(q.text(9)).value_or(BookingStatus::Booked);
    return h;
}

SearchHit readCompanyHit(const Query &q)
{
    SearchHit h;
    h.companyId = q.id(0);
    h.companyName = q.text(1);
    return h;
}

Result<QList<SearchHit>> hits(const Database &db, const QString &sql, const QString &pattern, int limit,
                              SearchHit (*read)(const Query &))
{
    Query q(db, sql);
    q.bind(pattern).bind(pattern).bind(limit);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<SearchHit>(q, read);
}

} // namespace

Result<QList<SearchHit>> SearchRepository::search(const QString &text, int limit)
{
    if (text.trimmed().isEmpty())
        return QList<SearchHit>();
    const QString pattern = likePattern(text);
    auto bookings = hits(m_db, kBookingHits, pattern, limit, readBookingHit);
    if (!bookings || bookings->size() >= limit)
        return bookings;
    auto companies = hits(m_db, kCompanyHits, pattern, limit - int(bookings->size()), readCompanyHit);
    if (!companies)
        return companies.error();
    return *bookings + *companies;
}

} // namespace Sprechtag
