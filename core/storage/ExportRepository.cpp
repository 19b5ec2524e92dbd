// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ExportRepository.h"

#include "storage/Sql.h"

#include <QHash>
#include <QSqlError>

#include <sqlite3.h>

#include <cstring>
#include <iterator>

namespace Sprechtag {

namespace {

// The booking list is read through SQLite's own API: Qt SQL turns every value into a QVariant holding
// UTF-16 text, which for 100,000 rows costs more than the query itself (product.md section 8 asks for
// the CSV export within 1.5 times `sqlite3 -csv`).
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql) : m_db(db)
    {
        m_rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(const QVariant &value)
    {
        if (m_rc != SQLITE_OK)
            return;
        ++m_bound;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            m_rc =
                sqlite3_bind_text(m_statement, m_bound, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            m_rc = sqlite3_bind_int64(m_statement, m_bound, value.toLongLong());
        }
    }
    // True while there is a row; afterwards ok() tells whether the end was reached without an error.
    bool next()
    {
        if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
            return false;
        m_rc = sqlite3_step(m_statement);
        return m_rc == SQLITE_ROW;
    }
    bool ok() const { return m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE; }
    // The driver's code as Qt SQL would report it, so that Database::mapError gives the same sentences.
    QSqlError error() const
    {
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                         QString::number(sqlite3_extended_errcode(m_db)));
    }

    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QByteArray bytes(int column) const
    {
        // Only a view: valid until the next step.
        return QByteArray::fromRawData(
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
    int m_bound = 0;
};

// Format, consultant, room, place and status repeat on thousands of rows: one shared copy of each keeps
// a list of 100,000 bookings small and saves converting the same text again.
class TextPool
{
public:
    QString text(const Statement &q, int column)
    {
        const QByteArray view = q.bytes(column);
        if (view.isEmpty())
            return QString();
        // Hashed in a buffer of our own: Qt's hash reads whole 16-byte blocks, also just before short
        // data, which must not be SQLite's memory.
        m_key.resize(view.size());
        std::memcpy(m_key.data(), view.constData(), size_t(view.size()));
        const auto it = m_texts.constFind(m_key);
        if (it != m_texts.cend())
            return *it;
        const QString text = QString::fromUtf8(m_key);
        m_texts.insert(QByteArray(m_key.constData(), m_key.size()), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_texts;
    QByteArray m_key;
};

QDateTime timestamp(const Statement &q, int column)
{
    if (q.isNull(column))
        return {};
    return QDateTime::fromString(q.text(column), Qt::ISODateWithMs);
}

// Only the conditions asked for, so that SQLite can use the date index and, without cancelled bookings,
// the partial index of active bookings per slot.
QString selectRows(const BookingListQuery &query, QVariantList *params)
{
    QStringList where;
    if (query.from.isValid()) {
        where << QStringLiteral("d.date >= ?");
        *params << isoDate(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("d.date <= ?");
        *params << isoDate(query.to);
    }
    if (query.formatId != 0) {
        where << QStringLiteral("d.format_id = ?");
        *params << query.formatId;
    }
    if (!query.consultantIds.isEmpty()) {
        QStringList marks;
        for (const Id id : query.consultantIds) {
            marks << QStringLiteral("?");
            *params << id;
        }
        where << QStringLiteral("s.consultant_id IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (!query.includeCancelled)
        where << QStringLiteral("b.status <> 'cancelled'");
    return QStringLiteral(
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
           // By date, start time, the consultant's position on the day, format and booking: sorted by SQLite,
           // which spills to a temporary file when the list is large, so that rows can be handed on as read.
           // d.date, not s.date (the same value): the date index then delivers the rows day by day, and only
           // a day's rows are sorted.
           QStringLiteral(" ORDER BY d.date, s.start_minute, coalesce(dc.position, 0), f.name_key, b.id");
}

// Reads one row of selectRows() into a booking row (columns 0 to 28).
class RowReader
{
public:
    BookingRow read(const Statement &q)
    {
        BookingRow r;
        r.bookingId = q.integer(0);
        r.dayId = q.integer(1);
        r.formatId = q.integer(2);
        r.consultantId = q.integer(3);
        r.date = date(q, 4);
        r.time = {int(q.integer(5)), int(q.integer(6))};
        r.formatName = m_pool.text(q, 7);
        r.formatContactName = m_pool.text(q, 8);
        r.formatContactEmail = m_pool.text(q, 9);
        r.consultantName = m_pool.text(q, 10);
        r.room = m_pool.text(q, 11);
        r.location = m_pool.text(q, 12);
        r.videoLink = m_pool.text(q, 13);
        r.companyName = q.text(14);
        r.street = q.text(15);
        r.postcode = q.text(16);
        r.city = m_pool.text(q, 17);
        r.contact.salutation = salutationFromKey(m_pool.text(q, 18)).value_or(Salutation::None);
        r.contact.title = m_pool.text(q, 19);
        r.contact.firstName = q.text(20);
        r.contact.lastName = q.text(21);
        r.contact.email = q.text(22);
        r.contact.phone = q.text(23);
        r.topic = q.text(24);
        r.status = bookingStatusFromKey(m_pool.text(q, 25)).value_or(BookingStatus::Booked);
        r.createdAt = timestamp(q, 26);
        r.confirmationSentAt = timestamp(q, 27);
        r.version = int(q.integer(28));
        return r;
    }

private:
    // Consecutive rows mostly share their date: parsed once for each run.
    QDate date(const Statement &q, int column)
    {
        if (const QByteArray text = q.bytes(column); text != m_lastDateText) {
            m_lastDateText = QByteArray(text.constData(), text.size());
            m_lastDate = QDate::fromString(QString::fromLatin1(m_lastDateText), Qt::ISODate);
        }
        return m_lastDate;
    }

    TextPool m_pool;
    QByteArray m_lastDateText;
    QDate m_lastDate;
};

} // namespace

// The statement being stepped, and the row it stands on converted on demand.
class ExportCursor
{
public:
    ExportCursor(sqlite3 *db, const QByteArray &sql) : m_statement(db, sql) {}

    Statement &statement() { return m_statement; }
    bool next()
    {
        m_converted = false;
        return m_statement.next();
    }
    const BookingRow &row()
    {
        if (!m_converted) {
            m_row = m_reader.read(m_statement);
            m_converted = true;
        }
        return m_row;
    }

private:
    Statement m_statement;
    RowReader m_reader;
    BookingRow m_row;
    bool m_converted = false;
};

namespace {

// The column of selectRows() for each text of the view.
constexpr int kTextColumns[] = {4, 7, 10, 11, 14, 18, 19, 20, 21, 22, 23, 15, 16, 17, 24, 25, 26, 27};
static_assert(std::size(kTextColumns) == size_t(ExportRowView::Text::ConfirmationSentAt) + 1);

} // namespace

QByteArrayView ExportRowView::text(Text column) const
{
    const QByteArray bytes = m_cursor.statement().bytes(kTextColumns[int(column)]);
    return QByteArrayView(bytes.constData(), bytes.size());
}

int ExportRowView::startMinute() const
{
    return int(m_cursor.statement().integer(5));
}

int ExportRowView::endMinute() const
{
    return int(m_cursor.statement().integer(6));
}

const BookingRow &ExportRowView::row() const
{
    return m_cursor.row();
}

Result<QList<BookingRow>> ExportRepository::rows(const QDate &from, const QDate &to, Id formatId,
                                                 bool includeCancelled)
{
    return rows(BookingListQuery{from, to, formatId, {}, includeCancelled});
}

Result<QList<BookingRow>> ExportRepository::rows(const BookingListQuery &query)
{
    QList<BookingRow> out;
    auto read = this->read(query, [&out](const ExportRowView &row) {
        out.append(row.row());
        return Status{};
    });
    if (!read)
        return read.error();
    return out;
}

Result<qsizetype> ExportRepository::read(const BookingListQuery &query, const ExportRowSink &sink)
{
    QVariantList params;
    const QString sql = selectRows(query, &params);
    sqlite3 *native = m_db.nativeHandle();
    if (!native)
        return makeError(ErrorCode::StorageFailure, {QStringLiteral("no SQLite handle")});
    ExportCursor cursor(native, sql.toUtf8());
    for (const QVariant &p : std::as_const(params))
        cursor.statement().bind(p);
    const ExportRowView view(cursor);
    qsizetype count = 0;
    while (cursor.next()) {
        if (Status s = sink(view); !s)
            return s.error();
        ++count;
    }
    if (!cursor.statement().ok())
        return m_db.mapError(cursor.statement().error());
    return count;
}

} // namespace Sprechtag
