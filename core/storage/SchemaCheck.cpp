// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SchemaCheck.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <sqlite3.h>

namespace Sprechtag {

namespace {

QString key(const SchemaObject &o)
{
    return o.type + QLatin1Char('\n') + o.name.toLower();
}

// SQLite keeps statistics of ANALYZE and PRAGMA optimize in these; their content is no schema.
bool isStatistics(const SchemaObject &o)
{
    return o.type == QLatin1String("table") && o.name.startsWith(QLatin1String("sqlite_stat"));
}

void noActor(sqlite3_context *context, int, sqlite3_value **)
{
    sqlite3_result_null(context);
}

// The migrations up to `version` on a bare in-memory database; false when a step needs more than the
// bare connection offers (a function of our own, say).
bool buildBare(const QList<Migration> &migrations, int version, QList<SchemaObject> *out)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return false;
    }
    sqlite3_create_function_v2(db, "sprechtag_actor", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, nullptr, noActor,
                               nullptr, nullptr, nullptr);
    bool ok = true;
    for (const Migration &step : migrations) {
        if (step.version > version || !ok)
            break;
        for (const QString &statement : step.statements) {
            if (sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        auto objects = SchemaCheck::actual(db);
        ok = objects.ok();
        if (ok)
            *out = *objects;
    }
    sqlite3_close_v2(db);
    return ok;
}

enum class Finding
{
    Extra,
    Missing,
    Differs,
};

// Whole phrases, so that each language can say them its own way: by finding (Extra, Missing, Differs),
// then by the object's type (table, index, trigger, view, anything else).
const char *const kPhrases[3][5] = {
    {QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "extra table %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "extra index %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "extra trigger %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "extra view %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "extra object %1")},
    {QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "missing table %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "missing index %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "missing trigger %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "missing view %1"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "missing object %1")},
    {QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "table %1 differs"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "index %1 differs"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "trigger %1 differs"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "view %1 differs"),
     QT_TRANSLATE_NOOP("Sprechtag::SchemaCheck", "object %1 differs")},
};

QString phrase(Finding finding, const QString &type, const QString &name)
{
    static const QStringList types{QStringLiteral("table"), QStringLiteral("index"),
                                   QStringLiteral("trigger"), QStringLiteral("view")};
    const qsizetype known = types.indexOf(type);
    const char *text = kPhrases[int(finding)][known < 0 ? 4 : known];
    return fillPlaceholders(QCoreApplication::translate("Sprechtag::SchemaCheck", text), {name});
}

} // namespace

QString SchemaCheck::normalised(const QString &sql)
{
    const auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_');
    };
    QString out;
    out.reserve(sql.size());
    QChar quote;
    bool pendingSpace = false;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            out += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && isWord(out.back()) && isWord(c))
            out += QLatin1Char(' ');
        pendingSpace = false;
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('[')) {
            quote = QLatin1Char(']');
            out += c;
        } else {
            out += c.toLower();
        }
    }
    return out;
}

Result<QList<SchemaObject>> SchemaCheck::actual(sqlite3 *handle)
{
    if (!handle)
        return makeError(ErrorCode::StorageFailure);
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema", -1, &stmt,
                                nullptr);
    QList<SchemaObject> out;
    if (rc == SQLITE_OK) {
        const auto text = [stmt](int column) {
            const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
            return t ? QString::fromUtf8(t) : QString();
        };
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            SchemaObject o{text(0), text(1), text(2).toLower(), normalised(text(3))};
            if (!isStatistics(o))
                out << o;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        Error e = makeError((rc & 0xff) == SQLITE_CORRUPT  ? ErrorCode::Corrupt
                            : (rc & 0xff) == SQLITE_NOTADB ? ErrorCode::NotADatabase
                            : (rc & 0xff) == SQLITE_BUSY   ? ErrorCode::Busy
                            : (rc & 0xff) == SQLITE_LOCKED ? ErrorCode::Busy
                                                           : ErrorCode::StorageFailure);
        e.nativeCode = QString::number(sqlite3_extended_errcode(handle));
        return e;
    }
    return out;
}

