// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Backup.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sprechtag {

class Database;
struct Migration;
struct OpenOptions;

// The backup use cases of one database file, for the window and the command line alike. The copies lie
// in "<folder of the file>/Sicherungen/<name>_<yyyy-MM-dd_HH-mm-ss>_<kind>_<sequence>.sqlite". The folder
// lies next to the file, so on a share every PC sees the same backups; it is created 0700, every copy and
// its temporary file 0600 from the start. Copies are made with VACUUM INTO (Database::backupTo), never by
// copying the live file; a restore goes through SQLite's backup API into the database file. The sequence
// number, not the clock, tells which copy is newer. Names and the folder: backup/BackupFolder; the SQLite
// side: storage/SqliteBackup.
class Backups
{
public:
    explicit Backups(const QString &databasePath, BackupPolicy policy = {});

    static QString folderFor(const QString &databasePath);
    // The folder, created 0700 when missing.
    static Status ensureFolder(const QString &databasePath);
    // A free file name in the folder for a copy made at `when`.
    static QString newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when);

    QString folder() const { return m_folder; }

    // Options for a second connection (a worker thread's) to the file `db` has open: the same schema
    // steps, journal choice, access and busy timeout; no quick_check (the work checks what it needs).
    static OpenOptions workerOptions(const Database &db);

    // A checked copy of `db` at `target`: written to a temporary file created empty and 0600 next to it
    // (VACUUM INTO), checked with inspect(), renamed into place. Without `replace` an existing file is
    // never overwritten (then the error's nativeCode is "EEXIST"). Database::backupTo is this.
    static Status writeCopy(const Database &db, const QString &target, const QList<Migration> *migrations,
                            bool replace = true);
    // Removes what a killed backup or restore left (temporary copies no process is writing any more,
    // their -journal files) from the backup folder and, of this database, from its folder. Runs before
    // every backup and with the daily check on start. Returns how many files went.
    int removeLeftovers() const;

    // Makes a checked copy of the open database and rotates that kind. Returns the new file.
    Result<QString> create(const Database &db, BackupKind kind, const QDateTime &when) const;
    // One daily copy on the first start of `today` (a day with a daily copy already gets none). Returns
    // the new file, or an empty string when none was due.
    Result<QString> dailyBackupIfDue(const Database &db, const QDate &today) const;

    // The copies of this database, newest first (names and sizes only; nothing is opened).
    QList<BackupInfo> list() const;
    // Opens a copy read-only and checks it completely; an error says why it cannot be restored.
    static Result<BackupFacts> inspect(const QString &backupPath,
                                       const QList<Migration> *migrations = nullptr);
    // The newest copy that passes inspect(), if any.
    std::optional<BackupInfo> newestSound(const QList<Migration> *migrations = nullptr) const;

    // Replaces the content of the open database with the copy, through SQLite's backup API, so every
    // connection sees the change through data_version. The copy is checked first (its schema too); a copy
    // from an older schema is migrated (in a temporary file) before it goes in, one from a newer schema is
    // refused. The current state is kept as a BeforeRestore copy, whose path is returned: made under the
    // same write lock as the restore, so no commit of another workstation falls between the two.
    Result<QString> restore(const Database &live, const QString &backupPath, const QDateTime &now,
                            const QList<Migration> *migrations = nullptr) const;

    // For a file that cannot be opened (damaged, not a database, empty): moves it and its side files aside
    // ("<file>.beschaedigt-<date>", never deleted) and writes the copy in its place through the backup
    // API. The caller then opens the file as usual. Returns where the damaged file went.
    static Result<QString> recover(const QString &databasePath, const QString &backupPath, const QDate &today,
                                   const QList<Migration> *migrations = nullptr);

    // Removes the oldest copies of `kind` beyond the policy's limit, by sequence number. `justMade` is
    // never removed and counts among those kept.
    void rotate(BackupKind kind, const QString &justMade = {}) const;

private:
    QString m_databasePath;
    QString m_folder;
    BackupPolicy m_policy;
};

} // namespace Sprechtag
