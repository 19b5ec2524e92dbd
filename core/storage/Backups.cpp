// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/OpenFiles.h"
#include "storage/SchemaCheck.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

namespace Sprechtag {

namespace {

const QString kFolderName = QStringLiteral("Sicherungen");

QString tagFor(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("taeglich");
    case BackupKind::Manual:
        return QStringLiteral("manuell");
    case BackupKind::BeforeRestore:
        return QStringLiteral("vor-wiederherstellung");
    case BackupKind::BeforeUpdate:
        return QStringLiteral("vor-update");
    }
    return QStringLiteral("manuell");
}

std::optional<BackupKind> kindForTag(const QString &tag)
{
    for (BackupKind k :
         {BackupKind::Daily, BackupKind::Manual, BackupKind::BeforeRestore, BackupKind::BeforeUpdate}) {
        if (tagFor(k) == tag)
            return k;
    }
    return std::nullopt;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// An SQLite result code as one of our errors about the file `path`; `handle` (if any) tells a full disk
// from other input/output errors.
Error nativeError(int rc, const QString &path, sqlite3 *handle = nullptr)
{
    Error e;
    e.nativeCode = QString::number(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        e.code = ErrorCode::Busy;
        break;
    case SQLITE_READONLY:
        e.code = ErrorCode::ReadOnly;
        e.args = {shown(path)};
        break;
    case SQLITE_IOERR: {
        const int systemError = handle ? sqlite3_system_errno(handle) : 0;
        e.code = systemError == ENOSPC || systemError == EDQUOT ? ErrorCode::DiskFull : ErrorCode::IoError;
        break;
    }
    case SQLITE_CORRUPT:
        e.code = ErrorCode::Corrupt;
        e.args = {shown(path)};
        break;
    case SQLITE_FULL:
        e.code = ErrorCode::DiskFull;
        break;
    case SQLITE_NOTADB:
        e.code = ErrorCode::NotADatabase;
        e.args = {shown(path)};
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        e.code = ErrorCode::CannotOpen;
        e.args = {shown(path)};
        break;
    default:
        e.code = ErrorCode::StorageFailure;
        break;
    }
    return e;
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
        reason = QCoreApplication::translate("Sprechtag::Backups",
                                             "the database file was moved or deleted while it was open");
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

// A raw SQLite connection for files that are not the open database (backups, the file being rebuilt).
class NativeFile
{
public:
    NativeFile() = default;
    ~NativeFile()
    {
        if (m_handle)
            sqlite3_close_v2(m_handle);
    }
    NativeFile(const NativeFile &) = delete;
    NativeFile &operator=(const NativeFile &) = delete;

    Status open(const QString &path, bool writable)
    {
        m_path = path;
        const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, flags, nullptr);
        if (rc != SQLITE_OK)
            return nativeError(rc, path);
        sqlite3_busy_timeout(m_handle, 5000);
        // Nothing of a file that is not ours yet may run as part of reading it.
        sqlite3_exec(m_handle, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
        return {};
    }

    // The first column of every row, as text.
    Result<QStringList> rows(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nativeError(sqlite3_extended_errcode(m_handle), m_path);
        }
        QStringList out;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            out << (text ? QString::fromUtf8(text) : QString());
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return nativeError(rc, m_path);
        return out;
    }

    Result<qint64> number(const char *sql)
    {
        auto r = rows(sql);
        if (!r)
            return r.error();
        if (r->isEmpty())
            return qint64(0);
        return r->first().toLongLong();
    }

    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
    QString m_path;
};

// Copies the whole database `from` into the connection `to` with the backup API (pages, header, schema).
Status copyInto(const QString &from, sqlite3 *to, const QString &targetPath)
{
    if (!to)
        return makeError(ErrorCode::CannotOpen, {shown(targetPath)});
    NativeFile source;
    if (Status s = source.open(from, false); !s)
        return s;
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", source.handle(), "main");
    if (!backup)
        return nativeError(sqlite3_extended_errcode(to), targetPath, to);
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return nativeError(rc, targetPath, to);
    if (finished != SQLITE_OK)
        return nativeError(finished, targetPath, to);
    return {};
}

const QRegularExpression &leftoverPattern()
{
    // ".<copy>.part-<16 hex>" and its side files; six letters and digits: QTemporaryFile's names of
    // earlier versions.
    static const QRegularExpression pattern(
        QStringLiteral("^\\.(.+)\\.(?:part|restore)-([0-9A-Za-z]{6}|[0-9a-f]{16})(-journal|-wal|-shm)?$"));
    return pattern;
}

// The temporary file a copy is written to before it is renamed into place: created empty and 0600 in one
// step (O_EXCL), and locked (flock) while it is being written, so that a cleaner in another process
// tells a copy in progress from the leftover of a killed one. Removed unless committed.
class PartFile
{
public:
    PartFile() = default;
    ~PartFile()
    {
        if (m_fd < 0)
            return;
        if (!m_committed) {
            // Still locked: no cleaner can take the name meanwhile.
            for (const char *side : {"", "-journal", "-wal", "-shm"})
                ::unlink(QFile::encodeName(m_path + QLatin1String(side)).constData());
        }
        ::close(m_fd);
    }
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    Status create(const QString &target)
    {
        const QFileInfo info(target);
        for (int attempt = 0; attempt < 20; ++attempt) {
            const QString name = QStringLiteral("%1/.%2.part-%3")
                                     .arg(info.absolutePath(), info.fileName())
                                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
            const QByteArray encoded = QFile::encodeName(name);
            const int fd =
                ::open(encoded.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
            if (fd < 0) {
                if (errno == EEXIST)
                    continue;
                return makeError(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::CannotWriteFile,
                                 {shown(target)});
            }
            // A cleaner may have taken the name between open and lock; then start again.
            struct stat mine
            {};
            struct stat there
            {};
            if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &mine) != 0 ||
                ::lstat(encoded.constData(), &there) != 0 || mine.st_ino != there.st_ino ||
                mine.st_dev != there.st_dev) {
                ::close(fd);
                continue;
            }
            m_fd = fd;
            m_path = name;
            return {};
        }
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    }

    QString path() const { return m_path; }
    int fd() const { return m_fd; }

    // Renames the finished file to `target`; without `replace` an existing file stays and the answer
    // is false with EEXIST in *error.
    bool commit(const QString &target, bool replace, int *error = nullptr)
    {
        for (const char *side : {"-journal", "-wal", "-shm"})
            ::unlink(QFile::encodeName(m_path + QLatin1String(side)).constData());
        const QByteArray from = QFile::encodeName(m_path);
        const QByteArray to = QFile::encodeName(target);
        int rc = 0;
        if (replace) {
            rc = ::rename(from.constData(), to.constData());
        } else {
            rc = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
            if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
                // A file system without RENAME_NOREPLACE: a hard link fails on an existing name.
                rc = ::link(from.constData(), to.constData());
                if (rc == 0)
                    ::unlink(from.constData());
            }
        }
        if (rc != 0) {
            if (error)
                *error = errno;
            return false;
        }
        m_committed = true;
        return true;
    }

private:
    int m_fd = -1;
    QString m_path;
    bool m_committed = false;
};

