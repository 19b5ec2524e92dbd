// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "documents/LetterRenderer.h"
#include "documents/OutputFiles.h"
#include "storage/FormatRepository.h"
#include "storage/LetterRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

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
    // With the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(output, {QStringLiteral("pdf")}); !checked)
        return fail(err, checked.error());
    LetterRepository repository(**db);
    QList<LetterData> letters;
    if (byBooking) {
        auto letter = repository.forBooking(bookingId);
        if (!letter)
            return fail(err, letter.error());
        if (!*letter)
            return fail(
                err, makeError(ErrorCode::NotFound, {QCoreApplication::translate("Sprechtag::Cli", "Booking"),
                                                     QString::number(bookingId)}));
        if ((*letter)->status == BookingStatus::Cancelled)
            return fail(err, makeError(ErrorCode::BookingAlreadyCancelled, {QString::number(bookingId)}));
        letters << **letter;
    } else {
        Id formatId = 0;
        if (o.has(QStringLiteral("format"))) {
            auto format = FormatRepository(**db).byName(o.value(QStringLiteral("format")));
            if (!format)
                return fail(err, format.error());
            if (!*format)
                return fail(err, makeError(ErrorCode::NotFound,
                                           {QCoreApplication::translate("Sprechtag::Cli", "Format"),
                                            o.value(QStringLiteral("format"))}));
            formatId = (*format)->id;
        }
        auto list = repository.activeOnDate(date, formatId);
        if (!list)
            return fail(err, list.error());
        if (list->isEmpty()) {
            err << (formatId == 0
                        ? QCoreApplication::translate("Sprechtag::Cli", "There are no active bookings on %1.")
                              .arg(formatDateShort(date))
                        : QCoreApplication::translate("Sprechtag::Cli",
                                                      "There are no active bookings of %1 on %2.")
                              .arg(o.value(QStringLiteral("format")), formatDateShort(date)))
                << Qt::endl;
            return Refused;
        }
        letters = *list;
    }

    if (Status s = renderLetters(letters, output); !s)
        return fail(err, s.error());
    QList<Id> ids;
    for (const LetterData &l : letters)
        ids << l.bookingId;
    const QString shown = shownOutputPath(QFileInfo(output).absoluteFilePath());
    // The PDF exists now; a record that cannot be updated must not read as if nothing had been written.
    if (Status s = repository.markConfirmationProduced(ids, QDateTime::currentDateTimeUtc()); !s)
        return fail(err, makeError(ErrorCode::DocumentNotRecorded, {shown, errorMessage(s.error())}));
    err << QCoreApplication::translate("Sprechtag::Cli", "%n confirmation letter(s) written to %1.", nullptr,
                                       int(letters.size()))
               .arg(shown)
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
