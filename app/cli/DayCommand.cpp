// SPDX-License-Identifier: GPL-3.0-or-later
// day create ... and day cancel ...: consultation days without a window.
#include "cli/CliSupport.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Sprechtag::Cli", text);
}

// --from/--to as hours (the format's default hours for what is not given); nullopt after a usage message.
std::optional<TimeRange> hoursOption(const Options &o, const TimeRange &defaults, QTextStream &err)
{
    TimeRange hours = defaults;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("from"), &hours.start}, std::pair{QStringLiteral("to"), &hours.end}}) {
        if (!o.has(name))
            continue;
        const std::optional<int> minutes = parseTimeOption(o.value(name), err);
        if (!minutes)
            return std::nullopt;
        *target = *minutes;
    }
    return hours;
}

// "NAME" or "NAME@ROOM", each name one consultant (the first of that name).
Result<QList<DayConsultant>> consultantsOption(const Database &db, const QStringList &values)
{
    QList<DayConsultant> present;
    for (const QString &value : values) {
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        const QString name = (at < 0 ? value : value.left(at)).trimmed();
        auto matches = consultantsNamed(db, name);
        if (!matches)
            return matches.error();
        present << DayConsultant{matches->first().id, at < 0 ? QString() : value.mid(at + 1).trimmed(), {}};
    }
    return present;
}

// Every --date, each one checked; nullopt after a usage message.
std::optional<QList<QDate>> datesOption(const Options &o, QTextStream &err)
{
    QList<QDate> dates;
    for (const QString &text : o.all(QStringLiteral("date"))) {
        const std::optional<QDate> date = parseDateText(text, err);
        if (!date)
            return std::nullopt;
        dates << *date;
    }
    return dates;
}

int dayCreate(const Invocation &inv, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto o = parseCommandOptions(args,
                                       {QStringLiteral("format"), QStringLiteral("date"),
                                        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("slot"),
                                        QStringLiteral("consultant"), QStringLiteral("location")},
                                       {}, err);
    const QString command = QStringLiteral("day create");
    if (!o || !requireOption(*o, QStringLiteral("format"), command, err) ||
        !requireOption(*o, QStringLiteral("date"), command, err))
        return Usage;
    const std::optional<QList<QDate>> dates = datesOption(*o, err);
    if (!dates)
        return Usage;
    bool slotOk = true;
    const int slotMinutes =
        o->has(QStringLiteral("slot")) ? o->value(QStringLiteral("slot")).toInt(&slotOk) : 0;
    if (!slotOk)
        return usage(err,
                     translated(QT_TRANSLATE_NOOP("Sprechtag::Cli", "--slot needs a number of minutes.")));

    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    auto format = formatNamed(**db, o->value(QStringLiteral("format")));
    if (!format)
        return fail(err, format.error());
    const std::optional<TimeRange> hours = hoursOption(*o, format->defaultHours, err);
    if (!hours)
        return Usage;
    auto present = consultantsOption(**db, o->all(QStringLiteral("consultant")));
    if (!present)
        return fail(err, present.error());
    QList<ConsultationDay> days;
    for (const QDate &date : *dates) {
        ConsultationDay day;
        day.formatId = format->id;
        day.date = date;
        day.location = o->has(QStringLiteral("location")) ? o->value(QStringLiteral("location"))
                                                          : format->defaultLocation;
        day.hours = *hours;
        day.slotMinutes = o->has(QStringLiteral("slot")) ? slotMinutes : format->defaultSlotMinutes;
        day.consultants = *present;
        days << day;
    }
    // All or nothing: one date that is refused leaves every other uncreated.
    auto created = DayService(**db).createDays(days);
    if (!created)
        return fail(err, created.error());
    for (Id id : std::as_const(*created))
        out << id << '\n';
    out.flush();
    QStringList shown;
    for (const QDate &date : *dates)
        shown << formatDateShort(date);
    err << QCoreApplication::translate("Sprechtag::Cli", "%n consultation day(s) of %1 created: %2.", nullptr,
                                       int(dates->size()))
               .arg(format->name, shown.join(QStringLiteral(", ")))
        << Qt::endl;
    return Done;
}

int dayCancel(const Invocation &inv, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const auto o = parseCommandOptions(
        args, {QStringLiteral("date"), QStringLiteral("format"), QStringLiteral("reason")}, {}, err);
    if (!o || !requireOption(*o, QStringLiteral("date"), QStringLiteral("day cancel"), err))
        return Usage;
    const std::optional<QDate> date = parseDateText(o->value(QStringLiteral("date")), err);
    if (!date)
        return Usage;
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    auto day = dayOn(**db, *date, o->value(QStringLiteral("format")));
    if (!day)
        return fail(err, day.error());
    auto cancelled =
        DayService(**db).callOff(day->day.id, o->value(QStringLiteral("reason")), currentActor());
    if (!cancelled)
        return fail(err, cancelled.error());
    // The bookings that were cancelled, one a line for scripts: number, time, consultant, company.
    for (const BookingDetails &b : std::as_const(*cancelled))
        out << b.booking.id << '\t' << formatTime(b.slot.slot.time.start) << '\t' << b.slot.consultantName
            << '\t' << b.companyName << '\n';
    out.flush();
    err << QCoreApplication::translate("Sprechtag::Cli", "%1 on %2 is called off; %n booking(s) cancelled.",
                                       nullptr, int(cancelled->size()))
               .arg(day->formatName, formatDateShort(*date))
        << Qt::endl;
    return Done;
}

int cmdDay(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QString sub = inv.arguments.value(0);
    const QStringList rest = inv.arguments.mid(1);
    if (sub == QLatin1String("create"))
        return dayCreate(inv, rest, out, err);
    if (sub == QLatin1String("cancel"))
        return dayCancel(inv, rest, out, err);
    return usage(err, translated(QT_TRANSLATE_NOOP("Sprechtag::Cli", "day needs one of: create, cancel.")));
}

} // namespace

const Command kDayCommand{
    "day",
    kGroupCommands,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "day create --format NAME --date DATE [--date DATE ...] [--from HH:MM] [--to HH:MM]\n"
                      "           [--slot MIN] [--consultant NAME[@ROOM] ...] [--location TEXT]\n"
                      "day cancel --date DATE [--format NAME] [--reason TEXT]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "create consultation days; call a day off"),
    QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "create: one day of the format on each --date, all or none; hours, slot length and place are the "
        "format's unless given. Each --consultant is present all day, in ROOM when given. Prints the new "
        "days' numbers.\n"
        "cancel: cancels the day's bookings (listed on standard output: number, time, consultant, company) "
        "and then the day, all or nothing; refused while a booking has a recorded outcome. --format NAME "
        "chooses the day when several share the date."),
    cmdDay};

} // namespace Sprechtag::Cli