// Removes the leftovers of killed copies in `folder` whose name fits `belongs` (copies still being
// written hold their lock and stay). Returns how many files went.
int removeLeftoversIn(const QString &folder, const std::function<bool(const QString &)> &belongs)
{
    int removed = 0;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    QStringList sides;
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch m = leftoverPattern().match(entry.fileName());
        if (!m.hasMatch() || !belongs(m.captured(1)))
            continue;
        if (!m.captured(3).isEmpty()) {
            sides << entry.absoluteFilePath();
            continue;
        }
        const QByteArray path = QFile::encodeName(entry.absoluteFilePath());
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat mine
        {};
        struct stat there
        {};
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && ::fstat(fd, &mine) == 0 &&
            ::lstat(path.constData(), &there) == 0 && mine.st_ino == there.st_ino &&
            mine.st_dev == there.st_dev && ::unlink(path.constData()) == 0)
            ++removed;
        ::close(fd);
    }
    // Side files whose copy is gone (removed above, or never there).
    for (const QString &side : std::as_const(sides)) {
        const QString main = side.left(side.lastIndexOf(QLatin1Char('-')));
        if (!QFileInfo::exists(main) && QFile::remove(side))
            ++removed;
    }
    return removed;
}

// Writes the database `from` as a new file `target` (which must not exist): built under a temporary
// name (0600 from the start), then renamed into place.
Status copyToNewFile(const QString &from, const QString &target)
{
    PartFile part;
    if (Status s = part.create(target); !s)
        return s;
    {
        NativeFile dest;
        if (Status s = dest.open(part.path(), true); !s)
            return s;
        if (Status s = copyInto(from, dest.handle(), target); !s)
            return s;
    }
    if (::fsync(part.fd()) != 0 || !part.commit(target, false))
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    return {};
}

