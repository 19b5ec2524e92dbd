// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QPageLayout>

class QPagedPaintDevice;

namespace Sprechtag {

// One cell of the day plan: what a consultant does in one row's time.
struct DayPlanCell
{
    enum class Kind
    {
        Absent, // the consultant has no slot at this time (shorter hours of their own)
        Free,
        Booked,
        Blocked,
    };
    Kind kind = Kind::Absent;
    Id slotId = 0;
    Id bookingId = 0;
    Id companyId = 0;
    Id contactId = 0;
    BookingStatus status = BookingStatus::Booked;
    QString company;
    QString contact;
    QString phone;
    QString email;
    QString topic;
};

struct DayPlanConsultant
{
    Id id = 0;
    QString name;
    QString room;
    TimeRange hours; // their own hours, or the day's
};

// A row of the plan: a slot time (cells in the order of `consultants`) or a break across all of them.
struct DayPlanRow
{
    TimeRange time;
    bool isBreak = false;
    QList<DayPlanCell> cells;
};

// Everything the day plan, the briefing sheets and the door signs print about a day, read once; rendering
// it does not touch the database and can be repeated (a print preview asks again on every change).
struct DayPlanData
{
    ConsultationDay day;
    QString formatName;
    QString organisationName;
    QList<DayPlanConsultant> consultants;
    QList<DayPlanRow> rows;
    int slotCount = 0;   // offered, not blocked
    int bookedCount = 0; // active bookings
    QDateTime loadedAt;

    // "Location" or the video link (both when both are set).
    QString place() const;
    // The consultant's column, or -1.
    qsizetype consultantIndex(Id consultantId) const;
};

Result<DayPlanData> loadDayPlan(const Database &db, Id dayId);

// Landscape A4 for more than three consultants, portrait otherwise. A QPrinter for the print preview
// should get this layout before the preview opens (printer.setPageLayout(dayPlanPageLayout(data))).
QPageLayout dayPlanPageLayout(const DayPlanData &data);

// Paints the plan onto the device's pages as the device is set up (page size, orientation, margins):
// a QPdfWriter or a QPrinter, also inside QPrintPreviewDialog::paintRequested.
void renderDayPlan(const DayPlanData &data, QPagedPaintDevice *device);

// Writes the plan as a PDF (0600, all or nothing); the first form loads the day itself.
Status writeDayPlanPdf(const Database &db, Id dayId, const QString &pdfPath);
Status writeDayPlanPdf(const DayPlanData &data, const QString &pdfPath);

// "2021-03-25_Tagesplan_Social-Media-Sprechtag.pdf"
QString suggestedDayPlanFileName(const QDate &date, const QString &formatName);
QString suggestedBriefingFileName(const QDate &date, const QString &formatName);
QString suggestedDoorSignsFileName(const QDate &date, const QString &formatName);

} // namespace Sprechtag
