// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/DayService.h"
#include "storage/ConsultantRepository.h"
#include "storage/Database.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace Sprechtag::Test {

// Minutes since midnight: h(9) is 09:00, h(9, 30) is 09:30.
constexpr int h(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

// The sentence of a failed result for QVERIFY2 (empty when it succeeded).
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : errorMessage(r.error()).toUtf8();
}

// The permission bits of a file or folder (0600 for everything we write, 0700 for the backup folder), or
// -1 when it cannot be looked at.
inline int fileMode(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

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

// The slot of the day with this consultant starting at `start` (minutes), or 0.
inline Id slotAt(const Database &db, Id dayId, Id consultant, int start)
{
    auto slots = DayRepository(db).slotsOfDay(dayId);
    if (!slots)
        return 0;
    for (const SlotDetails &s : *slots) {
        if (s.slot.consultantId == consultant && s.slot.time.start == start)
            return s.slot.id;
    }
    return 0;
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
