// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Sprechtag {

// A prepared statement with positional bound parameters; errors come back mapped. Finishes itself when
// it goes out of scope so that a COMMIT never meets an open statement.
class Query
{
public:
    Query(const Database &db, const QString &sql);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QVariant &value);
    // Text is never NULL: a null QString is stored as the empty string.
    Query &bind(const QString &value) { return bind(QVariant(value.isNull() ? QStringLiteral("") : value)); }
    Query &bind(qint64 value) { return bind(QVariant(value)); }
    Query &bind(int value) { return bind(QVariant(value)); }
    Query &bind(bool value) { return bind(QVariant(value ? 1 : 0)); }
    // NULL for an id of 0 or an invalid date.
    Query &bindId(qint64 id);
    Query &bindDate(const QDate &date);

    Status exec();
    // False at the end of the rows, and also when reading the next row failed (a damaged page deep in a
    // large file): after a loop over next(), status() tells the two apart, so that an error never passes
    // for a shorter list.
    bool next();
    Status status() const;
    QVariant value(int index) const { return m_query.value(index); }
    QString text(int index) const { return m_query.value(index).toString(); }
    qint64 id(int index) const { return m_query.value(index).toLongLong(); }
    int integer(int index) const { return m_query.value(index).toInt(); }
    bool flag(int index) const { return m_query.value(index).toInt() != 0; }
    QDate date(int index) const;
    QDateTime timestamp(int index) const;
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    const Database &m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
    Error m_prepareError;
    std::optional<Error> m_rowError;
};

// Every row through read(q) into a list; a read that ends in an error is that error, never a shorter list.
template <typename T, typename Read> Result<QList<T>> readRows(Query &q, Read read)
{
    QList<T> out;
    while (q.next())
        out << read(q);
    if (Status s = q.status(); !s)
        return s.error();
    return out;
}

// A debug seam for tests: while recording, every statement a Query executes (in any thread) is kept with
// its bound values, so that a test can run the real calls and EXPLAIN what they ran. Off by default.
struct RecordedStatement
{
    QString sql;
    QVariantList values;
};
namespace SqlRecorder {
void start();
// The statements since start(), in order; recording stops.
QList<RecordedStatement> stop();
} // namespace SqlRecorder

QString isoDate(const QDate &date);
QString isoTimestamp(const QDateTime &when);

// Runs one statement without parameters (pragmas, DDL).
Status execute(const Database &db, const QString &sql);
// Runs a query that yields one integer (count(*), a pragma); errors come back mapped.
Result<qint64> scalar(const Database &db, const QString &sql, const QVariantList &params = {});

} // namespace Sprechtag