// The bytes of the open file under `handle`, read through SQLite's own descriptor (opening and closing
// another one would drop every lock of this process on the file), into `fd`.
Status rawCopy(sqlite3 *handle, int fd, const QString &target)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return makeError(ErrorCode::IoError);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size;) {
        const int chunk = int(std::min<sqlite3_int64>(buffer.size(), size - offset));
        if (file->pMethods->xRead(file, buffer.data(), chunk, offset) != SQLITE_OK)
            return makeError(ErrorCode::IoError);
        for (int done = 0; done < chunk;) {
            const ssize_t n = ::write(fd, buffer.constData() + done, size_t(chunk - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return makeError(errno == ENOSPC || errno == EDQUOT ? ErrorCode::DiskFull
                                                                    : ErrorCode::CannotWriteFile,
                                 {shown(target)});
            done += int(n);
        }
        offset += chunk;
    }
    if (::fsync(fd) != 0)
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    return {};
}

int busyTimeoutOf(const Database &db)
{
    static const QRegularExpression option(QStringLiteral("QSQLITE_BUSY_TIMEOUT=(\\d+)"));
    const QRegularExpressionMatch m = option.match(db.connection().connectOptions());
    return m.hasMatch() ? m.captured(1).toInt() : 5000;
}

Result<qint64> pageSizeOf(const QString &path)
{
    NativeFile file;
    if (Status s = file.open(path, false); !s)
        return s.error();
    return file.number("PRAGMA page_size");
}

struct Parsed
{
    BackupInfo info;
    qint64 sequence = 0; // 0: a copy named before sequence numbers
    int serial = 0;
    QDateTime modified; // orders copies made within the same second
};

} // namespace

int BackupPolicy::limitFor(BackupKind kind) const
{
    switch (kind) {
    case BackupKind::Daily:
        return daily;
    case BackupKind::Manual:
        return manual;
    case BackupKind::BeforeRestore:
        return beforeRestore;
    case BackupKind::BeforeUpdate:
        return beforeUpdate;
    }
    return manual;
}

Backups::Backups(const QString &databasePath, BackupPolicy policy)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath()), m_folder(folderFor(databasePath)),
      m_policy(policy)
{}

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QLatin1Char('/') + kFolderName;
}

Status Backups::ensureFolder(const QString &databasePath)
{
    const QString folder = folderFor(databasePath);
    if (!QFileInfo(folder).isDir()) {
        // Backups hold everyone's contact data: only the owner may look inside, from the start.
        const int rc = ::mkdir(QFile::encodeName(folder).constData(), 0700);
        if (rc != 0 && errno != EEXIST)
            return makeError(ErrorCode::CannotWriteFile, {shown(folder)});
        if (!QFileInfo(folder).isDir())
            return makeError(ErrorCode::CannotWriteFile, {shown(folder)});
    }
    return {};
}

