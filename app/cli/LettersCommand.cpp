// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

int cmdLetters(const Invocation &inv, QTextStream &, QTextStream &err)
{
    Q_UNUSED(inv);
    return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                  "The command \"%1\" is not available in this version yet.")
                          .arg(QStringLiteral("letters")));
}

} // namespace Sprechtag::Cli
