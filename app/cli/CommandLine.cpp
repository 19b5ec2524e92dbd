// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"
#include "cli/Command.h"

#include "demo/DemoData.h"
#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/ConsultantRepository.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace Sprechtag::Cli {

namespace {

const QStringList kCommands{
    QStringLiteral("demo"),       QStringLiteral("days"),    QStringLiteral("book"),
    QStringLiteral("cancel"),     QStringLiteral("letters"), QStringLiteral("schedule"),
    QStringLiteral("export"),     QStringLiteral("backup"),  QStringLiteral("check"),
    QStringLiteral("privacy"),    QStringLiteral("restore"), QStringLiteral("format"),
    QStringLiteral("consultant"), QStringLiteral("settings")};

int cmdDemo(const Invocation &inv, QTextStream &, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "demo takes no arguments.")
                              : o.error);
    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    auto loaded = loadDemoData(**db);
    if (!loaded)
        return fail(err, loaded.error());
    err << QCoreApplication::translate(
               "Sprechtag::Cli",
               "Example data loaded: %1 formats, %2 consultants, %3 consultation days, %4 bookings.")
               .arg(loaded->formats)
               .arg(loaded->consultants)
               .arg(loaded->days)
               .arg(loaded->bookings)
        << Qt::endl;
    return Done;
}

