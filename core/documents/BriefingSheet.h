// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/DayPlan.h"
#include "domain/ReadModels.h"

namespace Sprechtag {

// One booked consultation as the consultant prepares for it.
struct BriefingEntry
{
    TimeRange time;
    DayGridCell cell;
    Company company;
    std::optional<Contact> contact;
    // The company's other bookings before this day, not cancelled, newest first.
    QList<BookingDetails> earlierVisits;
};

struct BriefingSection
{
    DayGridColumn consultant;
    QList<BriefingEntry> entries;
};

struct BriefingData
{
    DayGrid plan;
    // One per consultant, each printed from a new page.
    QList<BriefingSection> sections;
};

// consultantId 0: every consultant of the day; otherwise only that one (NotFound when not on the day).
Result<BriefingData> loadBriefing(const Database &db, Id dayId, Id consultantId = 0);

// Portrait A4.
QPageLayout briefingPageLayout();

// Paints the sheets onto the device as it is set up (a QPdfWriter, or a QPrinter in a print preview);
// repeatable.
void renderBriefing(const BriefingData &data, QPagedPaintDevice *device);

Status writeBriefingPdf(const Database &db, Id dayId, Id consultantId, const QString &pdfPath);

} // namespace Sprechtag
