// SPDX-License-Identifier: GPL-3.0-or-later
// Making and checking copies: VACUUM INTO a PartFile, then integrity, foreign keys, id, version, schema.
#include "backup/PartFile.h"
#include "storage/Database.h"
#include "storage/NativeFile.h"
#include "storage/OpenFiles.h"
#include "storage/SchemaCheck.h"
#include "storage/Sql.h"
#include "storage/SqliteBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace Sprechtag::SqliteBackup {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Refuses what is no SQLite file before SQLite opens it.
Status looksLikeDatabase(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.isFile())
        return makeError(ErrorCode::CannotOpen, {shown(backupPath)});
    if (info.size() == 0)
        return makeError(ErrorCode::EmptyFile, {shown(backupPath)});
    // A file SQLite holds here must not be opened and closed beside it (that drops its locks): the
    // database itself is read through SQLite alone, its side files are no backup.
    const HeldAs held = OpenDatabaseFiles::holds(backupPath);
    if (held == HeldAs::SideFile)
        return makeError(ErrorCode::NotADatabase, {shown(backupPath)});
    if (held == HeldAs::NotHeld) {
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::CannotOpen, {shown(backupPath)});
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(ErrorCode::NotADatabase, {shown(backupPath)});
    }
    return {};
}

// integrity_check and foreign_key_check of the open copy.
Status soundContent(NativeFile &file, const QString &backupPath)
{
    auto integrity = file.rows("PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    if (*integrity != QStringList{QStringLiteral("ok")})
        return makeError(ErrorCode::Corrupt, {shown(backupPath)});
    auto foreignKeys = file.rows("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return foreignKeys.error();
    if (!foreignKeys->isEmpty())
        return makeError(ErrorCode::Corrupt, {shown(backupPath)});
    return {};
}

} // namespace

Result<BackupFacts> inspect(const QString &backupPath, const QList<Migration> *migrations)
{
    const QList<Migration> &steps = migrations ? *migrations : sqliteMigrations();
    if (Status s = looksLikeDatabase(backupPath); !s)
        return s.error();
    NativeFile file;
    if (Status s = file.open(backupPath, false); !s)
        return s.error();
    auto app = file.number("PRAGMA application_id");
    if (!app)
        return app.error();
    auto version = file.number("PRAGMA user_version");
    if (!version)
        return version.error();
    if (*app != kApplicationId || *version == 0)
        return makeError(ErrorCode::NotSprechtagDatabase, {shown(backupPath)});
    const int known = steps.constLast().version;
    if (*version > known)
        return makeError(ErrorCode::NewerSchema,
                         {shown(backupPath), QString::number(*version), QString::number(known)});
    // Nothing of a copy whose tables, indexes, triggers or views are not exactly those of its version
    // ever reaches the database.
    if (Status s = SchemaCheck::verify(file.handle(), backupPath, steps, int(*version)); !s)
        return s.error();
    if (Status s = soundContent(file, backupPath); !s)
        return s.error();
    BackupFacts facts;
    facts.schemaVersion = static_cast<int>(*version);
    if (auto bookings = file.number("SELECT count(*) FROM booking WHERE status <> 'cancelled'"))
        facts.bookings = *bookings;
    return facts;
}

Status writeCopy(const Database &db, const QString &requestedTarget, const QList<Migration> *migrations,
                 bool replace)
{
    const QFileInfo target(requestedTarget);
    const QString finalPath = target.absoluteFilePath();
    if (!QDir().mkpath(target.absolutePath()))
        return makeError(ErrorCode::CannotOpen, {shown(finalPath)});
    // VACUUM INTO takes an existing empty file: the copy is 0600 before its first byte.
    PartFile part;
    if (Status s = part.create(finalPath); !s)
        return s;
    {
        Query q(db, QStringLiteral("VACUUM INTO ?"));
        q.bind(part.path());
        if (Status s = q.exec(); !s)
            return s;
    }
    // integrity_check, foreign_key_check, application_id, schema version and schema of the copy, without
    // opening it as a working database (which would refuse a copy taken just before a migration).
    if (auto facts = inspect(part.path(), migrations); !facts) {
        if (facts.error().code == ErrorCode::Corrupt)
            return makeError(ErrorCode::Corrupt, {shown(db.path())});
        return facts.error();
    }
    int error = 0;
    if (::fsync(part.fd()) != 0 || !part.commit(finalPath, replace, &error)) {
        Error e = makeError(ErrorCode::CannotWriteFile, {shown(finalPath)});
        if (error == EEXIST)
            e.nativeCode = QStringLiteral("EEXIST");
        return e;
    }
    return {};
}

} // namespace Sprechtag::SqliteBackup
