// SPDX-License-Identifier: GPL-3.0-or-later
// book --date DATE --time HH:MM --consultant NAME --company NAME [...]: books one slot.
#include "cli/CliSupport.h"

#include "scheduling/BookingService.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

// The slot of one of the consultants of that name at that time, of the format when formatId is not 0.
Result<std::optional<SlotDetails>> findSlot(const Database &db, const QDate &date, int start,
                                            const QList<Consultant> &consultants, Id formatId)
{
    DayRepository days(db);
    for (const Consultant &c : consultants) {
        auto slots = days.slotsStartingAt(date, start, c.id);
        if (!slots)
            return slots.error();
        for (const SlotDetails &s : std::as_const(*slots)) {
            if (formatId == 0 || s.formatId == formatId)
                return std::optional<SlotDetails>(s);
        }
    }
    return std::optional<SlotDetails>();
}

BookingRequest requestFrom(const Options &o, Id slotId, Salutation salutation)
{
    BookingRequest request;
    request.slotId = slotId;
    request.company.name = o.value(QStringLiteral("company"));
    request.company.street = o.value(QStringLiteral("street"));
    request.company.postcode = o.value(QStringLiteral("postcode"));
    request.company.city = o.value(QStringLiteral("city"));
    Contact contact;
    contact.salutation = salutation;
    contact.title = o.value(QStringLiteral("title"));
    contact.firstName = o.value(QStringLiteral("first-name"));
    contact.lastName = o.value(QStringLiteral("last-name"));
    contact.email = o.value(QStringLiteral("email"));
    contact.phone = o.value(QStringLiteral("phone"));
    request.contact = contact;
    request.topic = o.value(QStringLiteral("topic"));
    request.allowSecondSlotSameDay = o.has(QStringLiteral("allow-second-slot"));
    request.actor = currentActor();
    return request;
}

int cmdBook(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const QStringList valued{
        QStringLiteral("date"),     QStringLiteral("time"),       QStringLiteral("consultant"),
        QStringLiteral("company"),  QStringLiteral("format"),     QStringLiteral("salutation"),
        QStringLiteral("title"),    QStringLiteral("first-name"), QStringLiteral("last-name"),
        QStringLiteral("email"),    QStringLiteral("phone"),      QStringLiteral("street"),
        QStringLiteral("postcode"), QStringLiteral("city"),       QStringLiteral("topic")};
    const auto o = parseCommandOptions(inv.arguments, valued, {QStringLiteral("allow-second-slot")}, err);
    if (!o)
        return Usage;
    for (const char *required : {"date", "time", "consultant", "company"}) {
        if (o->value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usage(err, QCoreApplication::translate("Sprechtag::Cli", "book needs --%1.")
                                  .arg(QString::fromLatin1(required)));
    }
    QDate date;
    int code = Done;
    if (!parseDateOption(*o, QStringLiteral("date"), &date, err, &code))
        return code;
    const std::optional<int> start = parseTimeOption(o->value(QStringLiteral("time")), err);
    if (!start)
        return Usage;
    const std::optional<Salutation> salutation = salutationFromKey(o->value(QStringLiteral("salutation")));
    if (!salutation)
        return usage(
            err, QCoreApplication::translate("Sprechtag::Cli", "The salutation must be Frau, Herr or none."));

    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    Id formatId = 0;
    if (o->has(QStringLiteral("format"))) {
        auto format = formatNamed(**db, o->value(QStringLiteral("format")));
        if (!format)
            return fail(err, format.error());
        formatId = format->id;
    }
    auto matches = consultantsNamed(**db, o->value(QStringLiteral("consultant")));
    if (!matches)
        return fail(err, matches.error());
    auto slot = findSlot(**db, date, *start, *matches, formatId);
    if (!slot)
        return fail(err, slot.error());
    if (!*slot)
        return fail(err, makeError(ErrorCode::SlotNotFound,
                                   {formatDateShort(date), formatTime(*start), matches->first().name}));

    auto booked = BookingService(**db).book(requestFrom(*o, (*slot)->slot.id, *salutation));
    if (!booked)
        return fail(err, booked.error());
    out << booked->booking.id << Qt::endl;
    err << QCoreApplication::translate("Sprechtag::Cli", "Booked: %1, %2 %3–%4 with %5.")
               .arg(booked->companyName, formatDateShort(date), formatTime(booked->slot.slot.time.start),
                    formatTime(booked->slot.slot.time.end), booked->slot.consultantName)
        << Qt::endl;
    return Done;
}

} // namespace

const Command kBookCommand{
    "book",
    kGroupCommands,
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]\n"
                      "     [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]\n"
                      "     [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]\n"
                      "     [--allow-second-slot]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "book a slot; prints the booking number"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "The slot is the one of the consultant at that time on that date (of the format, when "
                      "several days share the date).\n"
                      "--allow-second-slot books a company that already has a slot that day."),
    cmdBook};

} // namespace Sprechtag::Cli
