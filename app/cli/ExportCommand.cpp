// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/OutputFiles.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "storage/ConsultantRepository.h"
#include "storage/ExportRepository.h"
#include "storage/FormatRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Sprechtag::Cli {

namespace {

enum class ExportType
{
    Csv,
    Xlsx,
    Ics,
};

std::optional<ExportType> exportTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ExportType::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ExportType::Xlsx;
    if (suffix == QLatin1String("ics"))
        return ExportType::Ics;
    return std::nullopt;
}

} // namespace

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
    // The type follows the name the user gave; any other suffix is refused, never guessed. Checked with the
    // database open, so that the check knows what the output must not land on.
    if (auto checked =
            checkOutputPath(output, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")});
        !checked)
        return fail(err, checked.error());
    const std::optional<ExportType> type = exportTypeOf(output); // one of the three: checked just above

    Id formatId = 0;
    if (o.has(QStringLiteral("format"))) {
        auto format = FormatRepository(**db).byName(o.value(QStringLiteral("format")));
        if (!format)
            return fail(err, format.error());
        if (!*format)
            return fail(
                err, makeError(ErrorCode::NotFound, {QCoreApplication::translate("Sprechtag::Cli", "Format"),
                                                     o.value(QStringLiteral("format"))}));
        formatId = (*format)->id;
    }
    std::optional<QSet<Id>> consultantIds;
    if (o.has(QStringLiteral("consultant"))) {
        const QString name = o.value(QStringLiteral("consultant"));
        auto matches = ConsultantRepository(**db).byName(name);
        if (!matches)
            return fail(err, matches.error());
        if (matches->isEmpty())
            return fail(err, makeError(ErrorCode::NotFound,
                                       {QCoreApplication::translate("Sprechtag::Cli", "Consultant"), name}));
        consultantIds.emplace();
        for (const Consultant &c : std::as_const(*matches))
            consultantIds->insert(c.id);
    }

    auto rows = ExportRepository(**db).rows(from, to, formatId, o.has(QStringLiteral("include-cancelled")));
    if (!rows)
        return fail(err, rows.error());
    QList<BookingRow> list = std::move(rows).value();
    if (consultantIds)
        list.removeIf([&](const BookingRow &r) { return !consultantIds->contains(r.consultantId); });

    Status written;
    switch (*type) {
    case ExportType::Csv:
        written = writeFileAtomically(output, toCsv(list), {QStringLiteral("csv")});
        break;
    case ExportType::Xlsx:
        written = writeXlsx(list, output);
        break;
    case ExportType::Ics:
        // One consultant's own calendar carries their name; otherwise all bookings in one calendar.
        written = writeFileAtomically(output,
                                      consultantIds && consultantIds->size() == 1
                                          ? toIcsForConsultant(list, *consultantIds->cbegin())
                                          : toIcs(list),
                                      {QStringLiteral("ics")});
        break;
    }
    if (!written)
        return fail(err, written.error());
    err << QCoreApplication::translate("Sprechtag::Cli", "%n booking(s) exported to %1.", nullptr,
                                       int(list.size()))
               .arg(shownOutputPath(QFileInfo(output).absoluteFilePath()))
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
