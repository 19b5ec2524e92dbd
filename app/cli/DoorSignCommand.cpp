// SPDX-License-Identifier: GPL-3.0-or-later
// doorsign --date DATE [--format NAME] [--with-companies] --output FILE.pdf: the door signs of one day, as
// the menu makes them.
#include "cli/CliSupport.h"

#include "documents/DoorSign.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

int cmdDoorSign(const Invocation &inv, QTextStream &, QTextStream &err)
{
    DayDocument doc;
    if (const int code = prepareDayDocument(inv, QStringLiteral("doorsign"), {},
                                            {QStringLiteral("with-companies")}, err, &doc);
        code != Done)
        return code;
    const bool withCompanies = doc.options.has(QStringLiteral("with-companies"));
    return reportDayDocument(doc, writeDoorSignsPdf(*doc.db, doc.day.day.id, withCompanies, doc.output),
                             QT_TRANSLATE_NOOP("Sprechtag::Cli", "Door signs of %1 on %2 written to %3."),
                             err);
}

} // namespace

const Command kDoorSignCommand{
    "doorsign",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "doorsign --date DATE [--format NAME] [--with-companies] --output FILE.pdf"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "door signs as PDF"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "One page per consultant of the day: format, consultant, room, date and hours.\n"
                      "--with-companies adds the booked companies by time. --format NAME chooses the day "
                      "when several share the date."),
    cmdDoorSign};

} // namespace Sprechtag::Cli
