// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include "domain/Types.h"
#include "domain/Validation.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

Options parseOptions(const QStringList &args, const QStringList &valued, const QStringList &flagNames)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--"))) {
            o.positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flagNames.contains(name) && !inlineValue) {
            o.flags << name;
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    o.error = QCoreApplication::translate("Sprechtag::Cli", "The option --%1 needs a value.")
                                  .arg(name);
                    return o;
                }
                value = args.at(++i);
            }
            o.values.insert(name, value);
        } else {
            o.error = QCoreApplication::translate("Sprechtag::Cli", "Unknown option --%1.").arg(name);
            return o;
        }
    }
    return o;
}

int exitCodeFor(const Error &e)
{
    return e.kind() == ErrorKind::Storage ? StorageProblem : Refused;
}

int fail(QTextStream &err, const Error &e)
{
    err << errorMessage(e) << Qt::endl;
    return exitCodeFor(e);
}

int usage(QTextStream &err, const QString &message)
{
    err << message << Qt::endl
        << QCoreApplication::translate("Sprechtag::Cli", "See \"sprechtag --help\".") << Qt::endl;
    return Usage;
}

Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv, bool create)
{
    OpenOptions options;
    options.create = create;
    return Database::open(inv.database, options);
}

bool parseDateOption(const Options &o, const QString &name, QDate *date, QTextStream &err, int *code)
{
    if (!o.values.contains(name))
        return true;
    *date = parseIsoDate(o.value(name));
    if (!date->isValid()) {
        *code = usage(err, QCoreApplication::translate(
                               "Sprechtag::Cli", "The date \"%1\" is not valid; please write YYYY-MM-DD.")
                               .arg(o.value(name)));
        return false;
    }
    // A well-formed date far off (1024 for 2024, 2224) can only be a typo: refused like a malformed one.
    if (!isPlausibleDate(*date)) {
        *code = usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                       "The date \"%1\" lies outside %2 to %3; please check "
                                                       "the year.")
                               .arg(o.value(name), earliestPlausibleDate().toString(Qt::ISODate),
                                    latestPlausibleDate().toString(Qt::ISODate)));
        return false;
    }
    return true;
}

} // namespace Sprechtag::Cli
