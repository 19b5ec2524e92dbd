// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Sprechtag::Cli {

// One command of the command line. Every text is English source text marked with
// QT_TRANSLATE_NOOP("Sprechtag::Cli", ...) and translated when shown. The table of all commands
// (commands()) is what the parser accepts, what runCommand dispatches and what builds the help texts:
// "sprechtag --help" lists every command's synopsis and summary by group, "sprechtag COMMAND --help"
// prints the synopsis, the summary and the details of one.
struct Command
{
    const char *name;     // "day", "format", "book", ...
    const char *group;    // the heading it is listed under in the help text
    const char *synopsis; // how it is called, one or more lines: "day create --format NAME --date DATE ..."
    const char *summary;  // what it does, one line
    const char *details;  // options and notes for COMMAND --help; may be ""
    int (*run)(const Invocation &invocation, QTextStream &out, QTextStream &err);
};

// The groups of the help text, in this order.
inline constexpr const char *kGroupCommands = QT_TRANSLATE_NOOP("Sprechtag::Cli", "Commands");
inline constexpr const char *kGroupDocuments = QT_TRANSLATE_NOOP("Sprechtag::Cli", "Documents");
inline constexpr const char *kGroupMasterData = QT_TRANSLATE_NOOP("Sprechtag::Cli", "Master data");
inline constexpr const char *kGroupBackups =
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "Backups (in the folder Sicherungen next to the database)");
inline constexpr const char *kGroupPrivacy = QT_TRANSLATE_NOOP("Sprechtag::Cli", "Privacy (GDPR)");

// Each command is defined in a file of its own (app/cli/<Name>Command.cpp) as one of these.
extern const Command kDemoCommand;
extern const Command kDaysCommand;
extern const Command kBookCommand;
extern const Command kCancelCommand;
extern const Command kLettersCommand;
extern const Command kScheduleCommand;
extern const Command kExportCommand;
extern const Command kBackupCommand;
extern const Command kCheckCommand;
extern const Command kRestoreCommand;
extern const Command kPrivacyCommand;
extern const Command kDayCommand;        // day create | day cancel
extern const Command kBriefingCommand;   // briefing
extern const Command kDoorSignCommand;   // doorsign
extern const Command kFormatCommand;     // format list | add | change
extern const Command kConsultantCommand; // consultant list | add | change
extern const Command kSettingsCommand;   // settings sender

// Every command, in the order of the help text.
const QList<const Command *> &commands();
const Command *findCommand(const QString &name);
// "sprechtag COMMAND --help": the synopsis, the summary and the details of one command.
QString commandHelp(const Command &command);
// True when the arguments after the command ask for its help: "COMMAND --help" or "COMMAND SUB --help".
bool asksForHelp(const QStringList &arguments);

} // namespace Sprechtag::Cli
