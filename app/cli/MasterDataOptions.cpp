// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/MasterDataOptions.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

QString cliText(const char *text)
{
    return QCoreApplication::translate("Sprechtag::Cli", text);
}

int withMasterData(const Invocation &inv, QTextStream &err,
                   const std::function<int(MasterDataService &)> &work)
{
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    MasterDataService service(**db);
    return work(service);
}

namespace {

void printHelp(const Command &command, QTextStream &out)
{
    out << cliText(command.synopsis) << Qt::endl << Qt::endl << cliText(command.summary) << Qt::endl;
    if (command.details[0] != '\0')
        out << Qt::endl << cliText(command.details) << Qt::endl;
    out << Qt::flush;
}

} // namespace

std::optional<Subcommand> parseSubcommand(const Command &command, const Invocation &inv,
                                          const QStringList &subcommands, const QStringList &valued,
                                          const QStringList &flags, QTextStream &out, QTextStream &err,
                                          int *code)
{
    Options o = parseOptions(inv.arguments, valued, flags + QStringList{QStringLiteral("help")});
    if (o.flags.contains(QStringLiteral("help")) || inv.help) {
        printHelp(command, out);
        *code = Done;
        return std::nullopt;
    }
    if (!o.error.isEmpty()) {
        *code = usage(err, o.error);
        return std::nullopt;
    }
    if (o.positional.size() != 1 || !subcommands.contains(o.positional.first())) {
        *code = usage(err, cliText(QT_TRANSLATE_NOOP("Sprechtag::Cli", "%1 needs one of: %2."))
                               .arg(QLatin1String(command.name), subcommands.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return Subcommand{o.positional.first(), std::move(o)};
}

void printRow(QTextStream &out, const QStringList &fields)
{
    QStringList cleaned;
    for (const QString &field : fields) {
        QString f = field;
        for (QChar &c : f) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        cleaned << f;
    }
    out << cleaned.join(QLatin1Char('\t')) << '\n';
}

std::optional<bool> archiveFlag(const Options &o)
{
    if (o.flags.contains(QStringLiteral("archive")))
        return true;
    if (o.flags.contains(QStringLiteral("restore")))
        return false;
    return std::nullopt;
}

int reportDone(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return Done;
}

} // namespace Sprechtag::Cli