int cmdDays(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {QStringLiteral("from"), QStringLiteral("to")}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
    QDate from, to;
    int code = Done;
    if (!parseDateOption(o, QStringLiteral("from"), &from, err, &code) ||
        !parseDateOption(o, QStringLiteral("to"), &to, err, &code))
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

int cmdBook(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QStringList valued{
        QStringLiteral("date"),     QStringLiteral("time"),       QStringLiteral("consultant"),
        QStringLiteral("company"),  QStringLiteral("format"),     QStringLiteral("salutation"),
        QStringLiteral("title"),    QStringLiteral("first-name"), QStringLiteral("last-name"),
        QStringLiteral("email"),    QStringLiteral("phone"),      QStringLiteral("street"),
        QStringLiteral("postcode"), QStringLiteral("city"),       QStringLiteral("topic")};
    const Options o = parseOptions(inv.arguments, valued, {QStringLiteral("allow-second-slot")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
    for (const char *required : {"date", "time", "consultant", "company"}) {
        if (o.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usage(err, QCoreApplication::translate("Sprechtag::Cli", "book needs --%1.")
                                  .arg(QString::fromLatin1(required)));
    }
    QDate date;
    int code = Done;
    if (!parseDateOption(o, QStringLiteral("date"), &date, err, &code))
        return code;
    const std::optional<int> start = parseTime(o.value(QStringLiteral("time")));
    if (!start)
        return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                      "The time \"%1\" is not valid; please write HH:MM.")
                              .arg(o.value(QStringLiteral("time"))));
    const std::optional<Salutation> salutation = salutationFromKey(o.value(QStringLiteral("salutation")));
    if (!salutation)
        return usage(
            err, QCoreApplication::translate("Sprechtag::Cli", "The salutation must be Frau, Herr or none."));

    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    Id formatId = 0;
    if (o.has(QStringLiteral("format"))) {
        FormatRepository formats(**db);
        auto format = formats.byName(o.value(QStringLiteral("format")));
        if (!format)
            return fail(err, format.error());
        if (!*format)
            return fail(
                err, makeError(ErrorCode::NotFound, {QCoreApplication::translate("Sprechtag::Cli", "Format"),
                                                     o.value(QStringLiteral("format"))}));
        formatId = (*format)->id;
    }
    ConsultantRepository consultants(**db);
    const QString consultantName = o.value(QStringLiteral("consultant"));
    auto matches = consultants.byName(consultantName);
    if (!matches)
        return fail(err, matches.error());
    if (matches->isEmpty())
        return fail(err,
                    makeError(ErrorCode::NotFound,
                              {QCoreApplication::translate("Sprechtag::Cli", "Consultant"), consultantName}));

    DayRepository days(**db);
    std::optional<SlotDetails> slot;
    for (const Consultant &c : *matches) {
        auto slots = days.slotsStartingAt(date, *start, c.id);
        if (!slots)
            return fail(err, slots.error());
        for (const SlotDetails &s : *slots) {
            if (formatId == 0 || s.formatId == formatId) {
                slot = s;
                break;
            }
        }
        if (slot)
            break;
    }
    if (!slot)
        return fail(err, makeError(ErrorCode::SlotNotFound,
                                   {formatDateShort(date), formatTime(*start), matches->first().name}));

    BookingRequest request;
    request.slotId = slot->slot.id;
    request.company.name = o.value(QStringLiteral("company"));
    request.company.street = o.value(QStringLiteral("street"));
    request.company.postcode = o.value(QStringLiteral("postcode"));
    request.company.city = o.value(QStringLiteral("city"));
    Contact contact;
    contact.salutation = *salutation;
    contact.title = o.value(QStringLiteral("title"));
    contact.firstName = o.value(QStringLiteral("first-name"));
    contact.lastName = o.value(QStringLiteral("last-name"));
    contact.email = o.value(QStringLiteral("email"));
    contact.phone = o.value(QStringLiteral("phone"));
    request.contact = contact;
    request.topic = o.value(QStringLiteral("topic"));
    request.allowSecondSlotSameDay = o.has(QStringLiteral("allow-second-slot"));
    request.actor = currentActor();
    BookingService bookings(**db);
    auto booked = bookings.book(request);
    if (!booked)
        return fail(err, booked.error());
    out << booked->booking.id << Qt::endl;
    err << QCoreApplication::translate("Sprechtag::Cli", "Booked: %1, %2 %3–%4 with %5.")
               .arg(booked->companyName, formatDateShort(date), formatTime(booked->slot.slot.time.start),
                    formatTime(booked->slot.slot.time.end), booked->slot.consultantName)
        << Qt::endl;
    return Done;
}

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

int cmdCheck(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "check takes no arguments.")
                              : o.error);
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    auto problems = (*db)->check();
    if (!problems)
        return fail(err, problems.error());
    if (!problems->isEmpty()) {
        for (const QString &p : *problems)
            out << p << '\n';
        out.flush();
        return fail(err, makeError(ErrorCode::Corrupt, {(*db)->path()}));
    }
    err << QCoreApplication::translate("Sprechtag::Cli", "The database %1 is sound (schema version %2).")
               .arg((*db)->path())
               .arg((*db)->schemaVersion())
        << Qt::endl;
    return Done;
}

} // namespace

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!inv.command.isEmpty()) {
            inv.arguments << a;
            continue;
        }
        auto takeValue = [&](const QString &name, QString *target) {
            const QString prefix = QStringLiteral("--") + name;
            if (a == prefix) {
                if (i + 1 >= arguments.size()) {
                    inv.usageError =
                        QCoreApplication::translate("Sprechtag::Cli", "The option --%1 needs a value.")
                            .arg(name);
                    return true;
                }
                *target = arguments.at(++i);
                return true;
            }
            if (a.startsWith(prefix + QLatin1Char('='))) {
                *target = a.mid(prefix.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("database"), &inv.database) ||
            takeValue(QStringLiteral("language"), &inv.language))
            continue;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            inv.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            inv.version = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style, ...) are never handed to Qt: set QT_QPA_PLATFORM or
            // QT_STYLE_OVERRIDE instead.
            inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "Unknown option %1.").arg(a);
        } else if (kCommands.contains(a)) {
            inv.command = a;
        } else {
            inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "Unknown command \"%1\".").arg(a);
        }
        if (!inv.usageError.isEmpty())
            break;
    }
    if (!inv.language.isEmpty() && inv.language != QLatin1String("de") &&
        inv.language != QLatin1String("en") && inv.usageError.isEmpty())
        inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "The language must be de or en.");
    return inv;
}

