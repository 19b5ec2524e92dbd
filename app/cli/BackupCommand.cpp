// SPDX-License-Identifier: GPL-3.0-or-later
// backup [--output FILE | --list]: a checked copy of the database.
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

int cmdBackup(const Invocation &inv, QTextStream &out, QTextStream &err)
{
    const auto parsed =
        parseCommandOptions(inv.arguments, {QStringLiteral("output")}, {QStringLiteral("list")}, err);
    if (!parsed)
        return Usage;
    const Options &o = *parsed;
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

} // namespace

const Command kBackupCommand{
    "backup",
    kGroupBackups,
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "backup --output FILE\nbackup [--list]"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli", "write a checked, consistent copy of the database"),
    QT_TRANSLATE_NOOP("Sprechtag::Cli",
                      "backup --output FILE writes the copy to FILE.\n"
                      "backup alone makes a new checked backup in the folder Sicherungen next to the "
                      "database and prints its file name.\n"
                      "backup --list lists the backups (made, kind, bytes, bookings, ok/unusable, file)."),
    cmdBackup};

} // namespace Sprechtag::Cli
