// SPDX-License-Identifier: GPL-3.0-or-later
// demo: the example data of product.md section 1 in an empty database.
#include "cli/CliSupport.h"

#include "demo/DemoData.h"

#include <QCoreApplication>

namespace Sprechtag::Cli {

namespace {

int cmdDemo(const Invocation &inv, QTextStream &, QTextStream &err)
{
    if (!parseCommandOptions(inv.arguments, {}, {}, err))
        return Usage;
    auto db = openDatabase(inv, true);
    if (!db)
        return fail(err, db.error());
    auto loaded = loadDemoData(**db);
    if (!loaded)
        return fail(err, loaded.error());
    err << QCoreApplication::translate(
               "Sprechtag::Cli",
               "Example data loaded: %1 formats, %2 consultants, %3 consultation days, %4 bookings.")
               .arg(loaded->formats)
               .arg(loaded->consultants)
               .arg(loaded->days)
               .arg(loaded->bookings)
        << Qt::endl;
    return Done;
}

} // namespace

const Command kDemoCommand{
    "demo", kGroupCommands,
    "demo", QT_TRANSLATE_NOOP("Sprechtag::Cli", "load the example data into an empty database"),
    "",     cmdDemo};

} // namespace Sprechtag::Cli
