// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "backup/Backups.h"
#include "common/Clock.h"
#include "storage/DatabaseFile.h"
#include "storage/DatabasePath.h"
#include "storage/MigrationData.h"
#include "storage/OpenFiles.h"
#include "storage/SchemaCheck.h"
#include "storage/SearchText.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtEndian>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <chrono>

namespace Sprechtag {

// The file a connection was opened on, as device and inode; empty once the connection is closed.
struct FileWatch
{
    QString path;
    std::optional<FileIdentity> identity;
    bool rescueTried = false;
    bool rescued = false;
};

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("sprechtag-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's own busy handler sleeps up to 100 ms between looks at the lock; with several busy writers a
// waiting one can look only while the lock is held, again and again, until its time is up. Looking every
// few milliseconds gives every waiter a fair chance within the same timeout.
int busyHandler(void *state, int attempt)
{
    auto *wait = static_cast<BusyWait *>(state);
    const auto now = std::chrono::steady_clock::now();
    if (attempt == 0)
        wait->since = now;
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - wait->since).count();
    if (waited >= wait->timeoutMs)
        return 0;
    sqlite3_sleep(waited < 200 ? 1 : 3);
    return 1;
}

// Any commit, also of a statement outside a WriteTransaction: refused (rolled back) when the file at the
// path is no longer the one this connection writes to.
int commitGuard(void *state)
{
    const auto *watch = static_cast<const FileWatch *>(state);
    return watch->identity && fileIdentity(watch->path) == watch->identity ? 0 : 1;
}

void staffUserFunction(sqlite3_context *context, int, sqlite3_value **)
{
    const auto *name = static_cast<const QByteArray *>(sqlite3_user_data(context));
    sqlite3_result_text(context, name->constData(), int(name->size()), SQLITE_TRANSIENT);
}

} // namespace

Status Database::initialiseFile(const QString &path, const QList<Migration> &migrations)
{
    // Build the new file under a temporary name and rename it into place: the database file either does
    // not exist or is complete, even when the process is killed half-way.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                        QStringLiteral(".new-XXXXXX"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return makeError(ErrorCode::CannotOpen, {QDir::toNativeSeparators(path)});
    temp.close(); // QTemporaryFile created it 0600; SQLite's side files inherit that mode.
    {
        OpenOptions o;
        o.migrations = &migrations;
        o.quickCheckLimitBytes = 0;
        auto opened = Database::openFile(temp.fileName(), o, true);
        if (!opened)
            return opened.error();
    }
    QFile::remove(temp.fileName() + QStringLiteral("-wal"));
    QFile::remove(temp.fileName() + QStringLiteral("-shm"));
    if (!QFile::rename(temp.fileName(), path)) {
        // Someone else created the file meanwhile; theirs stands.
        if (!QFileInfo::exists(path))
            return makeError(ErrorCode::CannotOpen, {QDir::toNativeSeparators(path)});
        return {};
    }
    temp.setAutoRemove(false);
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_watch(std::make_unique<FileWatch>())
{}

Database::~Database()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::close()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!checkFile() && !m_watch->rescued)
                rescueWal();
            db.close();
        }
    }
    if (m_watch->identity) {
        OpenDatabaseFiles::remove(*m_watch->identity);
        m_watch->identity.reset();
    }
}

// The file left its path. What was committed before that lies partly in "<path>-wal", which SQLite hands
// to whatever file comes to the path next and, for a moved file, no longer copies back on close: copy it
// into our file now and empty it (one try, and one more on close).
void Database::rescueWal() const
{
    m_watch->rescueTried = true;
    if (!m_watch->identity || m_transactionDepth > 0 || m_journalMode != JournalMode::Wal)
        return;
    QSqlQuery q(connection());
    m_watch->rescued =
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
}

Status Database::checkFile() const
{
    if (m_watch->identity && fileIdentity(m_path) == m_watch->identity)
        return {};
    if (!m_watch->rescueTried)
        rescueWal();
    return makeError(ErrorCode::FileReplaced, {QDir::toNativeSeparators(m_path)});
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sprechtag.sqlite");
}

QString Database::systemUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Started without a login environment (a service, a desktop launcher, su): the account itself.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("?");
}

void Database::setStaffUser(const QString &name)
{
    *m_staffUser = name.toUtf8();
}