QString Backups::newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when)
{
    // The sequence number orders the copies by when they were made, whatever the clock said.
    qint64 sequence = 0;
    for (const BackupInfo &b : Backups(databasePath).list())
        sequence = std::max(sequence, b.sequence);
    ++sequence;
    const QString stem = folderFor(databasePath) + QLatin1Char('/') +
                         QFileInfo(databasePath).completeBaseName() + QLatin1Char('_') +
                         when.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    const QString suffix = QLatin1Char('_') + tagFor(kind) + QLatin1Char('_') +
                           QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0')) +
                           QStringLiteral(".sqlite");
    QString path = stem + suffix;
    for (int serial = 2; QFileInfo::exists(path); ++serial)
        path = stem + QLatin1Char('-') + QString::number(serial) + suffix;
    return path;
}

Status Backups::writeCopy(const Database &db, const QString &requestedTarget,
                          const QList<Migration> *migrations, bool replace)
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

int Backups::removeLeftovers() const
{
    // In the backup folder every temporary copy is ours; next to the database only those of its file.
    const QString databaseName = QFileInfo(m_databasePath).fileName();
    return removeLeftoversIn(m_folder, [](const QString &) { return true; }) +
           removeLeftoversIn(QFileInfo(m_databasePath).absolutePath(),
                             [&databaseName](const QString &name) { return name == databaseName; });
}

Result<QString> Backups::create(const Database &db, BackupKind kind, const QDateTime &when) const
{
    if (Status s = ensureFolder(m_databasePath); !s)
        return s.error();
    removeLeftovers();
    for (int attempt = 0;; ++attempt) {
        const QString target = newPathFor(m_databasePath, kind, when);
        Status s = writeCopy(db, target, db.m_migrations, false);
        if (!s) {
            // Another process took the name meanwhile: the next number is free.
            if (s.error().nativeCode == QLatin1String("EEXIST") && attempt < 5)
                continue;
            return s.error();
        }
        rotate(kind, target);
        return target;
    }
}

Result<QString> Backups::dailyBackupIfDue(const Database &db, const QDate &today) const
{
    // The first look at the folder after a start: what a killed copy left goes first.
    removeLeftovers();
    for (const BackupInfo &b : list()) {
        if (b.kind == BackupKind::Daily && b.made.date() == today)
            return QString();
    }
    return create(db, BackupKind::Daily, QDateTime(today, QTime::currentTime()));
}

QList<BackupInfo> Backups::list() const
{
    static const QString tags = QStringLiteral("taeglich|manuell|vor-wiederherstellung|vor-update");
    const QRegularExpression pattern(
        QStringLiteral("^") + QRegularExpression::escape(QFileInfo(m_databasePath).completeBaseName()) +
        QStringLiteral("_(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?_(") + tags +
        QStringLiteral(")(?:_(\\d{1,18}))?\\.sqlite$"));
    QList<Parsed> found;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch m = pattern.match(entry.fileName());
        if (!m.hasMatch())
            continue;
        Parsed p;
        p.info.path = entry.absoluteFilePath();
        p.info.kind = *kindForTag(m.captured(3));
        p.info.made = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
        if (!p.info.made.isValid())
            continue;
        p.info.sizeBytes = entry.size();
        p.info.sequence = m.captured(4).toLongLong();
        p.sequence = p.info.sequence;
        p.serial = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        p.modified = entry.lastModified();
        found << p;
    }
    // By when they were made: the sequence number first (the clock may have jumped), then the time.
    std::sort(found.begin(), found.end(), [](const Parsed &a, const Parsed &b) {
        if (a.sequence != b.sequence)
            return a.sequence > b.sequence;
        if (a.info.made != b.info.made)
            return a.info.made > b.info.made;
        if (a.serial != b.serial)
            return a.serial > b.serial;
        return a.modified > b.modified;
    });
    QList<BackupInfo> out;
    out.reserve(found.size());
    for (const Parsed &p : found) {
        // Rotated away by another process since the folder was read: not reported.
        if (QFileInfo::exists(p.info.path))
            out << p.info;
    }
    return out;
}

