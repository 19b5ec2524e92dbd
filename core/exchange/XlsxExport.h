// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"

namespace Sprechtag {

// The booking list as an Excel workbook: the same columns as the CSV, a bold header row that stays in view
// (frozen), an autofilter over the data, real date and time cells (dd.mm.yyyy, hh:mm, dd.mm.yyyy hh:mm in
// local time) and the texts as plain strings. Written all or nothing, readable by the owner only.
Status writeXlsx(const QList<BookingRow> &rows, const QString &path);

} // namespace Sprechtag
