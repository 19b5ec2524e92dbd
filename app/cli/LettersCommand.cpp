// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/ConfirmationService.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

// letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf
int cmdLetters(const Invocation &inv, QTextStream &, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments,
                                   {QStringLiteral("booking"), QStringLiteral("date"),
                                    QStringLiteral("format"), QStringLiteral("output")},
                                   {});
    if (!o.error.isEmpty())
        return usage(err, o.error);
    if (!o.positional.isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                              .arg(o.positional.first()));
    const bool byBooking = o.has(QStringLiteral("booking"));
    const bool byDate = o.has(QStringLiteral("date"));
    if (byBooking == byDate)
        return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                      "letters needs either --booking ID or --date DATE."));
    if (byBooking && o.has(QStringLiteral("format")))
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "--format goes with --date only."));
    const QString output = o.value(QStringLiteral("output"));
    if (output.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "letters needs --output FILE.pdf."));

    Id bookingId = 0;
    QDate date;
    if (byBooking) {
        bool ok = false;
        bookingId = o.value(QStringLiteral("booking")).toLongLong(&ok);
        if (!ok || bookingId <= 0)
            return usage(err, QCoreApplication::translate("Sprechtag::Cli", "\"%1\" is not a booking number.")
                                  .arg(o.value(QStringLiteral("booking"))));
    } else {
        int code = Done;
        if (!parseDateOption(o, QStringLiteral("date"), &date, err, &code))
            return code;
    }

    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    const ConfirmationRequest request{bookingId, date, 0, o.value(QStringLiteral("format"))};
    auto produced = ConfirmationService(**db).produce(request, output);
    if (!produced)
        return fail(err, produced.error());
    if (produced->written == 0) {
        err << (request.formatName.isEmpty()
                    ? QCoreApplication::translate("Sprechtag::Cli", "There are no active bookings on %1.")
                          .arg(formatDateShort(date))
                    : QCoreApplication::translate("Sprechtag::Cli",
                                                  "There are no active bookings of %1 on %2.")
                          .arg(request.formatName, formatDateShort(date)))
            << Qt::endl;
        return Refused;
    }
    err << QCoreApplication::translate("Sprechtag::Cli", "%n confirmation letter(s) written to %1.", nullptr,
                                       produced->written)
               .arg(produced->shownPath)
        << Qt::endl;
    return Done;
}

const Command kLettersCommand{
    "letters",
    kGroupDocuments,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "confirmation letter(s) as PDF"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "--booking ID: the letter of one booking; --date DATE: the letters of every active "
                      "booking that day (of one format with --format NAME), one PDF.\n"
                      "The bookings are marked as confirmed."),
    cmdLetters};

} // namespace Sprechtag::Cli
