// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"

#include <QByteArray>
#include <QTimeZone>

#include <functional>
#include <utility>
#include <vector>

namespace Sprechtag {

class ExportRowView;

// The booking list as a CSV file that German Excel opens with a double click: UTF-8 with BOM, ";" between
// fields, CRLF after every record, RFC 4180 quoting, and a leading "'" before any cell starting with
// = + - @, tab or CR so that no cell is taken for a formula. A header row with the column titles.
QByteArray toCsv(const QList<BookingRow> &rows);

// One field as it goes into the file: prefixed against formula injection, then quoted when needed.
QString csvField(const QString &text);

// The same file written as the rows come: the bytes collect in one buffer that goes to output whenever it
// is full and at finish(), so that the export's memory does not grow with its length.
class CsvWriter
{
public:
    using Output = std::function<Status(const QByteArray &)>;
    // flushSize: how many bytes collect before they go to output.
    explicit CsvWriter(Output output, qsizetype flushSize = 256 * 1024);

    // The byte order mark and the header row.
    Status begin();
    Status add(const BookingRow &row);
    // A row as read from the database: its UTF-8 goes into the file without a detour through QString; the
    // cells come out exactly as add(row.row()) writes them.
    Status add(const ExportRowView &row);
    Status finish();

private:
    void appendStatus(const ExportRowView &row);
    void appendTimestamp(const ExportRowView &row, int column);
    Status recordDone();

    Output m_output;
    qsizetype m_flushSize;
    QByteArray m_buffer;
    std::vector<std::pair<QByteArray, QByteArray>> m_statusNames; // status key, its words in UTF-8
    QTimeZone m_zone;
    qint64 m_offsetHour = -1; // the UTC hour (Julian day * 24 + hour) m_offset applies to
    int m_offset = 0;         // seconds; INT_MIN: the offset changes within that hour
};

} // namespace Sprechtag
