// SPDX-License-Identifier: GPL-3.0-or-later
// consultant list | add | change: the consultants (product.md section 7b).
#include "cli/MasterDataOptions.h"

#include "scheduling/MasterDataService.h"

namespace Sprechtag::Cli {

namespace {

const QList<TextOption<Consultant>> kTextOptions{
    {"title", &Consultant::title}, {"organisation", &Consultant::organisation}, {"email", &Consultant::email},
    {"phone", &Consultant::phone}, {"profile", &Consultant::profile},
};

int listConsultants(MasterDataService &service, const Options &o, QTextStream &out, QTextStream &err)
{
    auto consultants = service.consultants(o.flags.contains(QStringLiteral("archived")));
    if (!consultants)
        return fail(err, consultants.error());
    for (const Consultant &c : std::as_const(*consultants))
        printRow(out, {c.name, c.title, c.organisation, c.email, c.phone,
                       c.active ? QStringLiteral("active") : QStringLiteral("archived")});
    out << Qt::flush;
    return Done;
}

// The consultant to change: by name, the active one first when several share it.
Result<Consultant> consultantNamed(MasterDataService &service, const QString &name)
{
    auto found = service.consultantsNamed(name);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(Entity::Consultant, name);
    return found->first();
}

int saveConsultant(MasterDataService &service, const Subcommand &sub, QTextStream &err)
{
    return addOrChange(
        sub, "consultant", kTextOptions, [&](const QString &name) { return consultantNamed(service, name); },
        [&](Consultant &c, int *) {
            // Archived consultants are the inactive ones.
            if (const std::optional<bool> archive = archiveFlag(sub.options))
                c.active = !*archive;
            return true;
        },
        [&](const Consultant &c) { return service.saveConsultant(c); },
        QT_TRANSLATE_NOOP("Sprechtag::Cli", "Consultant \"%1\" added."),
        QT_TRANSLATE_NOOP("Sprechtag::Cli", "Consultant \"%1\" changed."), err);
}

int runConsultant(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    int code = Done;
    const auto sub = parseSubcommand(
        kConsultantCommand, inv, {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("change")},
        optionNames(kTextOptions) + QStringList{QStringLiteral("name"), QStringLiteral("new-name")},
        {QStringLiteral("archived"), QStringLiteral("archive"), QStringLiteral("restore")}, out, err, &code);
    if (!sub)
        return code;
    return withMasterData(inv, err, [&](MasterDataService &service) {
        return sub->name == QLatin1String("list") ? listConsultants(service, sub->options, out, err)
                                                  : saveConsultant(service, *sub, err);
    });
}

} // namespace

const Command kConsultantCommand{
    "consultant",
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "Master data"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "consultant list [--archived]\n"
                      "consultant add --name NAME [OPTIONS]\n"
                      "consultant change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "list, add or change consultants"),
    QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "list prints one consultant a line, tab-separated: name, title, organisation, e-mail,\n"
        "phone, active|archived (--archived lists archived consultants too).\n"
        "Options of add and change:\n"
        "  --title TITLE  --organisation NAME  --email ADDRESS  --phone PHONE\n"
        "  --profile TEXT               what the consultant advises on (briefing sheet)\n"
        "change changes only the options given; --archive stops offering the consultant for new\n"
        "days, --restore offers them again. Names match however they are written."),
    runConsultant,
};

} // namespace Sprechtag::Cli
