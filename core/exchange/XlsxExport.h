// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"

#include <functional>

namespace Sprechtag {

// Hands every row to the function it is given, in order (an error stops it and is returned); returns how
// many rows it handed over. ExportRepository::read() with the query fits.
using BookingRowSource = std::function<Result<qsizetype>(const std::function<Status(const BookingRow &)> &)>;

// The booking list as an Excel workbook: the same columns as the CSV, a bold header row that stays in view
// (frozen), an autofilter over the data, real date and time cells (dd.mm.yyyy, hh:mm, dd.mm.yyyy hh:mm in
// local time) and the texts as plain strings. Written all or nothing, readable by the owner only.
Status writeXlsx(const QList<BookingRow> &rows, const QString &path);

// The same with the rows written as the source delivers them (libxlsxwriter's constant-memory mode): the
// memory does not grow with the number of rows. Returns how many rows the workbook holds.
Result<qsizetype> streamXlsx(const BookingRowSource &rows, const QString &path);

} // namespace Sprechtag