std::optional<FileIdentity> Database::openedFile() const
{
    return m_watch->identity;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath, const OpenOptions &options)
{
    const QString path =
        QFileInfo(requestedPath.isEmpty() ? defaultPath() : requestedPath).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const QList<Migration> &migrations = options.migrations ? *options.migrations : sqliteMigrations();
    const int known = migrations.constLast().version;

    // A folder, device or FIFO is refused from stat alone, before anything opens it.
    if (Status s = checkDatabasePath(path, options.create && !options.readOnly,
                                     QFileInfo(defaultPath()).absolutePath());
        !s)
        return s.error();
    if (!QFileInfo::exists(path)) {
        if (Status s = initialiseFile(path, migrations); !s)
            return s.error();
    }

    // Reading the header ourselves opens and closes a descriptor of the file: while SQLite holds the file
    // in this process, that close would drop its locks. It passed these checks when it was opened; a side
    // file of it is no database, and SQLite must not open (and close) it either.
    // (migrate() still refuses a newer schema, or a file to migrate that cannot be written.)
    const HeldAs held = OpenDatabaseFiles::holds(path);
    if (held == HeldAs::SideFile)
        return makeError(ErrorCode::NotADatabase, {shown});
    if (held == HeldAs::NotHeld) {
        const DatabaseFile::HeaderCheck header = DatabaseFile::inspectHeader(path);
        if (header.problem)
            return makeError(*header.problem, {shown});
        if (header.userVersion > known)
            return makeError(ErrorCode::NewerSchema,
                             {shown, QString::number(header.userVersion), QString::number(known)});
        if (header.userVersion < known && (options.readOnly || !DatabaseFile::ownerMayWrite(path)))
            return makeError(ErrorCode::ReadOnly, {shown});
    }
    return openFile(path, options, false);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const OpenOptions &options,
                                                     bool fresh)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QList<Migration> &migrations = options.migrations ? *options.migrations : sqliteMigrations();
    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_readOnly = !fresh && (options.readOnly || !DatabaseFile::ownerMayWrite(path));
    db->m_migrations = options.migrations;
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
        if (db->m_readOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (db->m_readOnly && DatabaseFile::readOnlySnapshot(path)) {
            conn.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?mode=ro&immutable=1"));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            conn.setDatabaseName(path);
        }
        conn.setConnectOptions(connectOptions);
        if (!conn.open()) {
            Error e = db->mapError(conn.lastError());
            if (e.code == ErrorCode::StorageFailure)
                e = makeError(ErrorCode::CannotOpen, {shown});
            return e;
        }
        if (sqlite3 *native = db->nativeHandle()) {
            db->m_busyWait->timeoutMs = options.busyTimeoutMs;
            sqlite3_busy_handler(native, busyHandler, db->m_busyWait.get());
            // Innocuous: the audit triggers may call it although trusted_schema is off.
            *db->m_staffUser = systemUserName().toUtf8();
            sqlite3_create_function_v2(native, "sprechtag_actor", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                       db->m_staffUser.get(), staffUserFunction, nullptr, nullptr, nullptr);
            registerSearchFunctions(native);
        }
        // SQLite has the file open now: from here on nothing else in this process may open it.
        db->m_watch->path = path;
        db->m_watch->identity = fileIdentity(path);
        // A worker of a window: the file at the path must still be the window's.
        if (options.sameFileAs && db->m_watch->identity != options.sameFileAs) {
            db->m_watch->identity.reset(); // not registered as held: nothing to let go of on close
            return makeError(ErrorCode::FileReplaced, {shown});
        }
        if (db->m_watch->identity)
            OpenDatabaseFiles::add(path, *db->m_watch->identity);
        if (sqlite3 *native = db->nativeHandle())
            sqlite3_commit_hook(native, commitGuard, db->m_watch.get());
    }
    if (Status s = db->configure(options, fresh); !s)
        return s.error();
    if (Status s = db->migrate(migrations, options.migrationProgress); !s)
        return s.error();
    return db;
}

