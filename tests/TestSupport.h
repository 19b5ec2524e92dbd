// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/DayService.h"
#include "storage/ConsultantRepository.h"
#include "storage/Database.h"
#include "storage/FormatRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Sprechtag::Test {

// A fresh database file in its own temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }

    bool open(const OpenOptions &options = {})
    {
        auto opened = Database::open(path(), options);
        if (!opened) {
            qWarning("open failed: %s", qUtf8Printable(errorMessage(opened.error())));
            return false;
        }
        db = std::move(opened).value();
        return true;
    }
};

inline Id addFormat(const Database &db, const QString &name)
{
    Format f;
    f.name = name;
    auto id = FormatRepository(db).insert(f);
    return id ? *id : 0;
}

inline Id addConsultant(const Database &db, const QString &name)
{
    Consultant c;
    c.name = name;
    auto id = ConsultantRepository(db).insert(c);
    return id ? *id : 0;
}

// A day 09:00-16:00 in one-hour slots with the given consultants.
inline ConsultationDay makeDay(Id formatId, const QDate &date, const QList<Id> &consultants)
{
    ConsultationDay day;
    day.formatId = formatId;
    day.date = date;
    day.location = QStringLiteral("Raum 1");
    for (Id c : consultants)
        day.consultants << DayConsultant{c, QString(), std::nullopt};
    return day;
}

} // namespace Sprechtag::Test
