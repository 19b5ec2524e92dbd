// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/SlotPlan.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace Sprechtag {

namespace {

Error invalid(const char *field, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput,
                     {QCoreApplication::translate("Sprechtag::SlotPlan", field), problem});
}

QString span(const TimeRange &r)
{
    return formatTime(r.start) + QStringLiteral("–") + formatTime(r.end);
}

} // namespace

QList<PlannedSlot> planSlots(const ConsultationDay &day)
{
    QList<PlannedSlot> out;
    if (day.slotMinutes <= 0)
        return out;
    for (const DayConsultant &c : day.consultants) {
        const TimeRange hours = c.hours.value_or(day.hours);
        int t = hours.start;
        while (t + day.slotMinutes <= hours.end) {
            const TimeRange candidate{t, t + day.slotMinutes};
            int resume = -1;
            for (const TimeRange &b : day.breaks) {
                if (candidate.overlaps(b))
                    resume = std::max(resume, b.end);
            }
            if (resume >= 0) {
                t = resume;
                continue;
            }
            out << PlannedSlot{c.consultantId, candidate};
            t = candidate.end;
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PlannedSlot &a, const PlannedSlot &b) { return a.time.start < b.time.start; });
    return out;
}

Status validateDay(const ConsultationDay &day)
{
    if (!day.date.isValid())
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Date"),
                       QCoreApplication::translate("Sprechtag::SlotPlan", "Please enter a valid date."));
    if (Status s = validateDate(day.date, QCoreApplication::translate("Sprechtag::SlotPlan", "Date")); !s)
        return s;
    if (day.hours.start < 0 || day.hours.end > 24 * 60 || day.hours.start >= day.hours.end)
        return invalid(
            QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Hours"),
            QCoreApplication::translate("Sprechtag::SlotPlan", "The day must end after it starts (%1).")
                .arg(span(day.hours)));
    if (day.slotMinutes < 5 || day.slotMinutes > 480)
        return invalid(
            QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Slot length"),
            QCoreApplication::translate("Sprechtag::SlotPlan", "A slot lasts between 5 and 480 minutes."));
    if (day.slotMinutes > day.hours.end - day.hours.start)
        return invalid(
            QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Slot length"),
            QCoreApplication::translate("Sprechtag::SlotPlan", "A slot of %1 minutes does not fit into %2.")
                .arg(day.slotMinutes)
                .arg(span(day.hours)));
    for (qsizetype i = 0; i < day.breaks.size(); ++i) {
        const TimeRange &b = day.breaks.at(i);
        if (b.start >= b.end || !day.hours.contains(b))
            return invalid(QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Breaks"),
                           QCoreApplication::translate("Sprechtag::SlotPlan",
                                                       "The break %1 must lie within the hours %2.")
                               .arg(span(b), span(day.hours)));
        for (qsizetype j = i + 1; j < day.breaks.size(); ++j) {
            if (b.overlaps(day.breaks.at(j)))
                return invalid(
                    QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Breaks"),
                    QCoreApplication::translate("Sprechtag::SlotPlan", "The breaks %1 and %2 overlap.")
                        .arg(span(b), span(day.breaks.at(j))));
        }
    }
    if (day.consultants.isEmpty())
        return invalid(
            QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Consultants"),
            QCoreApplication::translate("Sprechtag::SlotPlan", "At least one consultant must be present."));
    QSet<Id> seen;
    for (const DayConsultant &c : day.consultants) {
        if (seen.contains(c.consultantId))
            return invalid(
                QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Consultants"),
                QCoreApplication::translate("Sprechtag::SlotPlan", "A consultant is listed twice."));
        seen.insert(c.consultantId);
        if (c.hours && (c.hours->start >= c.hours->end || !day.hours.contains(*c.hours)))
            return invalid(
                QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Consultants"),
                QCoreApplication::translate("Sprechtag::SlotPlan",
                                            "A consultant's own hours %1 must lie within the day's hours %2.")
                    .arg(span(*c.hours), span(day.hours)));
    }
    QSet<Id> withSlots;
    for (const PlannedSlot &p : planSlots(day))
        withSlots.insert(p.consultantId);
    if (withSlots.size() != seen.size())
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Consultants"),
                       QCoreApplication::translate("Sprechtag::SlotPlan",
                                                   "A consultant's hours leave no room for a single slot."));
    if (day.bookingDeadline.isValid()) {
        if (Status s = validateDate(day.bookingDeadline,
                                    QCoreApplication::translate("Sprechtag::SlotPlan", "Booking deadline"));
            !s)
            return s;
    }
    if (day.bookingDeadline.isValid() && day.bookingDeadline > day.date)
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::SlotPlan", "Booking deadline"),
                       QCoreApplication::translate("Sprechtag::SlotPlan",
                                                   "The booking deadline must not be after the day itself."));
    return {};
}

} // namespace Sprechtag
