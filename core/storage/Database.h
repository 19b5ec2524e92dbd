// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/OpenFiles.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QSqlError;
struct sqlite3;

namespace Sprechtag {

struct OpenOptions
{
    // Create the file (0600, atomically) when it does not exist yet.
    bool create = true;
    // Never write, even if the file could be written.
    bool readOnly = false;
    // How long a write waits for another workstation's lock before giving up.
    int busyTimeoutMs = 5000;
    // Run PRAGMA quick_check before first use when the file is at most this large (0: never).
    qint64 quickCheckLimitBytes = 32 * 1024 * 1024;
    // The schema steps to apply; tests pass their own list to exercise the migration machinery.
    const QList<Migration> *migrations = nullptr;
    // Treat the file as lying on a network share (rollback journal, the hint to use a server) even when
    // statfs says otherwise; for tests.
    bool assumeNetworkFileSystem = false;
    // Called from the opening thread while a migration of an existing file runs: before it starts
    // (done 0), after the automatic copy and after each of its statements and steps.
    std::function<void(int done, int total)> migrationProgress;
    // The file another connection of this process has open (Database::openedFile()): a worker's open of
    // the same path fails with FileReplaced when the path names another file by now.
    std::optional<FileIdentity> sameFileAs;
};

enum class JournalMode
{
    Wal,
    Rollback,
};

struct BusyWait
{
    int timeoutMs = 5000;
    std::chrono::steady_clock::time_point since;
};

struct FileWatch;

// One open SQLite file with its pragmas, schema version and error mapping. Everything that touches SQL
// lives in storage/; services reach it through repositories.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (or creates) the file. A file that is not ours, damaged, from a newer schema or locked gives
    // an error and stays byte for byte as it was.
    static Result<std::unique_ptr<Database>> open(const QString &path, const OpenOptions &options = {});

    // QStandardPaths::AppDataLocation + "/sprechtag.sqlite".
    static QString defaultPath();

    QSqlDatabase connection() const;
    // SQLite's own handle under the Qt connection (nullptr if there is none), for what Qt SQL does not
    // offer: a fairer busy handler, and reading large results without a QVariant per value.
    sqlite3 *nativeHandle() const;
    QString path() const { return m_path; }
    // The file SQLite opened (device and inode), whatever the path names now.
    std::optional<FileIdentity> openedFile() const;
    bool isReadOnly() const { return m_readOnly; }
    JournalMode journalMode() const { return m_journalMode; }
    bool onNetworkFileSystem() const { return m_network; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where the automatic copy before the last migration went (empty when none was needed).
    QString migrationBackupPath() const { return m_migrationBackup; }

    // A consistent copy through VACUUM INTO, checked with integrity_check, then renamed into place (0600).
    Status backupTo(const QString &target) const;
    // integrity_check and foreign_key_check; an empty list means the file is sound.
    Result<QStringList> check() const;

    // Changes whenever another connection (window, process, PC) commits to the file; poll it to know when
    // to read again.
    Result<qint64> dataVersion() const;

    // Whether the file at path() is still the one that was opened (one stat): FileReplaced when it was
    // moved, replaced or deleted meanwhile, or after close(). Checked by dataVersion(), before every write
    // transaction and, for any other write, at its commit.
    Status checkFile() const;
    // Lets go of the file now, before the object goes (to open what is at path() again); every later use
    // fails.
    void close();

    // Maps a driver error by its code to an Error; the raw driver text is never part of the message.
    Error mapError(const QSqlError &error) const;

    // Who the audit log names for changes through this connection: the operating system's user name
    // unless set otherwise. SQL triggers read it through the function sprechtag_actor(), which exists
    // only on connections opened here, so another program cannot write without failing.
    QString staffUser() const { return QString::fromUtf8(*m_staffUser); }
    void setStaffUser(const QString &name);
    static QString systemUserName();

private:
    friend class WriteTransaction;
    friend class SchemaCheck;
    friend class Backups;
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, const OpenOptions &options,
                                                      bool fresh);
    static Status initialiseFile(const QString &path, const QList<Migration> &migrations);
    Status configure(const OpenOptions &options, bool fresh);
    Status migrate(const QList<Migration> &migrations, const std::function<void(int, int)> &progress);
    void rescueWal() const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_network = false;
    JournalMode m_journalMode = JournalMode::Rollback;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    // The schema steps this file was opened with (nullptr: sqliteMigrations()); copies are checked against
    // them.
    const QList<Migration> *m_migrations = nullptr;
    mutable int m_transactionDepth = 0;
    std::unique_ptr<BusyWait> m_busyWait = std::make_unique<BusyWait>();
    // The file as it was opened (device and inode), for checkFile().
    std::unique_ptr<FileWatch> m_watch;
    std::unique_ptr<QByteArray> m_staffUser = std::make_unique<QByteArray>();
};

// BEGIN IMMEDIATE ... COMMIT; rolls back when it goes out of scope uncommitted. Qt's transaction() sends a
// deferred BEGIN, which fails at once with SQLITE_BUSY when two writers meet instead of waiting. Inside
// another WriteTransaction it becomes a savepoint, so several service calls can form one unit.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    const Database &m_db;
    bool m_active = false;
    int m_level = 0;
};

} // namespace Sprechtag
