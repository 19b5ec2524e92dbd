// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvExport.h"

#include "exchange/BookingColumns.h"
#include "storage/ExportRepository.h"

#include <climits>

namespace Sprechtag {

namespace {

bool startsDangerously(char16_t first)
{
    switch (first) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool isSpecial(char16_t c)
{
    return c == u';' || c == u'"' || c == u'\r' || c == u'\n';
}

void appendField(QString &out, const QString &text)
{
    bool quoted = false;
    for (const QChar c : text)
        quoted = quoted || isSpecial(c.unicode());
    if (quoted)
        out += QLatin1Char('"');
    if (!text.isEmpty() && startsDangerously(text.front().unicode()))
        out += QLatin1Char('\'');
    if (quoted) {
        for (const QChar c : text) {
            if (c == QLatin1Char('"'))
                out += QLatin1Char('"');
            out += c;
        }
        out += QLatin1Char('"');
    } else {
        out += text;
    }
}

// The field rules of appendField() on UTF-8: every character they look at is ASCII.
void appendUtf8Field(QByteArray &out, QByteArrayView text)
{
    if (!text.isValidUtf8()) {
        // As the QString path sees it: malformed sequences replaced.
        const QByteArray clean = QString::fromUtf8(text).toUtf8();
        appendUtf8Field(out, QByteArrayView(clean));
        return;
    }
    bool quoted = false;
    for (const char c : text)
        quoted = quoted || isSpecial(char16_t(c));
    if (quoted)
        out += '"';
    if (!text.isEmpty() && startsDangerously(char16_t(text.front())))
        out += '\'';
    if (quoted) {
        for (const char c : text) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out.append(text);
    }
}

void appendTwoDigits(QByteArray &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

void appendTime(QByteArray &out, int minutes)
{
    if (minutes < 0 || minutes >= 100 * 60) {
        appendUtf8Field(out, formatTime(minutes).toUtf8());
        return;
    }
    appendTwoDigits(out, minutes / 60);
    out += ':';
    appendTwoDigits(out, minutes % 60);
}

void appendDate(QByteArray &out, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    appendTwoDigits(out, day);
    out += '.';
    appendTwoDigits(out, month);
    out += '.';
    appendTwoDigits(out, year / 100);
    appendTwoDigits(out, year % 100);
}

// Digits at [from, from + count) of text as a number; -1 when one of them is not a digit.
int digitsAt(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "2021-03-25" as stored; an invalid date when the text is anything else.
QDate isoDate(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return {};
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2), day = digitsAt(text, 8, 2);
    if (year < 1000 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

// The text columns of the view, in the order of BookingColumn (Text::Date where the cell is not a text).
using Text = ExportRowView::Text;
constexpr Text kTexts[kBookingColumnCount] = {
    Text::Date,     Text::Date,        Text::Date,       Text::FormatName, Text::ConsultantName,
    Text::Room,     Text::CompanyName, Text::Salutation, Text::Title,      Text::FirstName,
    Text::LastName, Text::Email,       Text::Phone,      Text::Street,     Text::Postcode,
    Text::City,     Text::Topic,       Text::Status,     Text::CreatedAt,  Text::ConfirmationSentAt};

} // namespace

QString csvField(const QString &text)
{
    QString out;
    appendField(out, text);
    return out;
}

CsvWriter::CsvWriter(Output output, qsizetype flushSize)
    : m_output(std::move(output)), m_flushSize(flushSize), m_zone(QTimeZone::systemTimeZone())
{
    m_buffer.reserve(m_flushSize + 64 * 1024);
    for (BookingStatus s :
         {BookingStatus::Booked, BookingStatus::Cancelled, BookingStatus::Attended, BookingStatus::NoShow})
        m_statusNames.push_back({toKey(s).toUtf8(), displayName(s).toUtf8()});
}

Status CsvWriter::begin()
{
    QString text;
    // The byte order mark, EF BB BF in UTF-8: Excel reads the file as UTF-8 only with it.
    text += QChar(0xFEFF);
    const QStringList titles = bookingColumnTitles();
    for (int c = 0; c < kBookingColumnCount; ++c) {
        if (c > 0)
            text += QLatin1Char(';');
        appendField(text, titles.at(c));
    }
    text += QLatin1String("\r\n");
    m_buffer += text.toUtf8();
    return recordDone();
}

Status CsvWriter::add(const BookingRow &row)
{
    QString text;
    for (int c = 0; c < kBookingColumnCount; ++c) {
        if (c > 0)
            text += QLatin1Char(';');
        appendField(text, bookingCellText(row, BookingColumn(c)));
    }
    text += QLatin1String("\r\n");
    m_buffer += text.toUtf8();
    return recordDone();
}

Status CsvWriter::add(const ExportRowView &row)
{
    for (int c = 0; c < kBookingColumnCount; ++c) {
        if (c > 0)
            m_buffer += ';';
        switch (BookingColumn(c)) {
        case BookingColumn::Date:
            if (const QDate date = isoDate(row.text(Text::Date)); date.isValid())
                appendDate(m_buffer, date);
            else
                appendUtf8Field(m_buffer, formatDateShort(row.row().date).toUtf8());
            break;
        case BookingColumn::Start:
            appendTime(m_buffer, row.startMinute());
            break;
        case BookingColumn::End:
            appendTime(m_buffer, row.endMinute());
            break;
        case BookingColumn::Salutation: {
            const QByteArrayView key = row.text(Text::Salutation);
            if (key == "Frau" || key == "Herr")
                m_buffer.append(key);
            else if (key != "none" && !key.isEmpty())
                appendUtf8Field(m_buffer, bookingCellText(row.row(), BookingColumn::Salutation).toUtf8());
            break;
        }
        case BookingColumn::Status:
            appendStatus(row);
            break;
        case BookingColumn::BookedAt:
        case BookingColumn::ConfirmationAt:
            appendTimestamp(row, c);
            break;
        default:
            appendUtf8Field(m_buffer, row.text(kTexts[c]));
            break;
        }
    }
    m_buffer += "\r\n";
    return recordDone();
}

void CsvWriter::appendStatus(const ExportRowView &row)
{
    const QByteArrayView key = row.text(Text::Status);
    for (const auto &[stored, words] : m_statusNames) {
        if (key == QByteArrayView(stored)) {
            appendUtf8Field(m_buffer, words);
            return;
        }
    }
    appendUtf8Field(m_buffer, displayName(row.row().status).toUtf8());
}

namespace {

// A stored timestamp as UTC: "2021-03-25T08:15:00Z", with or without fractions of a second, with "Z" or
// an offset "+01:00"/"-05:30" (as isoTimestamp() and Qt's ISO form write them). False for anything else.
bool utcMoment(QByteArrayView text, QDate *date, int *secondOfDay)
{
    if (text.size() < 20 || text.at(10) != 'T' || text.at(13) != ':' || text.at(16) != ':')
        return false;
    QDate day = isoDate(text.first(10));
    const int hour = digitsAt(text, 11, 2), minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    if (!day.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    qsizetype at = 19;
    if (text.at(at) == '.') {
        const qsizetype digits = ++at;
        while (at < text.size() && text.at(at) >= '0' && text.at(at) <= '9')
            ++at;
        if (at == digits)
            return false;
    }
    int offset = 0;
    const QByteArrayView zone = text.sliced(at);
    if (zone == "Z") {
        offset = 0;
    } else if (zone.size() == 6 && (zone.at(0) == '+' || zone.at(0) == '-') && zone.at(3) == ':') {
        const int hours = digitsAt(zone, 1, 2), minutes = digitsAt(zone, 4, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return false;
        offset = (hours * 3600 + minutes * 60) * (zone.at(0) == '-' ? -1 : 1);
    } else {
        return false;
    }
    int seconds = hour * 3600 + minute * 60 + second - offset;
    if (seconds < 0) {
        seconds += 86400;
        day = day.addDays(-1);
    } else if (seconds >= 86400) {
        seconds -= 86400;
        day = day.addDays(1);
    }
    *date = day;
    *secondOfDay = seconds;
    return day.isValid();
}

} // namespace

// "dd.MM.yyyy HH:mm" in local time as formatTimestampLocal() writes it, for the stored forms of
// utcMoment() computed directly with the zone's offset for that hour; anything else through
// formatTimestampLocal() itself.
void CsvWriter::appendTimestamp(const ExportRowView &row, int column)
{
    const QByteArrayView text =
        row.text(column == int(BookingColumn::BookedAt) ? Text::CreatedAt : Text::ConfirmationSentAt);
    if (text.isEmpty())
        return;
    QDate utcDate;
    int utcSecond = 0;
    if (m_zone.isValid() && utcMoment(text, &utcDate, &utcSecond)) {
        const int hour = utcSecond / 3600;
        const qint64 key = utcDate.toJulianDay() * 24 + hour;
        if (key != m_offsetHour) {
            const QDateTime from(utcDate, QTime(hour, 0), Qt::UTC);
            const int first = m_zone.offsetFromUtc(from);
            m_offset = first == m_zone.offsetFromUtc(from.addSecs(3599)) ? first : INT_MIN;
            m_offsetHour = key;
        }
        if (m_offset != INT_MIN) {
            qint64 seconds = utcSecond + qint64(m_offset);
            qint64 days = seconds / 86400;
            seconds %= 86400;
            if (seconds < 0) {
                seconds += 86400;
                --days;
            }
            const QDate local = utcDate.addDays(days);
            if (local.year() >= 1000 && local.year() <= 9999) {
                appendDate(m_buffer, local);
                m_buffer += ' ';
                appendTime(m_buffer, int(seconds / 60));
                return;
            }
        }
    }
    appendUtf8Field(m_buffer, bookingCellText(row.row(), BookingColumn(column)).toUtf8());
}

Status CsvWriter::recordDone()
{
    if (m_buffer.size() < m_flushSize)
        return {};
    return finish();
}

Status CsvWriter::finish()
{
    if (m_buffer.isEmpty())
        return {};
    Status written = m_output(m_buffer);
    m_buffer.resize(0); // keeps the allocation for the next piece
    return written;
}

QByteArray toCsv(const QList<BookingRow> &rows)
{
    QByteArray out;
    CsvWriter writer([&out](const QByteArray &bytes) {
        out += bytes;
        return Status{};
    });
    Status s = writer.begin();
    for (const BookingRow &row : rows)
        s = writer.add(row);
    s = writer.finish();
    Q_UNUSED(s);
    return out;
}

} // namespace Sprechtag
