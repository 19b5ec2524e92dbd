// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database whose tables of days and bookings span many pages, and a way to damage one page deep inside
// such a table: the kind of damage that PRAGMA quick_check finds, and that a read meets only after it
// has returned rows (a file beyond the quick-check limit is opened without the check).

#include "TestSupport.h"

#include "scheduling/BookingService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtEndian>
#include <QVariant>

namespace Sprechtag::Test {

struct DamageFacts
{
    int days = 0;
    int bookings = 0;
};

// 120 days of 32 slots each with long notes, and 400 bookings with long topics, in one transaction.
inline DamageFacts buildLargeFile(const QString &path)
{
    DamageFacts facts;
    auto opened = Database::open(path);
    if (!opened)
        return facts;
    const Database &db = **opened;
    WriteTransaction tx(db);
    if (!tx.begin())
        return facts;
    const Id format = addFormat(db, QStringLiteral("Sprechtag"));
    const Id consultant = addConsultant(db, QStringLiteral("Frank Michna"));
    DayService days(db);
    BookingService bookings(db);
    for (int i = 0; i < 120; ++i) {
        ConsultationDay day = makeDay(format, QDate(2025, 1, 6).addDays(i), {consultant});
        day.hours = {8 * 60, 16 * 60};
        day.slotMinutes = 15;
        day.notes = QString(400, QLatin1Char('n'));
        auto created = days.create(day);
        if (!created)
            return facts;
        ++facts.days;
        if (facts.bookings >= 400)
            continue;
        auto slots = DayRepository(db).slotsOfDay(created->id);
        if (!slots)
            return facts;
        for (const SlotDetails &slot : *slots) {
            if (facts.bookings >= 400)
                break;
            BookingRequest request;
            request.slotId = slot.slot.id;
            request.company.name = QStringLiteral("Firma %1").arg(facts.bookings % 40);
            request.topic = QString(300, QLatin1Char('t'));
            request.allowSecondSlotSameDay = true;
            request.actor = QStringLiteral("test");
            if (!bookings.book(request))
                return facts;
            ++facts.bookings;
        }
    }
    if (!tx.commit())
        return {};
    return facts;
}

// Overwrites, with zeros, the child page in the middle of a table's root page: rows before it are read
// first, then the read fails. False when the table does not span several pages.
inline bool damageMiddleOfTable(const QString &path, const QString &table)
{
    quint32 root = 0;
    qint64 pageSize = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(path);
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(
                    QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = '") +
                    table + QStringLiteral("'")) &&
                q.next())
                root = q.value(0).toUInt();
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toLongLong();
            q.finish();
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    if (root < 2 || pageSize < 512)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((root - 1) * pageSize))
        return false;
    const QByteArray page = file.read(pageSize);
    const auto *p = reinterpret_cast<const uchar *>(page.constData());
    if (page.size() != pageSize || p[0] != 0x05) // an interior table page
        return false;
    const int cells = qFromBigEndian<quint16>(p + 3);
    QList<quint32> children;
    for (int i = 0; i < cells; ++i)
        children << qFromBigEndian<quint32>(p + qFromBigEndian<quint16>(p + 12 + 2 * i));
    children << qFromBigEndian<quint32>(p + 8);
    if (children.size() < 3)
        return false;
    const quint32 victim = children.at(children.size() / 2);
    return file.seek((victim - 1) * pageSize) && file.write(QByteArray(pageSize, '\0')) == pageSize;
}

} // namespace Sprechtag::Test
