// SPDX-License-Identifier: GPL-3.0-or-later
// restore --from FILE: the data of a backup replaces the database's.
#include "cli/CliSupport.h"

#include "backup/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Sprechtag::Cli {

namespace {

int cmdRestore(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto parsed = parseCommandOptions(inv.arguments, {QStringLiteral("from")}, {}, err);
    if (!parsed)
        return Usage;
    const Options &o = *parsed;
    const QString from = o.value(QStringLiteral("from"));
    if (from.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "restore needs --from FILE."));
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    auto safety = Backups((*db)->path()).restore(**db, from, QDateTime::currentDateTime());
    if (!safety)
        return fail(err, safety.error());
    out << QDir::toNativeSeparators(*safety) << Qt::endl;
    err << QCoreApplication::translate("Sprechtag::Cli", "Restored from %1. The state before is kept in %2.")
               .arg(QDir::toNativeSeparators(QFileInfo(from).absoluteFilePath()),
                    QDir::toNativeSeparators(*safety))
        << Qt::endl;
    return Done;
}

} // namespace

const Command kRestoreCommand{
    "restore",
    kGroupBackups,
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "restore --from FILE"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "replace the data with a backup"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "The state before is kept as a backup first (its file name is printed); an older "
                      "backup is brought up to date."),
    cmdRestore};

} // namespace Sprechtag::Cli
