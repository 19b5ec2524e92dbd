// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"

#include <QByteArray>

namespace Sprechtag {

// The booking list as a CSV file that German Excel opens with a double click: UTF-8 with BOM, ";" between
// fields, CRLF after every record, RFC 4180 quoting, and a leading "'" before any cell starting with
// = + - @, tab or CR so that no cell is taken for a formula. A header row with the column titles.
QByteArray toCsv(const QList<BookingRow> &rows);

// One field as it goes into the file: prefixed against formula injection, then quoted when needed.
QString csvField(const QString &text);

} // namespace Sprechtag
