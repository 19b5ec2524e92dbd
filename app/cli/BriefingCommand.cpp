// SPDX-License-Identifier: GPL-3.0-or-later
// briefing --date DATE [--format NAME] [--consultant NAME] --output FILE.pdf: the consultants' briefing
// sheets of one day, as the menu makes them.
#include "cli/CliSupport.h"

#include "documents/BriefingSheet.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

// The consultant of that name who is present on the day (the first of that name when none is).
Result<Id> consultantOnDay(const Database &db, const ConsultationDay &day, const QString &name)
{
    auto matches = consultantsNamed(db, name);
    if (!matches)
        return matches.error();
    for (const Consultant &c : std::as_const(*matches)) {
        for (const DayConsultant &present : day.consultants) {
            if (present.consultantId == c.id)
                return c.id;
        }
    }
    return matches->first().id;
}

int cmdBriefing(const Invocation &inv, QTextStream &, QTextStream &err)
{
    DayDocument doc;
    if (const int code = prepareDayDocument(inv, QStringLiteral("briefing"), {QStringLiteral("consultant")},
                                            {}, err, &doc);
        code != Done)
        return code;
    Id consultantId = 0;
    if (doc.options.has(QStringLiteral("consultant"))) {
        auto id = consultantOnDay(*doc.db, doc.day.day, doc.options.value(QStringLiteral("consultant")));
        if (!id)
            return fail(err, id.error());
        consultantId = *id;
    }
    return reportDayDocument(
        doc, writeBriefingPdf(*doc.db, doc.day.day.id, consultantId, doc.output),
        QT_TRANSLATE_NOOP("Sprechtag::Cli", "Briefing sheets of %1 on %2 written to %3."), err);
}

} // namespace

const Command kBriefingCommand{
    "briefing",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "briefing --date DATE [--format NAME] [--consultant NAME] --output FILE.pdf"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "briefing sheets for the consultants as PDF"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "One section per consultant of the day: each booked company with its contact person, "
                      "topic and earlier visits.\n"
                      "--consultant NAME: only that consultant's sheets. --format NAME chooses the day when "
                      "several share the date."),
    cmdBriefing};

} // namespace Sprechtag::Cli
