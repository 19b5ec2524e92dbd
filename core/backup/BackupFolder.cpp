// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupFolder.h"

#include "backup/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <sys/stat.h>

#include <algorithm>
#include <optional>

namespace Sprechtag::BackupFolder {

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

struct Parsed
{
    BackupInfo info;
    qint64 sequence = 0; // 0: a copy named before sequence numbers
    int serial = 0;
    QDateTime modified; // orders copies made within the same second
};

QRegularExpression namePattern(const QString &databasePath)
{
    static const QString tags = QStringLiteral("taeglich|manuell|vor-wiederherstellung|vor-update");
    return QRegularExpression(QStringLiteral("^") +
                              QRegularExpression::escape(QFileInfo(databasePath).completeBaseName()) +
                              QStringLiteral("_(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?_(") +
                              tags + QStringLiteral(")(?:_(\\d{1,18}))?\\.sqlite$"));
}

std::optional<Parsed> parse(const QRegularExpression &pattern, const QFileInfo &entry)
{
    const QRegularExpressionMatch m = pattern.match(entry.fileName());
    if (!m.hasMatch())
        return std::nullopt;
    Parsed p;
    p.info.path = entry.absoluteFilePath();
    p.info.kind = *kindForTag(m.captured(3));
    p.info.made = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    if (!p.info.made.isValid())
        return std::nullopt;
    p.info.sizeBytes = entry.size();
    p.info.sequence = m.captured(4).toLongLong();
    p.sequence = p.info.sequence;
    p.serial = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    p.modified = entry.lastModified();
    return p;
}

} // namespace

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QLatin1Char('/') + kFolderName;
}

Status ensureFolder(const QString &databasePath)
{
    const QString folder = folderFor(databasePath);
    if (!QFileInfo(folder).isDir()) {
        // Backups hold everyone's contact data: only the owner may look inside, from the start.
        const int rc = ::mkdir(QFile::encodeName(folder).constData(), 0700);
        if (rc != 0 && errno != EEXIST)
            return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(folder)});
        if (!QFileInfo(folder).isDir())
            return makeError(ErrorCode::CannotWriteFile, {QDir::toNativeSeparators(folder)});
    }
    return {};
}

QString newPathFor(const QString &databasePath, BackupKind kind, const QDateTime &when)
{
    // The sequence number orders the copies by when they were made, whatever the clock said.
    qint64 sequence = 0;
    for (const BackupInfo &b : list(databasePath))
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

QList<BackupInfo> list(const QString &databasePath)
{
    const QRegularExpression pattern = namePattern(databasePath);
    QList<Parsed> found;
    const QFileInfoList entries =
        QDir(folderFor(databasePath)).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (std::optional<Parsed> p = parse(pattern, entry))
            found << *p;
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

int removeLeftovers(const QString &databasePath)
{
    // In the backup folder every temporary copy is ours; next to the database only those of its file.
    const QFileInfo database(databasePath);
    const QString databaseName = database.fileName();
    return PartFile::removeLeftoversIn(folderFor(databasePath), [](const QString &) { return true; }) +
           PartFile::removeLeftoversIn(database.absolutePath(),
                                       [&databaseName](const QString &name) { return name == databaseName; });
}

QStringList beyondLimit(const QList<BackupInfo> &copies, BackupKind kind, int keep, const QString &justMade,
                        bool (*newestIsSound)(const QString &path))
{
    const QString made = justMade.isEmpty() ? QString() : QFileInfo(justMade).absoluteFilePath();
    QList<BackupInfo> others;
    bool madeListed = false;
    for (const BackupInfo &b : copies) {
        if (b.kind != kind)
            continue;
        if (b.path == made)
            madeListed = true;
        else
            others << b;
    }
    const qsizetype keepOthers = std::max(1, keep) - (madeListed ? 1 : 0);
    if (others.size() <= keepOthers)
        return {};
    // Only make room when the newest copy of this kind is sound (the one just made was checked before
    // it got its name): then no rotation can remove the last usable one.
    if (!madeListed && (others.isEmpty() || !newestIsSound(others.first().path)))
        return {};
    QStringList out;
    for (qsizetype i = keepOthers; i < others.size(); ++i)
        out << others.at(i).path;
    return out;
}

} // namespace Sprechtag::BackupFolder
