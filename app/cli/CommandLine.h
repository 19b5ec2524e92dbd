// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Sprechtag::Cli {

enum ExitCode
{
    Done = 0,
    Usage = 1,
    Refused = 2,
    StorageProblem = 3,
};

// What the command line asked for before any application object exists.
struct Invocation
{
    QString database;
    QString language;      // "de", "en" or empty: from the system
    QString command;       // empty: start the desktop app
    QStringList arguments; // everything after the command
    bool help = false;
    bool version = false;
    QString usageError;
};

Invocation parseInvocation(const QStringList &arguments);

// "de" unless the system speaks English.
QString chooseLanguage(const QString &requested);

// Runs one command without a window; messages in the installed language go to err, results to out.
int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);

QString helpText();

} // namespace Sprechtag::Cli
