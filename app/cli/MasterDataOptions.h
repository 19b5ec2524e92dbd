// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliSupport.h"
#include "cli/Command.h"

#include "scheduling/MasterDataService.h"

#include <QString>

#include <functional>
#include <optional>

namespace Sprechtag::Cli {

// A text option of a master data command and the field it sets: "--email E" sets Record::email.
template <typename Record> struct TextOption
{
    const char *option;
    QString Record::*field;
};

template <typename Record> QStringList optionNames(const QList<TextOption<Record>> &table)
{
    QStringList names;
    for (const TextOption<Record> &t : table)
        names << QLatin1String(t.option);
    return names;
}

// Sets the fields whose options were given (trimmed); the others keep their value.
template <typename Record>
void applyTextOptions(const Options &o, const QList<TextOption<Record>> &table, Record &record)
{
    for (const TextOption<Record> &t : table) {
        if (o.values.contains(QLatin1String(t.option)))
            record.*(t.field) = o.value(QLatin1String(t.option)).trimmed();
    }
}

// The subcommand of "format list|add|change" and friends, with its options parsed; nullopt after the
// usage message (or the command's help, when asked) was printed and *code set.
struct Subcommand
{
    QString name;
    Options options;
};
std::optional<Subcommand> parseSubcommand(const Command &command, const Invocation &inv,
                                          const QStringList &subcommands, const QStringList &valued,
                                          const QStringList &flags, QTextStream &out, QTextStream &err,
                                          int *code);

// One tab-separated line of a list; tabs and line breaks inside a field become spaces.
void printRow(QTextStream &out, const QStringList &fields);

// "Format "X" added." and the like on err; Done.
int reportDone(QTextStream &err, const QString &message);

// A text of the command line, translated (context "Sprechtag::Cli").
QString cliText(const char *text);

// Opens the database (it must exist) and runs work with its master data; the exit code.
int withMasterData(const Invocation &inv, QTextStream &err,
                   const std::function<int(MasterDataService &)> &work);

// "add" or "change" a record found by --name (change) or made anew (add): the record to edit, or
// nothing after the error was printed and *code set.
template <typename Record, typename Find>
std::optional<Record> recordToEdit(const Subcommand &sub, const char *command, Find find, QTextStream &err,
                                   int *code)
{
    const QString name = sub.options.value(QStringLiteral("name")).simplified();
    if (name.isEmpty()) {
        *code = usage(err, cliText(QT_TRANSLATE_NOOP("Sprechtag::Cli", "%1 %2 needs --name NAME."))
                               .arg(QLatin1String(command), sub.name));
        return std::nullopt;
    }
    Record record;
    record.name = name;
    if (sub.name != QLatin1String("change"))
        return record;
    Result<Record> found = find(name);
    if (!found) {
        *code = fail(err, found.error());
        return std::nullopt;
    }
    record = *found;
    if (sub.options.values.contains(QStringLiteral("new-name")))
        record.name = sub.options.value(QStringLiteral("new-name")).simplified();
    return record;
}

// --archive: true, --restore: false, neither: nothing.
std::optional<bool> archiveFlag(const Options &o);

// "add" or "change" of a record with a name: the record to edit (recordToEdit), its text options,
// adjust() for the rest (false after printing a usage error, *code set), save(), then added or changed
// (patterns with %1 for the name) on err.
template <typename Record, typename Find, typename Adjust, typename Save>
int addOrChange(const Subcommand &sub, const char *command, const QList<TextOption<Record>> &table, Find find,
                Adjust adjust, Save save, const char *added, const char *changed, QTextStream &err)
{
    int code = Done;
    std::optional<Record> record = recordToEdit<Record>(sub, command, find, err, &code);
    if (!record)
        return code;
    applyTextOptions(sub.options, table, *record);
    if (!adjust(*record, &code))
        return code;
    auto saved = save(*record);
    if (!saved)
        return fail(err, saved.error());
    return reportDone(err, cliText(record->id == 0 ? added : changed).arg(record->name));
}

} // namespace Sprechtag::Cli
