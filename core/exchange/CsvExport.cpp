// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvExport.h"

#include "exchange/BookingColumns.h"

namespace Sprechtag {

namespace {

bool startsDangerously(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
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

bool needsQuotes(const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u';':
        case u'"':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

void appendField(QString &out, const QString &text)
{
    const bool quoted = needsQuotes(text);
    if (quoted)
        out += QLatin1Char('"');
    if (startsDangerously(text))
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

} // namespace

QString csvField(const QString &text)
{
    QString out;
    appendField(out, text);
    return out;
}

QByteArray toCsv(const QList<BookingRow> &rows)
{
    QString text;
    text.reserve((rows.size() + 1) * 200);
    // The byte order mark, EF BB BF in UTF-8: Excel reads the file as UTF-8 only with it.
    text += QChar(0xFEFF);
    const QStringList titles = bookingColumnTitles();
    for (int c = 0; c < kBookingColumnCount; ++c) {
        if (c > 0)
            text += QLatin1Char(';');
        appendField(text, titles.at(c));
    }
    text += QLatin1String("\r\n");
    for (const BookingRow &row : rows) {
        for (int c = 0; c < kBookingColumnCount; ++c) {
            if (c > 0)
                text += QLatin1Char(';');
            appendField(text, bookingCellText(row, BookingColumn(c)));
        }
        text += QLatin1String("\r\n");
    }
    return text.toUtf8();
}

} // namespace Sprechtag
