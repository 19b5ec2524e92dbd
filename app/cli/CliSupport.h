// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"
#include "cli/CommandLine.h"

#include "common/Error.h"
#include "domain/Types.h"
#include "storage/Database.h"
#include "storage/DayRepository.h"

#include <QDate>
#include <QHash>

#include <memory>

namespace Sprechtag::Cli {

// Options of a command: "--name value", "--name=value" or a bare "--flag".
struct Options
{
    QHash<QString, QString> values;    // the last value of each option
    QHash<QString, QStringList> every; // every value of each option, in order (--date A --date B)
    QStringList flags;
    QStringList positional;
    QString error;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
    QStringList all(const QString &name) const { return every.value(name); }
};

Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flagNames);
// parseOptions for a command without positional arguments: an unknown option, a missing value or an
// unexpected argument is printed (with the hint to --help) and nullopt returned; the command then returns
// Usage.
std::optional<Options> parseCommandOptions(const QStringList &args, const QStringList &valued,
                                           const QStringList &flagNames, QTextStream &err);
// False (and the usage message "COMMAND needs --NAME." printed) when --name is missing or blank.
bool requireOption(const Options &o, const QString &name, const QString &command, QTextStream &err);
// 3 for storage problems, 2 for refusals.
int exitCodeFor(const Error &e);
// Prints the error's sentence and returns its exit code.
int fail(QTextStream &err, const Error &e);
// Prints the message and the hint to --help; returns 1.
int usage(QTextStream &err, const QString &message);
Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv, bool create);
// Reads --name as YYYY-MM-DD when present; false (and *code set) when malformed.
bool parseDateOption(const Options &o, const QString &name, QDate *date, QTextStream &err, int *code);
// YYYY-MM-DD within the plausible years; nullopt (and the usage message printed) otherwise.
std::optional<QDate> parseDateText(const QString &text, QTextStream &err);
// HH:MM as minutes after midnight; nullopt (and the usage message printed) when malformed.
std::optional<int> parseTimeOption(const QString &text, QTextStream &err);

// Look-ups by what the user typed (case-insensitively); NotFound (notFound(Entity, name)) when nothing
// matches.
Result<Format> formatNamed(const Database &db, const QString &name);
// Every consultant of that name (at least one).
Result<QList<Consultant>> consultantsNamed(const Database &db, const QString &name);
// The one consultation day on that date, of that format when formatName is not empty. NotFound when there
// is none; refused (InvalidInput, naming the formats) when several share the date and no format is given.
Result<DaySummary> dayOn(const Database &db, const QDate &date, const QString &formatName);

// What a document of one day needs: --date DATE [--format NAME] --output FILE.pdf, and the day.
struct DayDocument
{
    Options options;
    std::unique_ptr<Database> db;
    DaySummary day;
    QString output;
};
// Parses the options (those above and the extra ones), opens the database, checks the output path against
// it and finds the day. Done, or the exit code after the message was printed.
int prepareDayDocument(const Invocation &inv, const QString &command, const QStringList &extraValued,
                       const QStringList &extraFlags, QTextStream &err, DayDocument *document);

// After writing the day's document: the failure, or the sentence (with %1 the format, %2 the date, %3 the
// file; QT_TRANSLATE_NOOP("Sprechtag::Cli", ...)) on err.
int reportDayDocument(const DayDocument &document, const Status &written, const char *sentence,
                      QTextStream &err);

// The document and export commands, each in a file of its own (their Command entries at the end of each).
int cmdLetters(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdSchedule(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdExport(const Invocation &inv, QTextStream &out, QTextStream &err);

} // namespace Sprechtag::Cli
