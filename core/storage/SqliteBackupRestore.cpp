// SPDX-License-Identifier: GPL-3.0-or-later
// Putting a copy back: into the open database through SQLite's backup API, or in place of a damaged file.
#include "backup/BackupFolder.h"
#include "backup/PartFile.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/NativeFile.h"
#include "storage/OpenFiles.h"
#include "storage/Sql.h"
#include "storage/SqliteBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <sqlite3.h>

#include <optional>

namespace Sprechtag::SqliteBackup {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString movedAway()
{
    return QCoreApplication::translate("Sprechtag::Backups",
                                       "the database file was moved or deleted while it was open");
}

// Why writing the copy `backupPath` into the database `livePath` failed, as it really happened: only a
// file that may not be written is "read-only"; SQLite also answers SQLITE_READONLY for a file moved
// away while open or a page size it cannot change.
Error restoreError(int rc, sqlite3 *dest, const QString &backupPath, const QString &livePath)
{
    if ((rc & 0xff) != SQLITE_READONLY)
        return nativeError(rc, livePath, dest);
    const bool writable =
        QFileInfo(livePath).isWritable() && !(dest && sqlite3_db_readonly(dest, "main") == 1);
    if (!writable)
        return nativeError(rc, livePath, dest);
    QString reason;
    if (rc == SQLITE_READONLY_DBMOVED)
        reason = movedAway();
    else if (rc == SQLITE_READONLY_RECOVERY || rc == SQLITE_READONLY_CANTINIT ||
             rc == SQLITE_READONLY_CANTLOCK || rc == SQLITE_READONLY_DIRECTORY)
        reason = QCoreApplication::translate("Sprechtag::Backups",
                                             "the database's side files (-wal, -shm, -journal) could not be "
                                             "used; check the folder of the database");
    else
        reason = QCoreApplication::translate("Sprechtag::Backups",
                                             "SQLite refused to write the copy into it (code %1)")
                     .arg(rc);
    Error e = makeError(ErrorCode::RestoreFailed, {shown(backupPath), shown(livePath), reason});
    e.nativeCode = QString::number(rc);
    return e;
}

int busyTimeoutOf(const Database &db)
{
    static const QRegularExpression option(QStringLiteral("QSQLITE_BUSY_TIMEOUT=(\\d+)"));
    const QRegularExpressionMatch m = option.match(db.connection().connectOptions());
    return m.hasMatch() ? m.captured(1).toInt() : 5000;
}

// What can never be restored into `live`: a read-only file, the file itself, a file gone meanwhile.
Status refused(const Database &live, const QString &backupPath)
{
    if (live.isReadOnly())
        return makeError(ErrorCode::ReadOnly, {shown(live.path())});
    // The same file under another spelling, through a link or a hard link is the same file too.
    const std::optional<FileIdentity> chosen = fileIdentity(backupPath);
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(live.path()).absoluteFilePath() ||
        (chosen && chosen == fileIdentity(live.path())))
        return makeError(ErrorCode::InvalidInput,
                         {shown(backupPath),
                          QCoreApplication::translate(
                              "Sprechtag::Backups", "this is the database file itself, not a backup of it")});
    if (!QFileInfo::exists(live.path()))
        return makeError(ErrorCode::RestoreFailed, {shown(backupPath), shown(live.path()), movedAway()});
    return {};
}

// Temporary files for preparing a copy, in one folder made on first use.
class WorkFiles
{
public:
    Result<QString> file(const char *name)
    {
        if (!m_dir)
            m_dir.emplace();
        if (!m_dir->isValid())
            return makeError(ErrorCode::CannotWriteFile, {shown(m_dir->path())});
        return m_dir->filePath(QString::fromLatin1(name));
    }

private:
    std::optional<QTemporaryDir> m_dir;
};

