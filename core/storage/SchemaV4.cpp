// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SchemaV4.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

// Marks a day as changed by the next sequence number (found through the index on seq). `day` is an
// expression; `from` an optional FROM/WHERE clause it needs. Day 0 stands for the master data.
QString touch(const QString &day, const QString &from = {})
{
    return QStringLiteral("INSERT INTO day_change (day_id, seq) SELECT %1, "
                          "(SELECT coalesce(max(seq), 0) + 1 FROM day_change) %2 "
                          "ON CONFLICT (day_id) DO UPDATE SET seq = excluded.seq;")
        .arg(day, from.isEmpty() ? QStringLiteral("WHERE true") : from);
}

QString slotDay(const QString &row)
{
    return touch(QStringLiteral("day_id"),
                 QStringLiteral("FROM slot WHERE id = %1.slot_id AND day_id IS NOT NULL").arg(row));
}

QString trigger(const QString &name, const QString &event, const QString &table, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 BEGIN %4 END").arg(name, event, table, body);
}

// The triggers that keep day_change: every change of a day's rows or grid marks the day, every change
// of master data marks day 0.
QStringList feedTriggers()
{
    QStringList out{
        trigger(QStringLiteral("feed_booking_insert"), QStringLiteral("INSERT"), QStringLiteral("booking"),
                slotDay(QStringLiteral("NEW"))),
        trigger(QStringLiteral("feed_booking_update"), QStringLiteral("UPDATE"), QStringLiteral("booking"),
                slotDay(QStringLiteral("OLD")) +
                    touch(QStringLiteral("day_id"),
                          QStringLiteral("FROM slot WHERE id = NEW.slot_id AND NEW.slot_id <> OLD.slot_id"))),
        trigger(QStringLiteral("feed_booking_delete"), QStringLiteral("DELETE"), QStringLiteral("booking"),
                slotDay(QStringLiteral("OLD"))),
    };
    const QList<std::pair<QString, QString>> dayTables{
        {QStringLiteral("slot"), QStringLiteral("day_id")},
        {QStringLiteral("consultation_day"), QStringLiteral("id")},
        {QStringLiteral("day_consultant"), QStringLiteral("day_id")},
        {QStringLiteral("day_break"), QStringLiteral("day_id")},
    };
    for (const auto &[table, column] : dayTables) {
        const QString neu = QStringLiteral("NEW.") + column;
        const QString old = QStringLiteral("OLD.") + column;
        out << trigger(QStringLiteral("feed_%1_insert").arg(table), QStringLiteral("INSERT"), table,
                       touch(neu))
            << trigger(QStringLiteral("feed_%1_update").arg(table), QStringLiteral("UPDATE"), table,
                       touch(old) + touch(neu, QStringLiteral("WHERE %1 IS NOT %2").arg(neu, old)))
            << trigger(QStringLiteral("feed_%1_delete").arg(table), QStringLiteral("DELETE"), table,
                       touch(old));
    }
    for (const char *table : {"format", "consultant", "company", "contact", "organisation"}) {
        const QString t = QString::fromLatin1(table);
        for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
            const QString e = QString::fromLatin1(event);
            out << trigger(QStringLiteral("feed_%1_%2").arg(t, e.toLower()), e, t,
                           touch(QStringLiteral("0")));
        }
    }
    return out;
}

// The search index: per company and per contact person the search text of its key (SearchText.h) in
// two forms, as trigrams, so that any part of three characters or more is found through the index.
QStringList searchIndex()
{
    QStringList out;
    for (const auto &[table, key] : {std::pair{"company", "name_key"}, std::pair{"contact", "search_key"}}) {
        const QString t = QString::fromLatin1(table);
        const QString k = QString::fromLatin1(key);
        const QString index = t + QStringLiteral("_search");
        const QString insert =
            QStringLiteral("INSERT INTO %1 (rowid, k, s) VALUES (NEW.id, sprechtag_search_text(NEW.%2, 0), "
                           "sprechtag_search_text(NEW.%2, 1));")
                .arg(index, k);
        const QString remove = QStringLiteral("DELETE FROM %1 WHERE rowid = OLD.id;").arg(index);
        out << QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(k, s, tokenize = 'trigram')").arg(index)
            << trigger(QStringLiteral("search_%1_insert").arg(t), QStringLiteral("INSERT"), t, insert)
            << trigger(QStringLiteral("search_%1_update").arg(t), QStringLiteral("UPDATE OF %1").arg(k), t,
                       remove + insert)
            << trigger(QStringLiteral("search_%1_delete").arg(t), QStringLiteral("DELETE"), t, remove);
    }
    return out;
}

} // namespace

QStringList schemaVersion4()
{
    QStringList statements{
        // The change feed: per day the sequence number of its last change (day 0: master data).
        QStringLiteral("CREATE TABLE day_change (day_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL) STRICT"),
        QStringLiteral("CREATE INDEX day_change_seq ON day_change (seq)"),
        // The file's generation: a new random number whenever a copy is restored into it, so that a
        // position taken before means "everything changed".
        QStringLiteral("CREATE TABLE change_feed (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "generation INTEGER NOT NULL) STRICT"),
        QStringLiteral("INSERT INTO change_feed (id, generation) VALUES (1, 1 + abs(random() % %1))")
            .arg((qint64(1) << (62 - kChangeSeqBits)) - 1),
    };
    statements << feedTriggers();
    // The day list counts a day's offered slots and their bookings from the index alone.
    // (SQLite counts the column of a partial index's condition as not covered: retired is a column here.)
    statements << QStringLiteral("CREATE INDEX slot_day_offered ON slot (day_id, retired, blocked)");
    // A slot's bookings of every status (a day with its cancelled bookings, a slot's history): before,
    // only the active ones had an index. With status, company and contact it covers the day list's
    // counts and the search's walk through the newest bookings.
    statements << QStringLiteral(
        "CREATE INDEX booking_slot ON booking (slot_id, status, company_id, contact_id)");
    statements << searchIndex();
    return statements;
}

namespace {

constexpr int kFillChunks = 10;

} // namespace

int schemaVersion4FillSteps()
{
    return 2 * kFillChunks;
}

// The search index of every existing company and contact, in chunks of their ids so that progress can
// be shown.
Status fillSchemaVersion4(const Database &db, const std::function<void(int, int)> &progress)
{
    int done = 0;
    for (const auto &[table, key] : {std::pair{"company", "name_key"}, std::pair{"contact", "search_key"}}) {
        const QString t = QString::fromLatin1(table);
        Result<qint64> last = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(t));
        if (!last)
            return last.error();
        const qint64 chunk = *last / kFillChunks + 1;
        for (int i = 0; i < kFillChunks; ++i) {
            Query q(db, QStringLiteral("INSERT INTO %1_search (rowid, k, s) SELECT id, "
                                       "sprechtag_search_text(%2, 0), sprechtag_search_text(%2, 1) FROM %1 "
                                       "WHERE id > ? AND id <= ?")
                            .arg(t, QString::fromLatin1(key)));
            q.bind(qint64(i) * chunk).bind(qint64(i + 1) * chunk);
            if (Status s = q.exec(); !s)
                return s;
            if (progress)
                progress(++done, schemaVersion4FillSteps());
        }
    }
    return {};
}

} // namespace Sprechtag
