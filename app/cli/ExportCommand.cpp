// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "exchange/BookingListExport.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

int cmdExport(const Invocation &inv, QTextStream &, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments,
                                   {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"),
                                    QStringLiteral("consultant"), QStringLiteral("output")},
                                   {QStringLiteral("include-cancelled")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
    const QString output = o.value(QStringLiteral("output"));
    if (output.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate(
                              "Sprechtag::Cli", "export needs --output FILE.csv, FILE.xlsx or FILE.ics."));
    QDate from, to;
    int code = Done;
    if (!parseDateOption(o, QStringLiteral("from"), &from, err, &code) ||
        !parseDateOption(o, QStringLiteral("to"), &to, err, &code))
        return code;
    if (from.isValid() && to.isValid() && from > to)
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "--from must not lie after --to."));

    // Reading only: a mistyped database path is an error, not a new empty database.
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    const BookingListRequest request{from,
                                     to,
                                     0,
                                     o.value(QStringLiteral("format")),
                                     o.value(QStringLiteral("consultant")),
                                     o.has(QStringLiteral("include-cancelled"))};
    auto exported = BookingListExport(**db).write(request, output);
    if (!exported)
        return fail(err, exported.error());
    err << QCoreApplication::translate("Sprechtag::Cli", "%n booking(s) exported to %1.", nullptr,
                                       exported->exported)
               .arg(exported->shownPath)
        << Qt::endl;
    return Done;
}

const Command kExportCommand{
    "export",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "export [--from DATE] [--to DATE] [--format NAME] [--consultant NAME]\n"
                      "       [--include-cancelled] --output FILE.csv|.xlsx|.ics"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "the booking list"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "The type follows the file name: CSV for Excel, an Excel workbook or a calendar.\n"
                      "--from and --to limit the dates (both included); cancelled bookings only with "
                      "--include-cancelled."),
    cmdExport};

} // namespace Sprechtag::Cli