Result<BackupFacts> Backups::inspect(const QString &backupPath, const QList<Migration> *migrations)
{
    const QList<Migration> &steps = migrations ? *migrations : sqliteMigrations();
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
    BackupFacts facts;
    facts.schemaVersion = static_cast<int>(*version);
    if (auto bookings = file.number("SELECT count(*) FROM booking WHERE status <> 'cancelled'"))
        facts.bookings = *bookings;
    return facts;
}

std::optional<BackupInfo> Backups::newestSound(const QList<Migration> *migrations) const
{
    for (const BackupInfo &b : list()) {
        if (inspect(b.path, migrations))
            return b;
    }
    return std::nullopt;
}

void Backups::rotate(BackupKind kind, const QString &justMade) const
{
    const int keep = std::max(1, m_policy.limitFor(kind));
    const QString made = justMade.isEmpty() ? QString() : QFileInfo(justMade).absoluteFilePath();
    QList<BackupInfo> others;
    bool madeListed = false;
    for (const BackupInfo &b : list()) {
        if (b.kind != kind)
            continue;
        if (b.path == made)
            madeListed = true;
        else
            others << b;
    }
    const qsizetype keepOthers = keep - (madeListed ? 1 : 0);
    if (others.size() <= keepOthers)
        return;
    // Only make room when the newest copy of this kind is sound (the one just made was checked before
    // it got its name): then no rotation can remove the last usable one.
    if (!madeListed && (others.isEmpty() || !inspect(others.first().path)))
        return;
    for (qsizetype i = keepOthers; i < others.size(); ++i)
        QFile::remove(others.at(i).path);
}

