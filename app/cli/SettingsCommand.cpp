// SPDX-License-Identifier: GPL-3.0-or-later
// settings sender: the sender of every letter (product.md section 7b).
#include "cli/MasterDataOptions.h"

#include "scheduling/MasterDataService.h"

namespace Sprechtag::Cli {

namespace {

const QList<TextOption<Organisation>> kSenderOptions{
    {"organisation", &Organisation::name}, {"department", &Organisation::department},
    {"street", &Organisation::street},     {"postcode", &Organisation::postcode},
    {"city", &Organisation::city},         {"phone", &Organisation::phone},
    {"email", &Organisation::email},       {"website", &Organisation::web},
};

// Without options: what is stored, one field a line; with options: those fields changed.
int showOrChangeSender(MasterDataService &service, const Options &o, QTextStream &out, QTextStream &err)
{
    auto sender = service.sender();
    if (!sender)
        return fail(err, sender.error());
    Organisation changed = *sender;
    applyTextOptions(o, kSenderOptions, changed);
    if (o.values.isEmpty()) {
        for (const TextOption<Organisation> &t : kSenderOptions)
            printRow(out, {QLatin1String(t.option), changed.*(t.field)});
        out << Qt::flush;
        return Done;
    }
    if (Status s = service.saveSender(changed); !s)
        return fail(err, s.error());
    return reportDone(err,
                      cliText(QT_TRANSLATE_NOOP("Sprechtag::Cli", "The sender of the letters was saved.")));
}

int runSettings(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    int code = Done;
    const auto sub = parseSubcommand(kSettingsCommand, inv, {QStringLiteral("sender")},
                                     optionNames(kSenderOptions), {}, out, err, &code);
    if (!sub)
        return code;
    return withMasterData(inv, err, [&](MasterDataService &service) {
        return showOrChangeSender(service, sub->options, out, err);
    });
}

} // namespace

const Command kSettingsCommand{
    "settings",
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "Master data"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "settings sender [--organisation NAME] [--department NAME] [--street S]\n"
                      "                [--postcode Z] [--city C] [--phone P] [--email E] [--website URL]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "show or change the sender of every letter"),
    QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "Without options, prints the stored sender, one field a line: the option's name, a tab,\n"
        "the value. With options, changes only the fields given; an implausible phone number or\n"
        "e-mail address is refused."),
    runSettings,
};

} // namespace Sprechtag::Cli
