// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SearchRepository.h"

#include "storage/SearchText.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

// Up to this many matching companies and contacts together, the bookings are read through the matches;
// beyond, the newest bookings are walked in date order until enough of them match (a common fragment
// such as "gmbh" matches a third of all companies: their bookings are many, the newest come quickly).
constexpr int kFewMatches = 1500;
// Beyond this many, the walk tests each booking's company and contact row itself instead of building
// the (large) sets of matching ids first.
constexpr int kManyMatches = 20000;

enum class Way
{
    ThroughMatches,
    WalkWithSets,
    WalkWithTests,
};

// The matching companies and contacts as two subqueries (ids), with their parameters.
struct Matches
{
    QString companies;
    QString contacts;
    QVariantList companyArgs;
    QVariantList contactArgs;
    // The same as conditions on the rows "co" (company) and "ct" (contact).
    QString companyTest;
    QString contactTest;
    QVariantList companyTestArgs;
    QVariantList contactTestArgs;
};

// Three characters or more: the trigram index, the query quoted as one FTS5 string (embedded quotes
// doubled), so that nothing typed is FTS5 syntax ("*", "NEAR(", "-", ":", "OR"). Fewer: a range over
// the name keys (a prefix), which an index serves too.
Matches matchesOf(const QString &key)
{
    const QString folded = searchText(key, false);
    if (folded.size() >= 3) {
        QString quoted = folded;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        const auto contains = [](const QString &column) {
            return QStringLiteral("(instr(sprechtag_search_text(%1, 0), ?) > 0 OR "
                                  "instr(sprechtag_search_text(%1, 1), ?) > 0)")
                .arg(column);
        };
        return {QStringLiteral("SELECT rowid FROM company_search WHERE company_search MATCH ?"),
                QStringLiteral("SELECT rowid FROM contact_search WHERE contact_search MATCH ?"),
                {quoted},
                {quoted},
                contains(QStringLiteral("co.name_key")),
                contains(QStringLiteral("ct.search_key")),
                {folded, folded},
                {folded, folded}};
    }
    const QString end = key + QString::fromUcs4(U"\U0010FFFF", 1);
    return {QStringLiteral("SELECT id FROM company WHERE name_key >= ? AND name_key < ?"),
            QStringLiteral("SELECT id FROM contact WHERE name_key >= ? AND name_key < ?"),
            {key, end},
            {key, end},
            QStringLiteral("(co.name_key >= ? AND co.name_key < ?)"),
            QStringLiteral("(ct.name_key >= ? AND ct.name_key < ?)"),
            {key, end},
            {key, end}};
}

// The hits' columns for the bookings chosen in the CTE "top" (id, date, start), in its order.
const QString kBookingColumns = QStringLiteral(
    "SELECT co.id, co.name, trim(coalesce(ct.first_name, '') || ' ' || coalesce(ct.last_name, '')), "
    "b.id, s.day_id, s.date, s.start_minute, cons.name, f.name, b.status "
    "FROM top CROSS JOIN booking b ON b.id = top.id JOIN company co ON co.id = b.company_id "
    "LEFT JOIN contact ct ON ct.id = b.contact_id JOIN slot s ON s.id = b.slot_id "
    "JOIN consultant cons ON cons.id = s.consultant_id JOIN consultation_day d ON d.id = s.day_id "
    "JOIN format f ON f.id = d.format_id ORDER BY top.date DESC, top.start, top.id");

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

Result<QList<SearchHit>> run(const Database &db, const QString &sql, const QVariantList &args,
                             SearchHit (*read)(const Query &))
{
    Query q(db, sql);
    for (const QVariant &a : args)
        q.bind(a);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<SearchHit>(q, read);
}