Result<QString> Backups::restore(const Database &live, const QString &backupPath, const QDateTime &now,
                                 const QList<Migration> *migrations) const
{
    const QList<Migration> &steps = migrations ? *migrations : sqliteMigrations();
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
        return makeError(
            ErrorCode::RestoreFailed,
            {shown(backupPath), shown(live.path()),
             QCoreApplication::translate("Sprechtag::Backups",
                                         "the database file was moved or deleted while it was open")});
    auto facts = inspect(backupPath, &steps);
    if (!facts)
        return facts.error();

    // A copy from an older schema is brought up to date in a temporary file first, so the live file goes
    // in one step from its current state to the restored one.
    std::optional<QTemporaryDir> work;
    const auto workFile = [&work](const char *name) -> Result<QString> {
        if (!work)
            work.emplace();
        if (!work->isValid())
            return makeError(ErrorCode::CannotWriteFile, {shown(work->path())});
        return work->filePath(QString::fromLatin1(name));
    };
    QString source = backupPath;
    if (facts->schemaVersion < steps.constLast().version) {
        auto temp = workFile("restore.sqlite");
        if (!temp)
            return temp.error();
        if (Status s = copyToNewFile(backupPath, *temp); !s)
            return s.error();
        OpenOptions options;
        options.create = false;
        options.migrations = &steps;
        options.quickCheckLimitBytes = 0;
        auto migrated = Database::open(*temp, options);
        if (!migrated)
            return migrated.error();
        migrated = Error{}; // closed: the WAL is checkpointed into the file
        source = *temp;
    }
    // A database in WAL mode keeps its page size: a copy with another one is rebuilt to fit first.
    if (live.journalMode() == JournalMode::Wal) {
        auto livePageSize = scalar(live, QStringLiteral("PRAGMA page_size"));
        auto copyPageSize = pageSizeOf(source);
        if (!livePageSize)
            return livePageSize.error();
        if (!copyPageSize)
            return copyPageSize.error();
        if (*livePageSize != *copyPageSize) {
            auto temp = workFile("pages.sqlite");
            if (!temp)
                return temp.error();
            if (Status s = copyToNewFile(source, *temp); !s)
                return s.error();
            NativeFile rebuilt;
            if (Status s = rebuilt.open(*temp, true); !s)
                return s.error();
            const QByteArray sql = QByteArray("PRAGMA journal_mode = DELETE; PRAGMA page_size = ") +
                                   QByteArray::number(*livePageSize) + "; VACUUM;";
            if (const int rc = sqlite3_exec(rebuilt.handle(), sql.constData(), nullptr, nullptr, nullptr);
                rc != SQLITE_OK)
                return nativeError(sqlite3_extended_errcode(rebuilt.handle()), *temp, rebuilt.handle());
            source = *temp;
        }
    }
    if (Status s = ensureFolder(m_databasePath); !s)
        return s.error();
    removeLeftovers();

    // One write lock from the safety copy to the end of the restore: SQLite's backup API takes it on its
    // first step (on a connection of its own, so that the open one can still read in WAL mode) and holds
    // it until it is finished. No other workstation can commit in between, so everything acknowledged
    // before is in the safety copy, everything after waits and lands in the restored file.
    NativeFile from;
    if (Status s = from.open(source, false); !s)
        return s.error();
    // A connection like the open one (its fair busy handler: writers that poll every few milliseconds
    // would starve SQLite's own), used only as the backup's destination.
    OpenOptions options;
    options.create = false;
    options.quickCheckLimitBytes = 0;
    options.busyTimeoutMs = busyTimeoutOf(live);
    options.migrations = live.m_migrations;
    options.assumeNetworkFileSystem = live.onNetworkFileSystem();
    auto target = Database::open(live.path(), options);
    if (!target)
        return target.error();
    sqlite3 *into = (*target)->nativeHandle();
    if (!into)
        return makeError(ErrorCode::CannotOpen, {shown(live.path())});
    sqlite3_backup *backup = sqlite3_backup_init(into, "main", from.handle(), "main");
    if (!backup)
        return restoreError(sqlite3_extended_errcode(into), into, backupPath, live.path());
    const auto abandon = [&](int rc) -> Error {
        sqlite3_backup_finish(backup);
        return restoreError(rc, into, backupPath, live.path());
    };
    if (const int rc = sqlite3_backup_step(backup, 0); rc != SQLITE_OK && rc != SQLITE_DONE)
        return abandon(rc);

    QString safety;
    for (int attempt = 0;; ++attempt) {
        safety = newPathFor(m_databasePath, BackupKind::BeforeRestore, now);
        Status made;
        if (live.journalMode() == JournalMode::Wal) {
            // Readers still read in WAL mode: a checked VACUUM INTO of exactly the locked state.
            made = writeCopy(live, safety, live.m_migrations, false);
        } else {
            // With a rollback journal the lock is exclusive; the file itself is the locked state.
            PartFile part;
            made = part.create(safety);
            if (made)
                made = rawCopy(into, part.fd(), safety);
            if (made) {
                if (auto checked = inspect(part.path(), live.m_migrations); !checked)
                    made = checked.error();
            }
            int error = 0;
            if (made && !part.commit(safety, false, &error)) {
                made = makeError(ErrorCode::CannotWriteFile, {shown(safety)});
                if (error == EEXIST)
                    made = Error{ErrorCode::CannotWriteFile, {shown(safety)}, QStringLiteral("EEXIST")};
            }
        }
        if (made)
            break;
        if (made.error().nativeCode == QLatin1String("EEXIST") && attempt < 5)
            continue;
        sqlite3_backup_finish(backup);
        return made.error();
    }
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return restoreError(rc, into, backupPath, live.path());
    if (finished != SQLITE_OK)
        return restoreError(finished, into, backupPath, live.path());
    rotate(BackupKind::BeforeRestore, safety);
    return safety;
}

Result<QString> Backups::recover(const QString &databasePath, const QString &backupPath, const QDate &today,
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
    if (Status s = copyToNewFile(backupPath, path); !s) {
        // Put everything back as it was.
        if (hadFile && !QFileInfo::exists(path) && QFile::rename(aside, path)) {
            for (const QString &side : std::as_const(movedSides))
                QFile::rename(aside + side, path + side);
        }
        return s.error();
    }
    return hadFile ? aside : QString();
}

} // namespace Sprechtag
