// SPDX-License-Identifier: GPL-3.0-or-later
// The table of every command: what the parser accepts, what runCommand dispatches, what the help lists.
#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

// The column where a command's summary starts in "sprechtag --help".
constexpr qsizetype kSummaryColumn = 31;

QString translated(const char *text)
{
    return QCoreApplication::translate("Sprechtag::Cli", text);
}

// Each line of the synopsis indented; the summary after the last line when it fits, else on a line of
// its own.
void appendEntry(QString &text, const Command &command)
{
    const QStringList lines = translated(command.synopsis).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        text += QStringLiteral("  ") + lines.at(i) + QLatin1Char('\n');
    QString last = QStringLiteral("  ") + lines.last();
    if (last.size() + 1 > kSummaryColumn)
        last += QLatin1Char('\n') + QString(kSummaryColumn, QLatin1Char(' '));
    else
        last = last.leftJustified(kSummaryColumn);
    text += last + translated(command.summary) + QLatin1Char('\n');
}

} // namespace

const QList<const Command *> &commands()
{
    static const QList<const Command *> table{
        &kDemoCommand,    &kDaysCommand,       &kBookCommand,     &kCancelCommand,   &kDayCommand,
        &kLettersCommand, &kScheduleCommand,   &kBriefingCommand, &kDoorSignCommand, &kExportCommand,
        &kFormatCommand,  &kConsultantCommand, &kSettingsCommand, &kBackupCommand,   &kRestoreCommand,
        &kCheckCommand,   &kPrivacyCommand};
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command *command : commands()) {
        if (name == QLatin1String(command->name))
            return command;
    }
    return nullptr;
}

bool asksForHelp(const QStringList &arguments)
{
    const auto isHelp = [](const QString &a) {
        return a == QLatin1String("--help") || a == QLatin1String("-h");
    };
    if (isHelp(arguments.value(0)))
        return true;
    // "day create --help": a sub-command word, then the question.
    return !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')) &&
           isHelp(arguments.value(1));
}

QString helpText()
{
    QString text = translated(QT_TRANSLATE_NOOP(
        "Sprechtag::Cli",
        "Usage:\n"
        "  sprechtag [--database FILE] [--language de|en]      the desktop app\n"
        "  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window\n"
        "  sprechtag COMMAND --help                            help for one command\n"));
    // The groups in the order of their first command (compared by text: the same literal may have
    // several addresses).
    QList<QByteArray> groups;
    for (const Command *command : commands()) {
        if (!groups.contains(QByteArray(command->group)))
            groups << QByteArray(command->group);
    }
    for (const QByteArray &group : std::as_const(groups)) {
        text += QLatin1Char('\n') + translated(group.constData()) + QStringLiteral(":\n");
        for (const Command *command : commands()) {
            if (group == command->group)
                appendEntry(text, *command);
        }
    }
    text += QLatin1Char('\n') +
            translated(QT_TRANSLATE_NOOP(
                           "Sprechtag::Cli",
                           "Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.\n"
                           "Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage "
                           "problem.\n"
                           "Default database: %1\n"))
                .arg(Database::defaultPath());
    return text;
}

QString commandHelp(const Command &command)
{
    QString text = translated(QT_TRANSLATE_NOOP("Sprechtag::Cli", "Usage:")) + QLatin1Char('\n');
    // A line of its own is another way to call it; an indented one continues the line before.
    for (const QString &line : translated(command.synopsis).split(QLatin1Char('\n')))
        text += (line.startsWith(QLatin1Char(' ')) ? QStringLiteral("            ")
                                                   : QStringLiteral("  sprechtag ")) +
                line + QLatin1Char('\n');
    text += QLatin1Char('\n') + translated(command.summary) + QLatin1Char('\n');
    if (*command.details)
        text += QLatin1Char('\n') + translated(command.details) + QLatin1Char('\n');
    return text;
}

int runCommand(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Command *command = findCommand(inv.command);
    if (!command)
        return usage(
            err, translated(QT_TRANSLATE_NOOP("Sprechtag::Cli", "Unknown command \"%1\".")).arg(inv.command));
    if (asksForHelp(inv.arguments)) {
        out << commandHelp(*command) << Qt::flush;
        return Done;
    }
    return command->run(inv, out, err);
}

} // namespace Sprechtag::Cli
