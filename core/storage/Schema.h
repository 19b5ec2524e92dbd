// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Sprechtag {

// One step of the schema: run in one transaction, then user_version = version.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// Identifies a Sprechtag file in the SQLite header ("SPTG").
constexpr int kApplicationId = 0x53505447;

// Every migration of the SQLite schema, oldest first; the last one's version is the current schema.
const QList<Migration> &sqliteMigrations();
int currentSchemaVersion();

} // namespace Sprechtag
