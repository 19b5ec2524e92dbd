// SPDX-License-Identifier: GPL-3.0-or-later
// The day list: the days of a range with their counts in one aggregate query, and the past years.
#include "storage/DayRepository.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

// The condition on the date of `alias` for an open or closed range, built per case so that the index on
// the date is used (a condition like "? IS NULL OR date >= ?" would defeat it).
QString rangeCondition(const QString &alias, const QDate &from, const QDate &to)
{
    QStringList parts;
    if (from.isValid())
        parts << alias + QStringLiteral(".date >= ?");
    if (to.isValid())
        parts << alias + QStringLiteral(".date <= ?");
    return parts.isEmpty() ? QStringLiteral("true") : parts.join(QStringLiteral(" AND "));
}

void bindRange(Query &q, const QDate &from, const QDate &to)
{
    if (from.isValid())
        q.bindDate(from);
    if (to.isValid())
        q.bindDate(to);
}

} // namespace

Result<QList<DaySummary>> DayRepository::summaries(const QDate &from, const QDate &to)
{
    QString dayColumns = kDayColumns;
    dayColumns.replace(QStringLiteral(", "), QStringLiteral(", d."));
    // The slots and consultants are read once for all days of the range (through the indexes on
    // slot.day_id, booking.slot_id and day_consultant's key), not per day. CROSS JOIN keeps the days of
    // the range the outer loop: otherwise SQLite may walk every slot of the file and probe the range.
    // booking_slot covers the status, unlike the partial unique index of active bookings.
    const QString sql =
        QStringLiteral(
            "WITH picked AS MATERIALIZED (SELECT id FROM consultation_day pd WHERE %1), "
            "counts AS (SELECT s.day_id, sum(s.blocked = 0) AS total, count(b.id) AS booked "
            "  FROM picked p CROSS JOIN slot s ON s.day_id = p.id AND s.retired = 0 "
            "  LEFT JOIN booking b INDEXED BY booking_slot ON b.slot_id = s.id AND b.status <> 'cancelled' "
            "  GROUP BY s.day_id), "
            "names AS (SELECT day_id, group_concat(name, char(10)) AS names FROM ("
            "  SELECT dc.day_id, c.name FROM picked p CROSS JOIN day_consultant dc ON dc.day_id = p.id "
            "  JOIN consultant c ON c.id = dc.consultant_id ORDER BY dc.day_id, dc.position) "
            "  GROUP BY day_id) "
            "SELECT d.%2, f.name, f.colour, n.names, coalesce(k.total, 0), coalesce(k.booked, 0) "
            "FROM consultation_day d JOIN format f ON f.id = d.format_id "
            "LEFT JOIN counts k ON k.day_id = d.id LEFT JOIN names n ON n.day_id = d.id "
            "WHERE %3 ORDER BY d.date, f.name_key")
            .arg(rangeCondition(QStringLiteral("pd"), from, to), dayColumns,
                 rangeCondition(QStringLiteral("d"), from, to));
    Query q(m_db, sql);
    bindRange(q, from, to);
    bindRange(q, from, to);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<DaySummary>(q, [](const Query &row) {
        DaySummary s;
        s.day = readDay(row);
        s.formatName = row.text(12);
        s.formatColour = row.text(13);
        const QString names = row.text(14);
        if (!names.isEmpty())
            s.consultantNames = names.split(QLatin1Char('\n'));
        s.totalSlots = row.integer(15);
        s.bookedSlots = row.integer(16);
        return s;
    });
}

Result<QList<YearCount>> DayRepository::pastYears(const QDate &today, Id formatId)
{
    const QString format = formatId != 0 ? QStringLiteral(" AND format_id = ?") : QString();
    Query q(m_db, QStringLiteral("SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, count(*) "
                                 "FROM consultation_day WHERE date < ?%1 GROUP BY year ORDER BY year DESC")
                      .arg(format));
    q.bindDate(today);
    if (formatId != 0)
        q.bind(formatId);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<YearCount>(q, [](const Query &row) { return YearCount{row.integer(0), row.integer(1)}; });
}

} // namespace Sprechtag
