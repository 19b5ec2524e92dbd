// SPDX-License-Identifier: GPL-3.0-or-later
// check: the database's integrity.
#include "cli/CliSupport.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

int cmdCheck(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    if (!parseCommandOptions(inv.arguments, {}, {}, err))
        return Usage;
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    auto problems = (*db)->check();
    if (!problems)
        return fail(err, problems.error());
    if (!problems->isEmpty()) {
        for (const QString &p : *problems)
            out << p << '\n';
        out.flush();
        return fail(err, makeError(ErrorCode::Corrupt, {(*db)->path()}));
    }
    err << QCoreApplication::translate("Sprechtag::Cli", "The database %1 is sound (schema version %2).")
               .arg((*db)->path())
               .arg((*db)->schemaVersion())
        << Qt::endl;
    return Done;
}

} // namespace

const Command kCheckCommand{"check",
                            kGroupBackups,
                            "check",
                            QT_TRANSLATE_NOOP("Sprechtag::Cli", "check the database's integrity"),
                            QT_TRANSLATE_NOOP("Sprechtag::Cli",
                                              "Problems found are listed on standard output, one a line; "
                                              "the exit code is then 3."),
                            cmdCheck};

} // namespace Sprechtag::Cli
