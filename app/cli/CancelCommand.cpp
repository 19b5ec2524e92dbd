// SPDX-License-Identifier: GPL-3.0-or-later
// cancel ID [--reason TEXT]: cancels one booking.
#include "cli/CliSupport.h"

#include "scheduling/BookingService.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

int cmdCancel(const Invocation &inv, QTextStream &, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {QStringLiteral("reason")}, {});
    if (!o.error.isEmpty())
        return usage(err, o.error);
    if (o.positional.size() != 1)
        return usage(
            err, QCoreApplication::translate("Sprechtag::Cli", "cancel needs exactly one booking number."));
    bool ok = false;
    const Id id = o.positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "\"%1\" is not a booking number.")
                              .arg(o.positional.first()));
    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    BookingService bookings(**db);
    auto cancelled = bookings.cancel(id, o.value(QStringLiteral("reason")), currentActor());
    if (!cancelled)
        return fail(err, cancelled.error());
    const BookingDetails &b = cancelled->booking;
    err << QCoreApplication::translate("Sprechtag::Cli",
                                       "Cancelled: %1, %2 %3 with %4. The slot is free again.")
               .arg(b.companyName, formatDateShort(b.slot.slot.date), formatTime(b.slot.slot.time.start),
                    b.slot.consultantName)
        << Qt::endl;
    if (!cancelled->waitlist.isEmpty())
        err << QCoreApplication::translate("Sprechtag::Cli",
                                           "%n request(s) on the waiting list could take this slot.", nullptr,
                                           int(cancelled->waitlist.size()))
            << Qt::endl;
    return Done;
}

} // namespace

const Command kCancelCommand{"cancel",
                             kGroupCommands,
                             QT_TRANSLATE_NOOP("Sprechtag::Cli", "cancel ID [--reason TEXT]"),
                             QT_TRANSLATE_NOOP("Sprechtag::Cli", "cancel a booking"),
                             QT_TRANSLATE_NOOP("Sprechtag::Cli",
                                               "ID is the booking number that book printed. The slot is "
                                               "free again at once."),
                             cmdCancel};

} // namespace Sprechtag::Cli
