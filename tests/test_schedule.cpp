// SPDX-License-Identifier: GPL-3.0-or-later
// The read side and the two document use cases in core: the day grid (hours x consultants, the
// consultants in the day's order), confirmation letters (a cancelled booking refused, letters recorded)
// and the booking list export (the consultant filter applied by the query).
#include "TestSupport.h"

#include "documents/ConfirmationService.h"
#include "exchange/BookingListExport.h"
#include "scheduling/BookingService.h"
#include "scheduling/Schedule.h"
#include "storage/DayRepository.h"
#include "storage/ExportRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestSchedule : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_format = 0;
    QList<Id> m_consultants; // Ising, Östreicher, Beispiel (in the order of insertion)
    Id m_day = 0;            // Beispiel, Ising, Östreicher (the day's order)
    Id m_booked = 0;         // Ising 10:00, with a contact person
    Id m_cancelled = 0;      // Östreicher 11:00
    QDate m_date{2025, 3, 20};

    const Database &db() const { return *m_tmp->db; }

    Id book(Id consultant, int start, const QString &company, std::optional<Contact> contact = {})
    {
        BookingRequest r;
        r.slotId = slotAt(db(), m_day, consultant, start);
        r.company.name = company;
        r.contact = std::move(contact);
        r.actor = QStringLiteral("test");
        auto booked = BookingService(db()).book(r);
        if (!booked) {
            qWarning("booking failed: %s", why(booked).constData());
            return 0;
        }
        return booked->booking.id;
    }

    QString file(const QString &name) const { return m_tmp->dir.filePath(name); }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_format = addFormat(db(), QStringLiteral("Website-Check"));
        m_consultants = {addConsultant(db(), QStringLiteral("Thorsten Ising")),
                         addConsultant(db(), QStringLiteral("Anna Östreicher")),
                         addConsultant(db(), QStringLiteral("Maria Beispiel"))};
        QVERIFY(m_format != 0 && !m_consultants.contains(0));
        ConsultationDay day =
            makeDay(m_format, m_date, {m_consultants.at(2), m_consultants.at(0), m_consultants.at(1)});
        day.breaks << TimeRange{h(12), h(13)};
        day.consultants[0].room = QStringLiteral("R 3");
        day.consultants[0].hours = TimeRange{h(13), h(16)};
        day.consultants[1].room = QStringLiteral("R 1");
        day.consultants[2].room = QStringLiteral("R 2");
        auto created = DayService(db()).create(day);
        QVERIFY2(created.ok(), why(created).constData());
        m_day = created->id;

        Contact erika;
        erika.firstName = QStringLiteral("Erika");
        erika.lastName = QStringLiteral("Muster");
        erika.phone = QStringLiteral("+49 30 123456");
        erika.email = QStringLiteral("erika@muster.example");
        m_booked = book(m_consultants.at(0), h(10), QStringLiteral("Muster GmbH"), erika);
        m_cancelled = book(m_consultants.at(1), h(11), QStringLiteral("Storno AG"));
        QVERIFY(m_booked != 0 && m_cancelled != 0);
        auto cancelled =
            BookingService(db()).cancel(m_cancelled, QStringLiteral("krank"), QStringLiteral("t"));
        QVERIFY2(cancelled.ok(), why(cancelled).constData());
        QVERIFY(DayService(db()).setSlotBlocked(slotAt(db(), m_day, m_consultants.at(1), h(14)), true).ok());
    }

    void gridHasTheConsultantsAsColumnsInTheDaysOrder()
    {
        auto grid = Schedule(db()).grid(m_day);
        QVERIFY2(grid.ok(), why(grid).constData());
        QVERIFY(grid->has_value());
        const DayGrid &g = **grid;
        QCOMPARE(g.formatName, QStringLiteral("Website-Check"));
        QCOMPARE(g.columns.size(), 3);
        QCOMPARE(g.columns.at(0).consultantId, m_consultants.at(2));
        QCOMPARE(g.columns.at(0).name, QStringLiteral("Maria Beispiel"));
        QCOMPARE(g.columns.at(0).room, QStringLiteral("R 3"));
        QCOMPARE(g.columns.at(0).hours, (TimeRange{h(13), h(16)}));
        QCOMPARE(g.columns.at(1).consultantId, m_consultants.at(0));
        QCOMPARE(g.columns.at(1).name, QStringLiteral("Thorsten Ising"));
        QCOMPARE(g.columns.at(1).hours, (TimeRange{h(9), h(16)})); // the day's
        QCOMPARE(g.columns.at(2).consultantId, m_consultants.at(1));
        QCOMPARE(g.columnIndex(m_consultants.at(1)), 2);
        QCOMPARE(g.columnIndex(4711), -1);

        // 09:00 to 16:00 in hours with the break 12:00-13:00 as a row of its own.
        QCOMPARE(g.rows.size(), 7);
        QCOMPARE(g.rows.at(3).time, (TimeRange{h(12), h(13)}));
        QVERIFY(g.rows.at(3).isBreak);
        for (const DayGridRow &row : g.rows)
            QCOMPARE(row.cells.size(), row.isBreak ? 0 : 3);

        using Kind = DayGridCell::Kind;
        const DayGridRow &nine = g.rows.at(0);
        QCOMPARE(nine.time, (TimeRange{h(9), h(10)}));
        QCOMPARE(nine.cells.at(0).kind, Kind::Absent); // Beispiel comes at 13:00
        QVERIFY(!nine.cells.at(0).slot);
        QCOMPARE(nine.cells.at(1).kind, Kind::Free);
        QCOMPARE(nine.cells.at(1).slot->slot.consultantId, m_consultants.at(0));

        const DayGridCell &booked = g.rows.at(1).cells.at(1);
        QCOMPARE(booked.kind, Kind::Booked);
        QCOMPARE(booked.bookingId(), m_booked);
        QCOMPARE(booked.booking->companyName, QStringLiteral("Muster GmbH"));
        QCOMPARE(booked.booking->contactName, QStringLiteral("Erika Muster"));
        QCOMPARE(booked.booking->contactPhone, QStringLiteral("+49 30 123456"));
        QCOMPARE(booked.booking->contactEmail, QStringLiteral("erika@muster.example"));
        // The cancelled booking frees its slot.
        QCOMPARE(g.rows.at(2).cells.at(2).kind, Kind::Free);
        QVERIFY(!g.rows.at(2).cells.at(2).booking);
        QCOMPARE(g.rows.at(5).cells.at(2).kind, Kind::Blocked);
        QCOMPARE(g.rows.at(5).cells.at(0).kind, Kind::Free);

        // Slots: 6 for Ising and Östreicher each, 3 for Beispiel, one of them blocked.
        QCOMPARE(g.slotCount, 6 + 6 + 3 - 1);
        QCOMPARE(g.bookedCount, 1);
    }

    void columnsComeFromOneRead()
    {
        auto day = DayRepository(db()).byId(m_day);
        QVERIFY(day.ok() && day->has_value());
        auto columns = DayRepository(db()).columnsOfDay(**day);
        QVERIFY2(columns.ok(), why(columns).constData());
        QCOMPARE(columns->size(), 3);
        QStringList names;
        for (const DayGridColumn &c : *columns)
            names << c.name + QLatin1Char('/') + c.room;
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Maria Beispiel/R 3"), QStringLiteral("Thorsten Ising/R 1"),
                              QStringLiteral("Anna Östreicher/R 2")}));
    }

    void unknownDayHasNoGrid()
    {
        auto grid = Schedule(db()).grid(4711);
        QVERIFY2(grid.ok(), why(grid).constData());
        QVERIFY(!grid->has_value());
        auto day = Schedule(db()).day(m_day);
        QVERIFY(day.ok() && day->has_value());
        QCOMPARE((*day)->totalSlots, 14);
        QCOMPARE(Schedule(db()).daysOn(m_date, QStringLiteral("WEBSITE-CHECK"))->size(), 1);
        QCOMPARE(Schedule(db()).daysOn(m_date, QStringLiteral("Social"))->size(), 0);
    }

    void cancelledBookingGetsNoLetter()
    {
        const QString pdf = file(QStringLiteral("storno.pdf"));
        auto refused = ConfirmationService(db()).produce(ConfirmationRequest{m_cancelled, {}, 0, {}}, pdf);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::BookingAlreadyCancelled);
        QVERIFY(!QFileInfo::exists(pdf));
        auto unknown = ConfirmationService(db()).load(ConfirmationRequest{4711, {}, 0, {}});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    }

    void lettersOfADayAreWrittenAndRecorded()
    {
        const QString pdf = file(QStringLiteral("tag.pdf"));
        auto produced = ConfirmationService(db()).produce(
            ConfirmationRequest{0, m_date, 0, QStringLiteral("website-check")}, pdf);
        QVERIFY2(produced.ok(), why(produced).constData());
        QCOMPARE(produced->written, 1); // the cancelled one is not confirmed
        QCOMPARE(produced->bookingIds, QList<Id>{m_booked});
        QVERIFY(read(pdf).startsWith("%PDF"));
        auto booking = Schedule(db()).booking(m_booked);
        QVERIFY(booking.ok() && booking->has_value());
        QVERIFY((*booking)->booking.confirmationSentAt.isValid());

        const QString none = file(QStringLiteral("none.pdf"));
        auto empty =
            ConfirmationService(db()).produce(ConfirmationRequest{0, m_date.addDays(1), 0, {}}, none);
        QVERIFY2(empty.ok(), why(empty).constData());
        QCOMPARE(empty->written, 0);
        QVERIFY(!QFileInfo::exists(none));
        auto noFormat =
            ConfirmationService(db()).load(ConfirmationRequest{0, m_date, 0, QStringLiteral("Nix")});
        QVERIFY(!noFormat.ok());
        QCOMPARE(noFormat.error().code, ErrorCode::NotFound);
    }

    void consultantFilterIsAppliedByTheQuery()
    {
        const Id other = book(m_consultants.at(1), h(9), QStringLiteral("Andere KG"));
        QVERIFY(other != 0);
        BookingListQuery query;
        query.consultantIds = {m_consultants.at(1)};
        auto rows = ExportRepository(db()).rows(query);
        QVERIFY2(rows.ok(), why(rows).constData());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().bookingId, other);
        query.includeCancelled = true;
        rows = ExportRepository(db()).rows(query);
        QCOMPARE(rows->size(), 2);
        query.consultantIds = {m_consultants.at(0), m_consultants.at(1)};
        query.includeCancelled = false;
        QCOMPARE(ExportRepository(db()).rows(query)->size(), 2);
    }

    void bookingListIsWrittenByItsSuffix()
    {
        const QString csv = file(QStringLiteral("liste.csv"));
        BookingListRequest request;
        request.consultantName = QStringLiteral("thorsten ising");
        auto written = BookingListExport(db()).write(request, csv);
        QVERIFY2(written.ok(), why(written).constData());
        QCOMPARE(written->exported, 1);
        QVERIFY(read(csv).contains("Muster GmbH"));
        QVERIFY(!read(csv).contains("Storno AG"));

        const QString ics = file(QStringLiteral("ising.ics"));
        QVERIFY(BookingListExport(db()).write(request, ics).ok());
        QVERIFY(read(ics).contains("BEGIN:VCALENDAR"));

        request.consultantName = QStringLiteral("Niemand");
        auto unknown = BookingListExport(db()).write(request, file(QStringLiteral("x.csv")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        const QString txt = file(QStringLiteral("liste.txt"));
        QVERIFY(!BookingListExport(db()).write(BookingListRequest{}, txt).ok());
        QVERIFY(!QFileInfo::exists(txt));
        QCOMPARE(bookingListTypeOf(QStringLiteral("a.XLSX")), std::optional(BookingListType::Xlsx));
        QCOMPARE(bookingListTypeOf(QStringLiteral("a.pdf")), std::nullopt);
    }
};

QTEST_MAIN(TestSchedule)
#include "test_schedule.moc"