// Bookings of matching companies or contacts, newest first.
Result<QList<SearchHit>> bookingHits(const Database &db, const Matches &m, Way way, int limit)
{
    QString top;
    QVariantList args;
    if (way == Way::WalkWithTests) {
        top = QStringLiteral(
                  "WITH top AS (SELECT b.id AS id, d.date AS date, s.start_minute AS start "
                  "FROM consultation_day d CROSS JOIN slot s ON s.day_id = d.id "
                  "CROSS JOIN booking b ON b.slot_id = s.id CROSS JOIN company co ON co.id = b.company_id "
                  "LEFT JOIN contact ct ON ct.id = b.contact_id WHERE d.date <= ? "
                  "AND (%1 OR %2) ORDER BY d.date DESC, s.start_minute, b.id LIMIT ?) ")
                  .arg(m.companyTest, m.contactTest);
        args << QStringLiteral("9999-12-31") << m.companyTestArgs << m.contactTestArgs << limit;
    } else if (way == Way::ThroughMatches) {
        top = QStringLiteral("WITH hit(id) AS (SELECT b.id FROM booking b WHERE b.company_id IN (%1) "
                             "UNION SELECT b.id FROM booking b WHERE b.contact_id IN (%2)), "
                             "top AS (SELECT b.id AS id, s.date AS date, s.start_minute AS start FROM hit "
                             "CROSS JOIN booking b ON b.id = hit.id CROSS JOIN slot s ON s.id = b.slot_id "
                             "ORDER BY s.date DESC, s.start_minute, b.id LIMIT ?) ")
                  .arg(m.companies, m.contacts);
        args << m.companyArgs << m.contactArgs << limit;
    } else {
        // The days newest first through their date index, their slots and bookings through covering
        // indexes; stops as soon as `limit` bookings matched.
        top = QStringLiteral("WITH top AS (SELECT b.id AS id, d.date AS date, s.start_minute AS start "
                             "FROM consultation_day d CROSS JOIN slot s ON s.day_id = d.id "
                             "CROSS JOIN booking b ON b.slot_id = s.id WHERE d.date <= ? "
                             "AND (b.company_id IN (%1) OR b.contact_id IN (%2)) "
                             "ORDER BY d.date DESC, s.start_minute, b.id LIMIT ?) ")
                  .arg(m.companies, m.contacts);
        args << QStringLiteral("9999-12-31") << m.companyArgs << m.contactArgs << limit;
    }
    return run(db, top + kBookingColumns, args, readBookingHit);
}

// Matching companies (by name or by one of their contacts) that have no booking yet, by name.
Result<QList<SearchHit>> companyHits(const Database &db, const Matches &m, Way way, int limit)
{
    const bool few = way == Way::ThroughMatches;
    const bool tests = way == Way::WalkWithTests;
    const QString match =
        tests ? QStringLiteral("(%1 OR EXISTS (SELECT 1 FROM contact ct WHERE ct.company_id = co.id "
                               "AND %2))")
                    .arg(m.companyTest, m.contactTest)
              : QStringLiteral("(co.id IN (%1) OR co.id IN (SELECT company_id FROM contact "
                               "WHERE id IN (%2)))")
                    .arg(m.companies, m.contacts);
    const QString rest = QStringLiteral(" AND co.archived = 0 AND NOT EXISTS (SELECT 1 FROM booking b "
                                        "WHERE b.company_id = co.id) ORDER BY co.name_key LIMIT ?");
    QVariantList args;
    QString sql;
    if (few) {
        sql = QStringLiteral("SELECT co.id, co.name FROM company co WHERE ") + match + rest;
    } else {
        // In name order through the index, until enough matched.
        sql = QStringLiteral("SELECT co.id, co.name FROM company co INDEXED BY company_name_key "
                             "WHERE co.name_key >= ? AND ") +
              match + rest;
        args << QStringLiteral(""); // not a null QString: NULL would match nothing
    }
    if (tests)
        args << m.companyTestArgs << m.contactTestArgs << limit;
    else
        args << m.companyArgs << m.contactArgs << limit;
    return run(db, sql, args, readCompanyHit);
}

} // namespace

Result<QList<SearchHit>> SearchRepository::search(const QString &text, int limit)
{
    const QString key = nameKey(text);
    if (key.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const Matches m = matchesOf(key);
    // How many companies and contacts match, counted no further than needed to choose.
    Query count(m_db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 LIMIT ?)) + "
                                     "(SELECT count(*) FROM (%2 LIMIT ?))")
                          .arg(m.companies, m.contacts));
    for (const QVariant &a : m.companyArgs)
        count.bind(a);
    count.bind(kManyMatches + 1);
    for (const QVariant &a : m.contactArgs)
        count.bind(a);
    count.bind(kManyMatches + 1);
    if (Status s = count.exec(); !s)
        return s.error();
    if (!count.next())
        return count.status().ok() ? QList<SearchHit>() : Result<QList<SearchHit>>(count.status().error());
    const int matches = count.integer(0);
    const Way way = matches <= kFewMatches    ? Way::ThroughMatches
                    : matches <= kManyMatches ? Way::WalkWithSets
                                              : Way::WalkWithTests;
    count.finish();
    auto bookings = bookingHits(m_db, m, way, limit);
    if (!bookings || bookings->size() >= limit)
        return bookings;
    auto companies = companyHits(m_db, m, way, limit - int(bookings->size()));
    if (!companies)
        return companies.error();
    return *bookings + *companies;
}

} // namespace Sprechtag