QString chooseLanguage(const QString &requested)
{
    if (requested == QLatin1String("de") || requested == QLatin1String("en"))
        return requested;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
}

QString helpText()
{
    return QCoreApplication::translate(
               "Sprechtag::Cli",
               "Usage:\n"
               "  sprechtag [--database FILE] [--language de|en]      the desktop app\n"
               "  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window\n"
               "\n"
               "Commands:\n"
               "  demo                         load the example data into an empty database\n"
               "  days [--from DATE] [--to DATE]\n"
               "                               list consultation days (date, format, place, consultants, "
               "booked/total)\n"
               "  book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]\n"
               "       [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]\n"
               "       [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]\n"
               "       [--allow-second-slot]   book a slot; prints the booking number\n"
               "  cancel ID [--reason TEXT]    cancel a booking\n"
               "  letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf\n"
               "                               confirmation letter(s) as PDF\n"
               "  schedule --date DATE [--format NAME] --output FILE.pdf\n"
               "                               the day plan as PDF\n"
               "  export [--from DATE] [--to DATE] [--format NAME] [--consultant NAME]\n"
               "         [--include-cancelled] --output FILE.csv|.xlsx|.ics\n"
               "                               the booking list\n"
               "  backup --output FILE         write a checked, consistent copy of the database\n"
               "  check                        check the database's integrity\n"
               "\n"
               "Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.\n"
               "Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.\n"
               "Default database: %1\n")
               .arg(Database::defaultPath()) +
           QCoreApplication::translate(
               "Sprechtag::Cli",
               "\n"
               "Backups (in the folder Sicherungen next to the database):\n"
               "  backup                       make a new checked backup there; prints its file name\n"
               "  backup --list                list the backups (made, kind, bytes, bookings, ok/unusable, "
               "file)\n"
               "  restore --from FILE          replace the data with a backup; the state before is kept as "
               "a\n"
               "                               backup first, an older backup is brought up to date\n") +
           QCoreApplication::translate(
               "Sprechtag::Cli",
               "\n"
               "Privacy (GDPR):\n"
               "  privacy report (--company NAME | --contact NAME) --output FILE.csv|.pdf\n"
               "                               everything stored about a company or a person\n"
               "  privacy erase (--company NAME | --contact NAME)\n"
               "                               anonymise them; their bookings stay countable\n"
               "  privacy retention [--months N] [--as-of DATE] [--apply]\n"
               "                               what the retention period would anonymise; --apply does it,\n"
               "                               --months N sets the period (0: off)\n");
}

int runCommand(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (inv.command == QLatin1String("demo"))
        return cmdDemo(inv, out, err);
    if (inv.command == QLatin1String("days"))
        return cmdDays(inv, out, err);
    if (inv.command == QLatin1String("book"))
        return cmdBook(inv, out, err);
    if (inv.command == QLatin1String("cancel"))
        return cmdCancel(inv, out, err);
    if (inv.command == QLatin1String("backup"))
        return cmdBackup(inv, out, err);
    if (inv.command == QLatin1String("restore"))
        return cmdRestore(inv, out, err);
    if (inv.command == QLatin1String("check"))
        return cmdCheck(inv, out, err);
    if (inv.command == QLatin1String("letters"))
        return cmdLetters(inv, out, err);
    if (inv.command == QLatin1String("schedule"))
        return cmdSchedule(inv, out, err);
    if (inv.command == QLatin1String("export"))
        return cmdExport(inv, out, err);
    if (inv.command == QLatin1String("privacy"))
        return cmdPrivacy(inv, out, err);
    // Until the command table dispatches: the master data commands (app/cli/*Command.cpp).
    for (const Command *c : {&kFormatCommand, &kConsultantCommand, &kSettingsCommand}) {
        if (inv.command == QLatin1String(c->name))
            return c->run(inv, out, err);
    }
    return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                  "The command \"%1\" is not available in this version yet.")
                          .arg(inv.command));
}

} // namespace Sprechtag::Cli