// A copy from an older schema is brought up to date in a temporary file first, so the live file goes in
// one step from its current state to the restored one. Returns the file to restore from.
Result<QString> upToDate(const QString &backupPath, int version, const QList<Migration> &steps,
                         WorkFiles &work)
{
    if (version >= steps.constLast().version)
        return backupPath;
    auto temp = work.file("restore.sqlite");
    if (!temp)
        return temp.error();
    if (Status s = NativeFile::copyToNewFile(backupPath, *temp); !s)
        return s.error();
    OpenOptions options;
    options.create = false;
    options.migrations = &steps;
    options.quickCheckLimitBytes = 0;
    auto migrated = Database::open(*temp, options);
    if (!migrated)
        return migrated.error();
    migrated = Error{}; // closed: the WAL is checkpointed into the file
    return *temp;
}

// A database in WAL mode keeps its page size: a copy with another one is rebuilt to fit first. Returns
// the file to restore from.
Result<QString> fittingPageSize(const Database &live, const QString &source, WorkFiles &work)
{
    if (live.journalMode() != JournalMode::Wal)
        return source;
    auto livePageSize = scalar(live, QStringLiteral("PRAGMA page_size"));
    auto copyPageSize = NativeFile::pageSizeOf(source);
    if (!livePageSize)
        return livePageSize.error();
    if (!copyPageSize)
        return copyPageSize.error();
    if (*livePageSize == *copyPageSize)
        return source;
    auto temp = work.file("pages.sqlite");
    if (!temp)
        return temp.error();
    if (Status s = NativeFile::copyToNewFile(source, *temp); !s)
        return s.error();
    NativeFile rebuilt;
    if (Status s = rebuilt.open(*temp, true); !s)
        return s.error();
    if (Status s = rebuilt.exec(QByteArray("PRAGMA journal_mode = DELETE; PRAGMA page_size = ") +
                                QByteArray::number(*livePageSize) + "; VACUUM;");
        !s)
        return s.error();
    return *temp;
}

// A connection like the open one (its fair busy handler: writers that poll every few milliseconds would
// starve SQLite's own), used only as the backup's destination.
Result<std::unique_ptr<Database>> destinationFor(const Database &live, const QList<Migration> *liveSteps)
{
    OpenOptions options;
    options.create = false;
    options.quickCheckLimitBytes = 0;
    options.busyTimeoutMs = busyTimeoutOf(live);
    options.migrations = liveSteps;
    options.assumeNetworkFileSystem = live.onNetworkFileSystem();
    return Database::open(live.path(), options);
}

// The state under the write lock as the checked copy `safety`.
Status safetyCopy(const Database &live, const QList<Migration> *liveSteps, sqlite3 *locked,
                  const QString &safety)
{
    if (live.journalMode() == JournalMode::Wal) {
        // Readers still read in WAL mode: a checked VACUUM INTO of exactly the locked state.
        return writeCopy(live, safety, liveSteps, false);
    }
    // With a rollback journal the lock is exclusive; the file itself is the locked state.
    PartFile part;
    if (Status s = part.create(safety); !s)
        return s;
    if (Status s = NativeFile::rawCopy(locked, part.fd(), safety); !s)
        return s;
    if (auto checked = inspect(part.path(), liveSteps); !checked)
        return checked.error();
    int error = 0;
    if (!part.commit(safety, false, &error)) {
        if (error == EEXIST)
            return Error{ErrorCode::CannotWriteFile, {shown(safety)}, QStringLiteral("EEXIST")};
        return makeError(ErrorCode::CannotWriteFile, {shown(safety)});
    }
    return {};
}

// The BeforeRestore copy under a free name (another process may take one meanwhile).
Result<QString> newSafetyCopy(const Database &live, const QList<Migration> *liveSteps, sqlite3 *locked,
                              const QString &databasePath, const QDateTime &now)
{
    for (int attempt = 0;; ++attempt) {
        const QString safety = BackupFolder::newPathFor(databasePath, BackupKind::BeforeRestore, now);
        const Status made = safetyCopy(live, liveSteps, locked, safety);
        if (made)
            return safety;
        if (made.error().nativeCode == QLatin1String("EEXIST") && attempt < 5)
            continue;
        return made.error();
    }
}

