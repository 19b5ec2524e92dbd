// SPDX-License-Identifier: GPL-3.0-or-later
// days [--from DATE] [--to DATE]: the consultation days, one a line.
#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

int cmdDays(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto o =
        parseCommandOptions(inv.arguments, {QStringLiteral("from"), QStringLiteral("to")}, {}, err);
    if (!o)
        return Usage;
    QDate from, to;
    int code = Done;
    if (!parseDateOption(*o, QStringLiteral("from"), &from, err, &code) ||
        !parseDateOption(*o, QStringLiteral("to"), &to, err, &code))
        return code;
    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    DayRepository days(**db);
    auto list = days.summaries(from, to);
    if (!list)
        return fail(err, list.error());
    // One line per day, tab-separated for scripts: date, format, place, consultants, booked/total, status.
    for (const DaySummary &d : *list) {
        const QString place = d.day.videoLink.isEmpty() ? d.day.location : d.day.videoLink;
        out << d.day.date.toString(Qt::ISODate) << '\t' << d.formatName << '\t' << place << '\t'
            << d.consultantNames.join(QStringLiteral(", ")) << '\t' << d.bookedSlots << '/' << d.totalSlots
            << '\t' << displayName(d.day.status) << '\n';
    }
    out.flush();
    return Done;
}

} // namespace

const Command kDaysCommand{
    "days",
    kGroupCommands,
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "days [--from DATE] [--to DATE]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "list consultation days (date, format, place, consultants, booked/total)"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "One day a line, tab-separated: date, format, place, consultants, "
                                        "booked/total slots, status.\n"
                                        "--from and --to limit the dates (both included)."),
    cmdDays};

} // namespace Sprechtag::Cli
