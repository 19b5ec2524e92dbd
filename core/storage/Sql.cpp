// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sql.h"

#include <QMutex>
#include <QSqlError>

#include <atomic>

namespace Sprechtag {

namespace {

std::atomic<bool> g_recording{false};
QMutex g_recordMutex;
QList<RecordedStatement> g_recorded;

void record(const QSqlQuery &q)
{
    if (!g_recording.load(std::memory_order_relaxed))
        return;
    QMutexLocker lock(&g_recordMutex);
    g_recorded << RecordedStatement{q.lastQuery(), q.boundValues()};
}

} // namespace

void SqlRecorder::start()
{
    QMutexLocker lock(&g_recordMutex);
    g_recorded.clear();
    g_recording = true;
}

QList<RecordedStatement> SqlRecorder::stop()
{
    QMutexLocker lock(&g_recordMutex);
    g_recording = false;
    return std::exchange(g_recorded, {});
}

Query::Query(const Database &db, const QString &sql) : m_db(db), m_query(db.connection())
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = db.mapError(m_query.lastError());
}

Query::~Query()
{
    m_query.finish();
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::bindId(qint64 id)
{
    return bind(id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id));
}

Query &Query::bindDate(const QDate &date)
{
    return bind(date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>()));
}

Status Query::exec()
{
    if (!m_prepared)
        return m_prepareError;
    record(m_query);
    if (!m_query.exec())
        return m_db.mapError(m_query.lastError());
    return {};
}

bool Query::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_rowError = m_db.mapError(m_query.lastError());
    return false;
}

Status Query::status() const
{
    if (m_rowError)
        return *m_rowError;
    return {};
}

QDate Query::date(int index) const
{
    return QDate::fromString(m_query.value(index).toString(), Qt::ISODate);
}

QDateTime Query::timestamp(int index) const
{
    const QVariant v = m_query.value(index);
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString isoTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

Status execute(const Database &db, const QString &sql)
{
    Query q(db, sql);
    return q.exec();
}

Result<qint64> scalar(const Database &db, const QString &sql, const QVariantList &params)
{
    Query q(db, sql);
    for (const QVariant &p : params)
        q.bind(p);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next()) {
        if (Status s = q.status(); !s)
            return s.error();
        return qint64(0);
    }
    return q.value(0).toLongLong();
}

} // namespace Sprechtag
