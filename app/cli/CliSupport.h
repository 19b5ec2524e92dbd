// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>

#include <memory>

namespace Sprechtag::Cli {

// Options of a command: "--name value", "--name=value" or a bare "--flag".
struct Options
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString error;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flagNames);
// 3 for storage problems, 2 for refusals.
int exitCodeFor(const Error &e);
// Prints the error's sentence and returns its exit code.
int fail(QTextStream &err, const Error &e);
// Prints the message and the hint to --help; returns 1.
int usage(QTextStream &err, const QString &message);
Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv, bool create);
// Reads --name as YYYY-MM-DD when present; false (and *code set) when malformed.
bool parseDateOption(const Options &o, const QString &name, QDate *date, QTextStream &err, int *code);

// The document and export commands, each in a file of its own.
int cmdLetters(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdSchedule(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdExport(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdBackup(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdRestore(const Invocation &inv, QTextStream &out, QTextStream &err);
int cmdPrivacy(const Invocation &inv, QTextStream &out, QTextStream &err);

} // namespace Sprechtag::Cli
