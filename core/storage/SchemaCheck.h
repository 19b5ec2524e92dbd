// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/Schema.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace Sprechtag {

class Database;

// One entry of sqlite_schema as it is compared: type, name, table and SQL with insignificant spacing and
// letter case taken out.
struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
};

// The schema of one list of migrations up to one version, worked out once (SchemaCheck::build).
struct SchemaReference
{
    QByteArray id; // SchemaCheck::id of the list and version
    int version = 0;
    QList<SchemaObject> objects;
};

// A file claims a schema version in its header; everything in its sqlite_schema (tables, indexes,
// triggers, views) must be exactly what the migrations up to that version create. Anything else (a
// trigger that cancels new bookings, a view, a missing index) means the file was made or changed by
// something other than Sprechtag, and it is refused before any of it can run or be written to.
class SchemaCheck
{
public:
    // What the migrations up to `version` create, built once per list and version by applying them to
    // an in-memory database, so that a new migration needs no change here (or taken from seed()).
    static Result<QList<SchemaObject>> expected(const QList<Migration> &migrations, int version);

    // The same, built now (neither taken from nor put into what expected() keeps).
    static Result<QList<SchemaObject>> build(const QList<Migration> &migrations, int version);

    // What identifies a list and version: a digest of every statement up to `version`.
    static QByteArray id(const QList<Migration> &migrations, int version);

    // A reference worked out beforehand (at build time, storage/SchemaReference.h) for expected() to
    // return instead of applying the migrations again. Taken only when it belongs to this program's own
    // migrations at their current version (its id says so); false otherwise.
    static bool seed(const SchemaReference &reference);

    // The schema of the "main" database of `handle`.
    static Result<QList<SchemaObject>> actual(sqlite3 *handle);

    // One phrase per difference ("extra trigger x", "missing index y", "table z differs"); empty when
    // the schema is exactly that of `version`.
    static Result<QStringList> differences(sqlite3 *handle, const QList<Migration> &migrations, int version);

    // SchemaMismatch naming the differences of the file `path`, open on `handle`.
    static Status verify(sqlite3 *handle, const QString &path, const QList<Migration> &migrations,
                         int version);

    // SQL text as compared: runs of white space become one space where they separate two words and
    // vanish elsewhere; letters outside quotes are lower case.
    static QString normalised(const QString &sql);
};

} // namespace Sprechtag
