// SPDX-License-Identifier: GPL-3.0-or-later
// format list | add | change: the consultation day formats (product.md section 7b).
#include "cli/MasterDataOptions.h"

#include "scheduling/MasterDataService.h"

namespace Sprechtag::Cli {

namespace {

const QList<TextOption<Format>> kTextOptions{
    {"description", &Format::description},    {"partner", &Format::partner},
    {"location", &Format::defaultLocation},   {"contact-name", &Format::contactName},
    {"contact-phone", &Format::contactPhone}, {"contact-email", &Format::contactEmail},
    {"letter-text", &Format::letterBody},     {"colour", &Format::colour},
};

// --from, --to and --slot onto the format; false (and *code set) when one is malformed.
bool applyDefaults(const Options &o, Format &f, QTextStream &err, int *code)
{
    for (const auto &[option, minutes] :
         {std::pair{"from", &f.defaultHours.start}, {"to", &f.defaultHours.end}}) {
        if (!o.values.contains(QLatin1String(option)))
            continue;
        const std::optional<int> parsed = parseTime(o.value(QLatin1String(option)));
        if (!parsed) {
            *code =
                usage(err, cliText(QT_TRANSLATE_NOOP("Sprechtag::Cli", "The time \"%1\" is not valid; please "
                                                                       "write HH:MM."))
                               .arg(o.value(QLatin1String(option))));
            return false;
        }
        *minutes = *parsed;
    }
    if (o.values.contains(QStringLiteral("slot"))) {
        bool ok = false;
        const int slot = o.value(QStringLiteral("slot")).toInt(&ok);
        if (!ok || slot <= 0) {
            *code = usage(err, cliText(QT_TRANSLATE_NOOP("Sprechtag::Cli", "--slot takes the slot length in "
                                                                           "minutes, such as 30.")));
            return false;
        }
        f.defaultSlotMinutes = slot;
    }
    return true;
}

int listFormats(MasterDataService &service, const Options &o, QTextStream &out, QTextStream &err)
{
    auto formats = service.formats(o.flags.contains(QStringLiteral("archived")));
    if (!formats)
        return fail(err, formats.error());
    for (const Format &f : std::as_const(*formats))
        printRow(out, {f.name,
                       formatTime(f.defaultHours.start) + QLatin1Char('-') + formatTime(f.defaultHours.end),
                       QString::number(f.defaultSlotMinutes), f.defaultLocation, f.partner, f.colour,
                       f.archived ? QStringLiteral("archived") : QStringLiteral("active")});
    out << Qt::flush;
    return Done;
}

Result<Format> formatNamed(MasterDataService &service, const QString &name)
{
    auto found = service.formatNamed(name);
    if (!found)
        return found.error();
    if (!*found)
        return notFound(Entity::Format, name);
    return **found;
}

int saveFormat(MasterDataService &service, const Subcommand &sub, QTextStream &err)
{
    return addOrChange(
        sub, "format", kTextOptions, [&](const QString &name) { return formatNamed(service, name); },
        [&](Format &f, int *code) {
            if (const std::optional<bool> archive = archiveFlag(sub.options))
                f.archived = *archive;
            return applyDefaults(sub.options, f, err, code);
        },
        [&](const Format &f) { return service.saveFormat(f); },
        QT_TRANSLATE_NOOP("Sprechtag::Cli", "Format \"%1\" added."),
        QT_TRANSLATE_NOOP("Sprechtag::Cli", "Format \"%1\" changed."), err);
}

int runFormat(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    int code = Done;
    const auto sub = parseSubcommand(
        kFormatCommand, inv, {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("change")},
        optionNames(kTextOptions) + QStringList{QStringLiteral("name"), QStringLiteral("new-name"),
                                                QStringLiteral("from"), QStringLiteral("to"),
                                                QStringLiteral("slot")},
        {QStringLiteral("archived"), QStringLiteral("archive"), QStringLiteral("restore")}, out, err, &code);
    if (!sub)
        return code;
    return withMasterData(inv, err, [&](MasterDataService &service) {
        return sub->name == QLatin1String("list") ? listFormats(service, sub->options, out, err)
                                                  : saveFormat(service, *sub, err);
    });
}

} // namespace

const Command kFormatCommand{
    "format",
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "Master data"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "format list [--archived]\n"
                      "format add --name NAME [--from HH:MM] [--to HH:MM] [--slot MIN] [OPTIONS]\n"
                      "format change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "list, add or change consultation day formats"),
    QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "list prints one format a line, tab-separated: name, default hours, slot minutes, location,\n"
        "partner, colour, active|archived (--archived lists archived formats too).\n"
        "Options of add and change:\n"
        "  --from HH:MM --to HH:MM      the default hours of new consultation days\n"
        "  --slot MIN                   the default slot length in minutes\n"
        "  --description TEXT  --partner NAME  --location PLACE\n"
        "  --contact-name NAME  --contact-phone PHONE  --contact-email ADDRESS\n"
        "  --letter-text TEXT           the text of the confirmation letter ({placeholders})\n"
        "  --colour #RRGGBB             the colour its days are shown in\n"
        "change changes only the options given; --archive stops offering the format for new\n"
        "days, --restore offers it again. Names match however they are written; a second\n"
        "format with the same name is refused."),
    runFormat,
};

} // namespace Sprechtag::Cli