QByteArray SchemaCheck::id(const QList<Migration> &migrations, int version)
{
    // Keyed by the statements themselves: a test's own list never meets the real one's schema.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(version));
    for (const Migration &step : migrations) {
        if (step.version > version)
            break;
        hash.addData(QByteArray::number(step.version));
        for (const QString &statement : step.statements) {
            hash.addData(statement.toUtf8());
            hash.addData(QByteArray(1, '\0'));
        }
    }
    return hash.result();
}

namespace {

struct References
{
    QMutex mutex;
    QHash<QByteArray, QList<SchemaObject>> byId;
};

References &references()
{
    static References kept;
    return kept;
}

} // namespace

Result<QList<SchemaObject>> SchemaCheck::build(const QList<Migration> &migrations, int version)
{
    QList<SchemaObject> objects;
    if (buildBare(migrations, version, &objects))
        return objects;
    // A step needs what only our own connections offer: build it through one of them.
    QList<Migration> prefix;
    for (const Migration &step : migrations) {
        if (step.version <= version)
            prefix << step;
    }
    if (prefix.isEmpty())
        return QList<SchemaObject>();
    OpenOptions options;
    options.migrations = &prefix;
    options.quickCheckLimitBytes = 0;
    auto db = Database::openFile(QStringLiteral(":memory:"), options, true);
    if (!db)
        return db.error();
    return actual((*db)->nativeHandle());
}

Result<QList<SchemaObject>> SchemaCheck::expected(const QList<Migration> &migrations, int version)
{
    const QByteArray key = id(migrations, version);
    References &kept = references();
    {
        QMutexLocker lock(&kept.mutex);
        if (auto it = kept.byId.constFind(key); it != kept.byId.constEnd())
            return *it;
    }
    auto built = build(migrations, version);
    if (!built)
        return built.error();
    QMutexLocker lock(&kept.mutex);
    kept.byId.insert(key, *built);
    return built;
}

bool SchemaCheck::seed(const SchemaReference &reference)
{
    if (reference.version != currentSchemaVersion() ||
        reference.id != id(sqliteMigrations(), currentSchemaVersion()))
        return false;
    References &kept = references();
    QMutexLocker lock(&kept.mutex);
    kept.byId.insert(reference.id, reference.objects);
    return true;
}

Result<QStringList> SchemaCheck::differences(sqlite3 *handle, const QList<Migration> &migrations, int version)
{
    auto want = expected(migrations, version);
    if (!want)
        return want.error();
    auto have = actual(handle);
    if (!have)
        return have.error();
    QHash<QString, SchemaObject> wanted;
    for (const SchemaObject &o : *want)
        wanted.insert(key(o), o);
    QStringList out;
    QSet<QString> seen;
    for (const SchemaObject &o : *have) {
        const QString k = key(o);
        seen.insert(k);
        const auto it = wanted.constFind(k);
        if (it == wanted.constEnd()) {
            out << phrase(Finding::Extra, o.type, o.name);
        } else if (it->table != o.table || it->sql != o.sql) {
            out << phrase(Finding::Differs, o.type, o.name);
        }
    }
    for (const SchemaObject &o : *want) {
        if (!seen.contains(key(o)))
            out << phrase(Finding::Missing, o.type, o.name);
    }
    return out;
}

Status SchemaCheck::verify(sqlite3 *handle, const QString &path, const QList<Migration> &migrations,
                           int version)
{
    auto found = differences(handle, migrations, version);
    if (!found) {
        Error e = found.error();
        if (e.code == ErrorCode::Corrupt || e.code == ErrorCode::NotADatabase)
            e.args = {QDir::toNativeSeparators(path)};
        return e;
    }
    if (found->isEmpty())
        return {};
    return makeError(ErrorCode::SchemaMismatch, {QDir::toNativeSeparators(path), QString::number(version),
                                                 found->join(QStringLiteral(", "))});
}

} // namespace Sprechtag