// One write lock from the safety copy to the end of the restore: SQLite's backup API takes it on its
// first step (on a connection of its own, so that the open one can still read in WAL mode) and holds it
// until it is finished. No other workstation can commit in between, so everything acknowledged before is
// in the safety copy, everything after waits and lands in the restored file.
Result<QString> restoreLocked(const Database &live, const QList<Migration> *liveSteps,
                              const QString &databasePath, const QString &source, const QString &backupPath,
                              const QDateTime &now)
{
    NativeFile from;
    if (Status s = from.open(source, false); !s)
        return s.error();
    auto target = destinationFor(live, liveSteps);
    if (!target)
        return target.error();
    sqlite3 *into = (*target)->nativeHandle();
    if (!into)
        return makeError(ErrorCode::CannotOpen, {shown(live.path())});
    sqlite3_backup *backup = sqlite3_backup_init(into, "main", from.handle(), "main");
    if (!backup)
        return restoreError(sqlite3_extended_errcode(into), into, backupPath, live.path());
    if (const int rc = sqlite3_backup_step(backup, 0); rc != SQLITE_OK && rc != SQLITE_DONE) {
        sqlite3_backup_finish(backup);
        return restoreError(rc, into, backupPath, live.path());
    }
    auto safety = newSafetyCopy(live, liveSteps, into, databasePath, now);
    if (!safety) {
        sqlite3_backup_finish(backup);
        return safety.error();
    }
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return restoreError(rc, into, backupPath, live.path());
    if (finished != SQLITE_OK)
        return restoreError(finished, into, backupPath, live.path());
    // The content was replaced: every reader's position of the change feed now means "everything".
    if (Status s = ChangeFeed(**target).newGeneration(); !s)
        return s.error();
    return safety;
}

} // namespace

Result<QString> restore(const Database &live, const QList<Migration> *liveSteps, const QString &databasePath,
                        const QString &backupPath, const QDateTime &now, const QList<Migration> *migrations)
{
    const QList<Migration> &steps = migrations ? *migrations : sqliteMigrations();
    if (Status s = refused(live, backupPath); !s)
        return s.error();
    auto facts = inspect(backupPath, &steps);
    if (!facts)
        return facts.error();
    WorkFiles work;
    auto current = upToDate(backupPath, facts->schemaVersion, steps, work);
    if (!current)
        return current.error();
    auto source = fittingPageSize(live, *current, work);
    if (!source)
        return source.error();
    if (Status s = BackupFolder::ensureFolder(databasePath); !s)
        return s.error();
    BackupFolder::removeLeftovers(databasePath);
    return restoreLocked(live, liveSteps, databasePath, *source, backupPath, now);
}

Result<QString> recover(const QString &databasePath, const QString &backupPath, const QDate &today,
                        const QList<Migration> *migrations)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    auto facts = inspect(backupPath, migrations);
    if (!facts)
        return facts.error();

    QString aside = path + QStringLiteral(".beschaedigt-") + today.toString(Qt::ISODate);
    const QString base = aside;
    for (int serial = 2; QFileInfo::exists(aside); ++serial)
        aside = base + QLatin1Char('-') + QString::number(serial);
    const bool hadFile = QFileInfo::exists(path);
    if (hadFile && !QFile::rename(path, aside))
        return makeError(ErrorCode::CannotWriteFile, {shown(path)});
    // A journal or WAL belongs to the damaged file: left here, SQLite would apply it to the restored one.
    QStringList movedSides;
    for (const char *side : {"-wal", "-shm", "-journal"}) {
        const QString from = path + QLatin1String(side);
        if (QFileInfo::exists(from) && QFile::rename(from, aside + QLatin1String(side)))
            movedSides << QLatin1String(side);
    }
    if (Status s = NativeFile::copyToNewFile(backupPath, path); !s) {
        // Put everything back as it was.
        if (hadFile && !QFileInfo::exists(path) && QFile::rename(aside, path)) {
            for (const QString &side : std::as_const(movedSides))
                QFile::rename(aside + side, path + side);
        }
        return s.error();
    }
    return hadFile ? aside : QString();
}

} // namespace Sprechtag::SqliteBackup
