// SPDX-License-Identifier: GPL-3.0-or-later
// What the command line asks for: the global options, the command (one of commands()) and its arguments.
#include "cli/Command.h"

#include <QCoreApplication>
#include <QLocale>

namespace Sprechtag::Cli {

Invocation parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!inv.command.isEmpty()) {
            inv.arguments << a;
            continue;
        }
        auto takeValue = [&](const QString &name, QString *target) {
            const QString prefix = QStringLiteral("--") + name;
            if (a == prefix) {
                if (i + 1 >= arguments.size()) {
                    inv.usageError =
                        QCoreApplication::translate("Sprechtag::Cli", "The option --%1 needs a value.")
                            .arg(name);
                    return true;
                }
                *target = arguments.at(++i);
                return true;
            }
            if (a.startsWith(prefix + QLatin1Char('='))) {
                *target = a.mid(prefix.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("database"), &inv.database) ||
            takeValue(QStringLiteral("language"), &inv.language))
            continue;
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            inv.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            inv.version = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own options (-platform, -style, ...) are never handed to Qt: set QT_QPA_PLATFORM or
            // QT_STYLE_OVERRIDE instead.
            inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "Unknown option %1.").arg(a);
        } else if (findCommand(a)) {
            inv.command = a;
        } else {
            inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "Unknown command \"%1\".").arg(a);
        }
        if (!inv.usageError.isEmpty())
            break;
    }
    if (!inv.language.isEmpty() && inv.language != QLatin1String("de") &&
        inv.language != QLatin1String("en") && inv.usageError.isEmpty())
        inv.usageError = QCoreApplication::translate("Sprechtag::Cli", "The language must be de or en.");
    return inv;
}

QString chooseLanguage(const QString &requested)
{
    if (requested == QLatin1String("de") || requested == QLatin1String("en"))
        return requested;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("de");
}

} // namespace Sprechtag::Cli
