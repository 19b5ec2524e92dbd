// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/DayPlan.h"
#include "documents/OutputFiles.h"
#include "scheduling/Schedule.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Sprechtag::Cli {

// schedule --date DATE [--format NAME] --output FILE.pdf: the day plan of one consultation day.
int cmdSchedule(const Invocation &inv, QTextStream &, QTextStream &err)
{
    const Options o = parseOptions(
        inv.arguments, {QStringLiteral("date"), QStringLiteral("format"), QStringLiteral("output")}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
    if (o.value(QStringLiteral("date")).trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "schedule needs --date."));
    const QString output = o.value(QStringLiteral("output"));
    if (output.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "schedule needs --output FILE.pdf."));
    QDate date;
    int code = Done;
    if (!parseDateOption(o, QStringLiteral("date"), &date, err, &code))
        return code;

    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    // With the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(output, {QStringLiteral("pdf")}); !checked)
        return fail(err, checked.error());
    const QString formatName = o.value(QStringLiteral("format"));
    auto found = Schedule(**db).daysOn(date, formatName);
    if (!found)
        return fail(err, found.error());
    const QList<DaySummary> &days = *found;
    if (days.isEmpty()) {
        const QString what = formatName.isEmpty() ? formatDateShort(date)
                                                  : QCoreApplication::translate("Sprechtag::Cli", "%1 on %2")
                                                        .arg(formatName, formatDateShort(date));
        return fail(err, notFound(Entity::Day, what));
    }
    if (days.size() > 1) {
        QStringList names;
        for (const DaySummary &d : days)
            names << d.formatName;
        err << QCoreApplication::translate("Sprechtag::Cli",
                                           "There are several consultation days on %1 (%2); please choose "
                                           "one with --format NAME.")
                   .arg(formatDateShort(date), names.join(QStringLiteral(", ")))
            << Qt::endl;
        return Refused;
    }
    const DaySummary &day = days.first();
    auto plan = loadDayPlan(**db, day.day.id);
    if (!plan)
        return fail(err, plan.error());
    // Every failure from here on is the output's and names it (refused target, full disk, no permission).
    if (Status s = writeDayPlanPdf(*plan, output); !s)
        return fail(err, s.error());
    err << QCoreApplication::translate("Sprechtag::Cli", "Day plan of %1 on %2 written to %3.")
               .arg(day.formatName, formatDateShort(date),
                    shownOutputPath(QFileInfo(output).absoluteFilePath()))
        << Qt::endl;
    return Done;
}

const Command kScheduleCommand{
    "schedule",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "schedule --date DATE [--format NAME] --output FILE.pdf"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "the day plan as PDF"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "--format NAME chooses the day when several share the date."),
    cmdSchedule};

} // namespace Sprechtag::Cli
