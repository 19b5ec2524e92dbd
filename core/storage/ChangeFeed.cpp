// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ChangeFeed.h"

#include "storage/SchemaV4.h"
#include "storage/Sql.h"

#include <QRandomGenerator>
#include <QSet>

namespace Sprechtag {

namespace {

qint64 packed(qint64 generation, qint64 seq)
{
    return (generation << kChangeSeqBits) | (seq & kChangeSeqMask);
}

} // namespace

Result<qint64> ChangeFeed::mark()
{
    Query q(m_db, QStringLiteral("SELECT generation, (SELECT coalesce(max(seq), 0) FROM day_change) "
                                 "FROM change_feed WHERE id = 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = q.status(); !s)
            return s.error();
        return qint64(0);
    }
    return packed(q.id(0), q.id(1));
}

Result<DayChanges> ChangeFeed::since(qint64 mark)
{
    const qint64 generation = mark >> kChangeSeqBits;
    const qint64 seq = mark & kChangeSeqMask;
    // One statement, so that the newest position and the rows after `seq` come from the same snapshot.
    Query q(m_db, QStringLiteral("SELECT f.generation, (SELECT coalesce(max(seq), 0) FROM day_change), "
                                 "c.day_id FROM change_feed f LEFT JOIN day_change c ON c.seq > ? "
                                 "WHERE f.id = 1 ORDER BY c.seq"));
    q.bind(seq);
    if (Status s = q.exec(); !s)
        return s.error();
    DayChanges out;
    QSet<Id> seen;
    bool header = false;
    while (q.next()) {
        if (!header) {
            header = true;
            const qint64 current = q.id(0);
            const qint64 last = q.id(1);
            out.mark = packed(current, last);
            if (current != generation || seq > last) {
                out.everything = true;
                out.masterData = true;
                break;
            }
        }
        if (q.value(2).isNull())
            continue;
        const Id day = q.id(2);
        if (day == 0)
            out.masterData = true;
        else if (!seen.contains(day)) {
            seen.insert(day);
            out.days << day;
        }
    }
    if (Status s = q.status(); !s)
        return s.error();
    if (!header) {
        out.everything = true;
        out.masterData = true;
    }
    return out;
}

Status ChangeFeed::newGeneration()
{
    // A file of a schema (a test's own list) without the feed has nothing to renew.
    Result<qint64> present = scalar(
        m_db,
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'change_feed'"));
    if (!present)
        return present.error();
    if (*present == 0)
        return {};
    const qint64 limit = (qint64(1) << (62 - kChangeSeqBits)) - 1;
    Result<qint64> current = scalar(m_db, QStringLiteral("SELECT generation FROM change_feed WHERE id = 1"));
    if (!current)
        return current.error();
    qint64 generation = *current;
    while (generation == *current)
        generation = 1 + qint64(QRandomGenerator::system()->bounded(quint64(limit)));
    Query q(m_db, QStringLiteral("UPDATE change_feed SET generation = ? WHERE id = 1"));
    q.bind(generation);
    return q.exec();
}

} // namespace Sprechtag