Status Database::configure(const OpenOptions &options, bool fresh)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    // Reading the schema is the first thing that touches the file's pages: a damaged or foreign file
    // fails here, before anything was written.
    Result<qint64> app = scalar(*this, QStringLiteral("PRAGMA application_id"));
    if (!app)
        return app.error();
    Result<qint64> objects = scalar(*this, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!objects)
        return objects.error();
    Result<qint64> version = scalar(*this, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    m_schemaVersion = static_cast<int>(*version);
    const bool empty = fresh && *app == 0 && *objects == 0 && m_schemaVersion == 0;
    if (!empty && *app != kApplicationId)
        return makeError(ErrorCode::NotSprechtagDatabase, {shown});
    // Exactly the tables, indexes, triggers and views of its version, before anything of it can run.
    const QList<Migration> &steps = options.migrations ? *options.migrations : sqliteMigrations();
    if (!empty && m_schemaVersion <= steps.constLast().version) {
        if (Status s = SchemaCheck::verify(nativeHandle(), m_path, steps, m_schemaVersion); !s)
            return s;
    }

    const qint64 size = QFileInfo(m_path).size();
    if (!empty && options.quickCheckLimitBytes > 0 && size <= options.quickCheckLimitBytes) {
        Query q(*this, QStringLiteral("PRAGMA quick_check(1)"));
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next() || q.text(0) != QLatin1String("ok"))
            return makeError(ErrorCode::Corrupt, {shown});
    }

    // trusted_schema: the search index's triggers write to FTS5 tables, which SQLite refuses in a trigger
    // while the schema is not trusted. It is trusted here only after SchemaCheck found exactly the schema
    // of our own migrations above; every function of ours is innocuous or direct-only. (Raw connections
    // to copies that are not verified yet keep it off: NativeFile.)
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON", "PRAGMA trusted_schema = ON"}) {
        if (Status s = execute(*this, QString::fromLatin1(pragma)); !s)
            return s.error();
    }

    m_network = options.assumeNetworkFileSystem || DatabaseFile::isNetworkFileSystem(m_path);
    if (fresh) {
        m_journalMode = JournalMode::Rollback; // decided when the finished file is opened
    } else if (!m_readOnly) {
        // WAL needs shared memory on one host: on a network share stay with the rollback journal.
        const QString wanted = m_network ? QStringLiteral("delete") : QStringLiteral("wal");
        Query q(*this, QStringLiteral("PRAGMA journal_mode = ") + wanted);
        if (Status s = q.exec(); !s && s.error().code != ErrorCode::Busy)
            return s.error();
        else if (s && q.next())
            m_journalMode = q.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
                                ? JournalMode::Wal
                                : JournalMode::Rollback;
    } else {
        Query q(*this, QStringLiteral("PRAGMA journal_mode"));
        if (q.exec() && q.next())
            m_journalMode = q.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0
                                ? JournalMode::Wal
                                : JournalMode::Rollback;
    }
    return {};
}

Status Database::migrate(const QList<Migration> &migrations, const std::function<void(int, int)> &progress)
{
    const int target = migrations.constLast().version;
    if (m_schemaVersion > target)
        return makeError(ErrorCode::NewerSchema, {QDir::toNativeSeparators(m_path),
                                                  QString::number(m_schemaVersion), QString::number(target)});
    if (m_schemaVersion == target)
        return {};
    if (m_readOnly)
        return makeError(ErrorCode::ReadOnly, {QDir::toNativeSeparators(m_path)});

    int total = m_schemaVersion > 0 ? 1 : 0;
    for (const Migration &step : migrations) {
        if (step.version > m_schemaVersion)
            total += int(step.statements.size()) + migrationDataSteps(step.version);
    }
    int done = 0;
    const bool existing = m_schemaVersion > 0;
    const auto report = [&](int more) {
        done += more;
        if (progress && existing)
            progress(done, total);
    };
    report(0);
    if (m_schemaVersion > 0) {
        // An existing file: keep a checked copy of it as it was before touching the schema, among the
        // other backups (Sicherungen/<name>_<date>_vor-update.sqlite, the last few kept).
        if (Status s = Backups::ensureFolder(m_path); !s)
            return s;
        const QString backup = Backups::newPathFor(m_path, BackupKind::BeforeUpdate, Clock::nowLocal());
        if (Status s = backupTo(backup); !s)
            return s;
        m_migrationBackup = backup;
        Backups(m_path).rotate(BackupKind::BeforeUpdate, backup);
        report(1);
    }

    for (const Migration &step : migrations) {
        if (step.version <= m_schemaVersion)
            continue;
        WriteTransaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        if (m_schemaVersion == 0) {
            if (Status s = execute(*this, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
                !s)
                return s;
        }
        for (const QString &statement : step.statements) {
            if (Status s = execute(*this, statement); !s)
                return s;
            report(1);
        }
        if (Status s = runMigrationDataStep(step.version, *this, [&](int, int) { report(1); }); !s)
            return s;
        if (Status s = execute(*this, QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        m_schemaVersion = step.version;
    }
    return {};
}

Status Database::backupTo(const QString &requestedTarget) const
{
    return Backups::writeCopy(*this, requestedTarget, m_migrations);
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    {
        Query q(*this, QStringLiteral("PRAGMA integrity_check"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (q.text(0) != QLatin1String("ok"))
                problems << q.text(0);
        }
        if (Status s = q.status(); !s)
            return s.error();
    }
    {
        Query q(*this, QStringLiteral("PRAGMA foreign_key_check"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            problems << QStringLiteral("foreign key: %1 row %2 -> %3").arg(q.text(0), q.text(1), q.text(2));
        if (Status s = q.status(); !s)
            return s.error();
    }
    return problems;
}

Result<qint64> Database::dataVersion() const
{
    if (Status s = checkFile(); !s)
        return s.error();
    return scalar(*this, QStringLiteral("PRAGMA data_version"));
}

} // namespace Sprechtag
