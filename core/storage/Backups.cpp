// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Backups.h"

#include "storage/Database.h"
#include "storage/OpenFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <algorithm>

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

// An SQLite result code as one of our errors about the file `path`.
Error nativeError(int rc, const QString &path)
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
    case SQLITE_IOERR:
        e.code = ErrorCode::IoError;
        break;
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
        return nativeError(sqlite3_extended_errcode(to), targetPath);
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return nativeError(rc, targetPath);
    if (finished != SQLITE_OK)
        return nativeError(finished, targetPath);
    return {};
}

// Writes the database `from` as a new file `target` (which must not exist): built under a temporary
// name (0600 from the start), then renamed into place.
Status copyToNewFile(const QString &from, const QString &target)
{
    const QFileInfo info(target);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".restore-XXXXXX"));
    temp.setAutoRemove(true);
    if (!temp.open())
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    temp.close();
    {
        NativeFile dest;
        if (Status s = dest.open(temp.fileName(), true); !s)
            return s;
        if (Status s = copyInto(from, dest.handle(), target); !s)
            return s;
    }
    QFile::remove(temp.fileName() + QStringLiteral("-journal"));
    QFile::setPermissions(temp.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(temp.fileName(), target))
        return makeError(ErrorCode::CannotWriteFile, {shown(target)});
    temp.setAutoRemove(false);
    return {};
}

struct Parsed
{
    BackupInfo info;
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
        if (!QDir().mkpath(folder))
            return makeError(ErrorCode::CannotWriteFile, {shown(folder)});
        // Backups hold everyone's contact data: only the owner may look inside.
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return {};
}

QString Backups::newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when)
{
    const QString stem = folderFor(databasePath) + QLatin1Char('/') +
                         QFileInfo(databasePath).completeBaseName() + QLatin1Char('_') +
                         when.toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    const QString suffix = QLatin1Char('_') + tagFor(kind) + QStringLiteral(".sqlite");
    QString path = stem + suffix;
    for (int serial = 2; QFileInfo::exists(path); ++serial)
        path = stem + QLatin1Char('-') + QString::number(serial) + suffix;
    return path;
}

Result<QString> Backups::create(const Database &db, BackupKind kind, const QDateTime &when) const
{
    if (Status s = ensureFolder(m_databasePath); !s)
        return s.error();
    const QString target = newPathFor(m_databasePath, kind, when);
    if (Status s = db.backupTo(target); !s)
        return s.error();
    rotate(kind);
    return target;
}

Result<QString> Backups::dailyBackupIfDue(const Database &db, const QDate &today) const
{
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
        QStringLiteral(")\\.sqlite$"));
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
        p.serial = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        p.modified = entry.lastModified();
        found << p;
    }
    std::sort(found.begin(), found.end(), [](const Parsed &a, const Parsed &b) {
        if (a.info.made != b.info.made)
            return a.info.made > b.info.made;
        if (a.serial != b.serial)
            return a.serial > b.serial;
        return a.modified > b.modified;
    });
    QList<BackupInfo> out;
    out.reserve(found.size());
    for (const Parsed &p : found)
        out << p.info;
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

void Backups::rotate(BackupKind kind) const
{
    const int keep = std::max(1, m_policy.limitFor(kind));
    QList<BackupInfo> ofKind;
    for (const BackupInfo &b : list()) {
        if (b.kind == kind)
            ofKind << b;
    }
    if (ofKind.size() <= keep)
        return;
    // Only make room when the newest copy of this kind is sound: then no rotation can remove the last
    // usable one.
    if (!inspect(ofKind.first().path))
        return;
    for (qsizetype i = keep; i < ofKind.size(); ++i)
        QFile::remove(ofKind.at(i).path);
}

Result<QString> Backups::restore(const Database &live, const QString &backupPath, const QDateTime &now,
                                 const QList<Migration> *migrations) const
{
    const QList<Migration> &steps = migrations ? *migrations : sqliteMigrations();
    if (live.isReadOnly())
        return makeError(ErrorCode::ReadOnly, {shown(live.path())});
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(live.path()).absoluteFilePath())
        return makeError(ErrorCode::InvalidInput,
                         {shown(backupPath),
                          QCoreApplication::translate(
                              "Sprechtag::Backups", "this is the database file itself, not a backup of it")});
    auto facts = inspect(backupPath, &steps);
    if (!facts)
        return facts.error();

    // A copy from an older schema is brought up to date in a temporary file first, so the live file goes
    // in one step from its current state to the restored one.
    std::optional<QTemporaryDir> work;
    QString source = backupPath;
    if (facts->schemaVersion < steps.constLast().version) {
        work.emplace();
        if (!work->isValid())
            return makeError(ErrorCode::CannotWriteFile, {shown(work->path())});
        const QString temp = work->filePath(QStringLiteral("restore.sqlite"));
        if (Status s = copyToNewFile(backupPath, temp); !s)
            return s.error();
        OpenOptions options;
        options.create = false;
        options.migrations = &steps;
        options.quickCheckLimitBytes = 0;
        auto migrated = Database::open(temp, options);
        if (!migrated)
            return migrated.error();
        migrated = Error{}; // closed: the WAL is checkpointed into the file
        source = temp;
    }

    auto safety = create(live, BackupKind::BeforeRestore, now);
    if (!safety)
        return safety.error();
    if (Status s = copyInto(source, live.nativeHandle(), live.path()); !s)
        return s.error();
    return *safety;
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
