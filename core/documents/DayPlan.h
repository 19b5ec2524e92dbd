// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/DayGrid.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QPageLayout>

class QPagedPaintDevice;

namespace Sprechtag {

// The day as the documents print it (NotFound when there is no such day).
Result<DayGrid> loadDayPlan(const Database &db, Id dayId);

// Landscape A4 for more than three consultants, portrait otherwise. A QPrinter for the print preview
// should get this layout before the preview opens (printer.setPageLayout(dayPlanPageLayout(data))).
QPageLayout dayPlanPageLayout(const DayGrid &data);

// Paints the plan onto the device's pages as the device is set up (page size, orientation, margins):
// a QPdfWriter or a QPrinter, also inside QPrintPreviewDialog::paintRequested.
void renderDayPlan(const DayGrid &data, QPagedPaintDevice *device);

// Writes the plan as a PDF (0600, all or nothing); the first form loads the day itself.
Status writeDayPlanPdf(const Database &db, Id dayId, const QString &pdfPath);
Status writeDayPlanPdf(const DayGrid &data, const QString &pdfPath);

// "2021-03-25_Tagesplan_Social-Media-Sprechtag.pdf"
QString suggestedDayPlanFileName(const QDate &date, const QString &formatName);
QString suggestedBriefingFileName(const QDate &date, const QString &formatName);
QString suggestedDoorSignsFileName(const QDate &date, const QString &formatName);

} // namespace Sprechtag
