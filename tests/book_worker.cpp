// SPDX-License-Identifier: GPL-3.0-or-later
// Books every offered slot of a database, in an order of its own, as one of several competing
// workstations. One line per slot on stdout: "W slot booking" (won), "T slot" (taken by someone else),
// "E slot code" (anything else).
#include "scheduling/BookingService.h"
#include "storage/DayRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Sprechtag;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 1;
    const QString worker = args.at(2);
    auto db = Database::open(args.at(1));
    QTextStream out(stdout);
    if (!db) {
        out << "E 0 open " << errorMessage(db.error()) << Qt::endl;
        return 3;
    }
    QList<Id> slots;
    {
        Query q(**db, QStringLiteral("SELECT id FROM slot WHERE retired = 0 ORDER BY id"));
        if (!q.exec())
            return 3;
        while (q.next())
            slots << q.id(0);
    }
    QRandomGenerator random(worker.toUInt());
    std::shuffle(slots.begin(), slots.end(), random);
    BookingService service(**db);
    for (Id slot : slots) {
        BookingRequest request;
        request.slotId = slot;
        request.company.name = QStringLiteral("Firma %1-%2").arg(worker).arg(slot);
        request.actor = QStringLiteral("worker%1").arg(worker);
        auto booked = service.book(request);
        if (booked)
            out << "W " << slot << ' ' << booked->booking.id << '\n';
        else if (booked.error().code == ErrorCode::SlotTaken)
            out << "T " << slot << '\n';
        else
            out << "E " << slot << ' ' << int(booked.error().code) << ' ' << booked.error().nativeCode
                << '\n';
    }
    out.flush();
    return 0;
}
