// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/DayPlan.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

// schedule --date DATE [--format NAME] --output FILE.pdf: the day plan of one consultation day.
int cmdSchedule(const Invocation &inv, QTextStream &, QTextStream &err)
{
    DayDocument doc;
    if (const int code = prepareDayDocument(inv, QStringLiteral("schedule"), {}, {}, err, &doc); code != Done)
        return code;
    return reportDayDocument(doc, writeDayPlanPdf(*doc.db, doc.day.day.id, doc.output),
                             QT_TRANSLATE_NOOP("Sprechtag::Cli", "Day plan of %1 on %2 written to %3."), err);
}

const Command kScheduleCommand{
    "schedule",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "schedule --date DATE [--format NAME] --output FILE.pdf"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "the day plan as PDF"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "--format NAME chooses the day when several share the date."),
    cmdSchedule};

} // namespace Sprechtag::Cli
