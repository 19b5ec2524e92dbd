// SPDX-License-Identifier: GPL-3.0-or-later
// A workstation for the reliability tests, driven through the real services. Every line on stdout is
// written and flushed only after the step it reports is complete:
//   book DB SEED     books the free slots in an order of its own; "A booking slot" after each commit
//   churn DB SEED    books and cancels without end (until killed); "A booking slot" after each commit
//   hold DB MS       takes the write lock (BEGIN IMMEDIATE), prints "locked", keeps it MS ms, releases
//   migrate DB       opens the file with the slow test migration (ReliabilitySupport.h); "migrated N"
//   load DB SEED     like churn, but goes on after any refusal ("E ..."), for writing through restores;
//                    line n (from 0) of a booking is "A booking slot" for the company "Last SEED-n"
//   backups DB       makes manual backups without end (until killed); "B path" after each
#include "ReliabilitySupport.h"

#include "backup/Backups.h"
#include "scheduling/BookingService.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Sprechtag;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void sayError(const char *what, const Error &e)
{
    say(QByteArray("E ") + what + ' ' + QByteArray::number(int(e.code)) + ' ' + e.nativeCode.toUtf8());
}

Result<QList<Id>> slotIds(const Database &db, bool freeOnly)
{
    Query q(db, freeOnly ? QStringLiteral("SELECT s.id FROM slot s WHERE s.retired = 0 AND NOT EXISTS "
                                          "(SELECT 1 FROM booking b WHERE b.slot_id = s.id "
                                          "AND b.status <> 'cancelled') ORDER BY s.id")
                         : QStringLiteral("SELECT id FROM slot WHERE retired = 0 ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

BookingRequest request(Id slot, const QString &company, const QString &topic)
{
    BookingRequest r;
    r.slotId = slot;
    r.company.name = company;
    r.company.city = QStringLiteral("Bielefeld");
    r.topic = topic;
    r.actor = QStringLiteral("worker");
    return r;
}

int book(const Database &db, const QString &seed)
{
    auto slots = slotIds(db, true);
    if (!slots) {
        sayError("slots", slots.error());
        return 3;
    }
    QList<Id> order = *slots;
    QRandomGenerator random(seed.toUInt());
    std::shuffle(order.begin(), order.end(), random);
    BookingService service(db);
    for (Id slot : order) {
        // The test checks these values after the kill: company and topic follow from seed and slot.
        auto booked = service.book(request(slot, QStringLiteral("Firma %1-%2").arg(seed).arg(slot),
                                           QStringLiteral("Thema %1").arg(slot)));
        if (!booked) {
            sayError("book", booked.error());
            return 3;
        }
        say("A " + QByteArray::number(booked->booking.id) + ' ' + QByteArray::number(slot));
    }
    say("done");
    return 0;
}

// Books random slots and cancels what is taken, for ever. "churn" stops at the first refusal that is not a
// taken slot; "load" (writers beside restores) reports refusals and goes on.
int bookAndCancel(const Database &db, const QString &seed, bool keepGoing)
{
    auto slots = slotIds(db, false);
    if (!slots || slots->isEmpty())
        return 3;
    const QString topic = keepGoing ? QStringLiteral("Last") : QStringLiteral("Dauer");
    const QString reason = keepGoing ? QStringLiteral("load") : QStringLiteral("churn");
    QRandomGenerator random(seed.toUInt());
    BookingService service(db);
    BookingRepository bookings(db);
    for (qint64 n = 0;; ++n) {
        const Id slot = slots->at(random.bounded(int(slots->size())));
        auto booked = service.book(request(slot, QStringLiteral("%1 %2-%3").arg(topic, seed).arg(n),
                                           QStringLiteral("Thema %1").arg(n)));
        if (booked) {
            say("A " + QByteArray::number(booked->booking.id) + ' ' + QByteArray::number(slot));
            continue;
        }
        if (booked.error().code != ErrorCode::SlotTaken) {
            sayError("book", booked.error());
            if (keepGoing)
                continue;
            return 3;
        }
        auto taken = bookings.activeForSlot(slot);
        if (!taken || !*taken) {
            if (!keepGoing)
                return 3;
            say("E lookup");
            continue;
        }
        auto cancelled =
            service.cancel((*taken)->booking.id, reason, QStringLiteral("worker"), (*taken)->booking.version);
        if (!cancelled) {
            sayError("cancel", cancelled.error());
            if (!keepGoing)
                return 3;
        } else {
            say("C " + QByteArray::number((*taken)->booking.id) + ' ' + QByteArray::number(slot));
        }
    }
}

int backups(const Database &db)
{
    const Backups generations(db.path());
    for (;;) {
        auto made = generations.create(db, BackupKind::Manual, QDateTime::currentDateTime());
        if (!made) {
            sayError("backup", made.error());
            return 3;
        }
        say("B " + QFile::encodeName(*made));
    }
}

int hold(const Database &db, int ms)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s) {
        sayError("begin", s.error());
        return 3;
    }
    say("locked");
    // Holding the lock for this long is the scenario itself, not a way of waiting for something.
    QThread::msleep(ulong(ms));
    tx.rollback();
    say("released");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 1;
    const QString mode = args.at(1);
    OpenOptions options;
    if (mode == QLatin1String("migrate"))
        options.migrations = &Test::slowMigrations();
    auto db = Database::open(args.at(2), options);
    if (!db) {
        sayError("open", db.error());
        return 3;
    }
    if (mode == QLatin1String("migrate")) {
        say("migrated " + QByteArray::number((*db)->schemaVersion()));
        return 0;
    }
    if (mode == QLatin1String("backups"))
        return backups(**db);
    if (args.size() != 4)
        return 1;
    if (mode == QLatin1String("book"))
        return book(**db, args.at(3));
    if (mode == QLatin1String("churn"))
        return bookAndCancel(**db, args.at(3), false);
    if (mode == QLatin1String("load"))
        return bookAndCancel(**db, args.at(3), true);
    if (mode == QLatin1String("hold"))
        return hold(**db, args.at(3).toInt());
    return 1;
}
