// SPDX-License-Identifier: GPL-3.0-or-later
// backup [--output FILE | --list] and restore --from FILE.
#include "cli/CliSupport.h"

#include "backup/Backups.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Sprechtag::Cli {

namespace {

QString kindKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    case BackupKind::BeforeUpdate:
        return QStringLiteral("before-update");
    }
    return {};
}

int listBackups(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    const Backups backups((*db)->path());
    // One line per copy, newest first, tab-separated for scripts: made, kind, bytes, bookings, state, file.
    for (const BackupInfo &b : backups.list()) {
        const auto facts = Backups::inspect(b.path);
        out << b.made.toString(Qt::ISODate) << '\t' << kindKey(b.kind) << '\t' << b.sizeBytes << '\t'
            << (facts ? QString::number(facts->bookings) : QStringLiteral("-")) << '\t'
            << (facts ? QStringLiteral("ok") : QStringLiteral("unusable")) << '\t'
            << QDir::toNativeSeparators(b.path) << '\n';
    }
    out.flush();
    return Done;
}

} // namespace

int cmdBackup(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {QStringLiteral("output")}, {QStringLiteral("list")});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
    if (o.has(QStringLiteral("list"))) {
        if (o.has(QStringLiteral("output")))
            return usage(err, QCoreApplication::translate("Sprechtag::Cli",
                                                          "backup takes either --output or --list."));
        return listBackups(inv, out, err);
    }
    const bool toFile = o.has(QStringLiteral("output"));
    const QString output = o.value(QStringLiteral("output"));
    if (toFile && output.trimmed().isEmpty())
        return usage(err, QCoreApplication::translate("Sprechtag::Cli", "backup needs --output FILE."));
    auto db = openDatabase(inv, false);
    if (!db)
        return fail(err, db.error());
    QString written;
    if (toFile) {
        if (QFileInfo(output).absoluteFilePath() == (*db)->path())
            return usage(err, QCoreApplication::translate(
                                  "Sprechtag::Cli", "The backup cannot replace the database file itself."));
        if (Status s = (*db)->backupTo(output); !s)
            return fail(err, s.error());
        written = QFileInfo(output).absoluteFilePath();
    } else {
        // Without --output: a new generation in the backup folder next to the database.
        auto made = Backups((*db)->path()).create(**db, BackupKind::Manual, QDateTime::currentDateTime());
        if (!made)
            return fail(err, made.error());
        written = *made;
        out << QDir::toNativeSeparators(written) << Qt::endl;
    }
    err << QCoreApplication::translate("Sprechtag::Cli", "Backup written to %1 and checked.")
               .arg(QDir::toNativeSeparators(written))
        << Qt::endl;
    return Done;
}

int cmdRestore(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const Options o = parseOptions(inv.arguments, {QStringLiteral("from")}, {});
    if (!o.error.isEmpty() || !o.positional.isEmpty())
        return usage(err, o.error.isEmpty()
                              ? QCoreApplication::translate("Sprechtag::Cli", "Unexpected argument \"%1\".")
                                    .arg(o.positional.first())
                              : o.error);
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

} // namespace Sprechtag::Cli
