// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DayPlan.h"

namespace Sprechtag {

// Landscape A4.
QPageLayout doorSignPageLayout();

// One page per consultant of the day, in large type: format, consultant, room, date and hours, and when
// withCompanies is set the booked companies by time. Paints onto the device as it is set up (a QPdfWriter,
// or a QPrinter in a print preview); repeatable.
void renderDoorSigns(const DayGrid &data, bool withCompanies, QPagedPaintDevice *device);

Status writeDoorSignsPdf(const Database &db, Id dayId, bool withCompanies, const QString &pdfPath);

} // namespace Sprechtag
