// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "scheduling/BookingService.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace Sprechtag;

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TempDatabase> m_owner;
    Test::TempDatabase *m_tp = nullptr;
    Id m_format = 0;
    Id m_ising = 0;
    Id m_michna = 0;

    Id createDay(const QDate &date, const QList<TimeRange> &breaks = {})
    {
        ConsultationDay day = Test::makeDay(m_format, date, {m_ising, m_michna});
        day.breaks = breaks;
        day.consultants[1].hours = TimeRange{9 * 60, 12 * 60};
        auto created = DayService(*m_tp->db).create(day);
        return created ? created->id : 0;
    }

    Id slotAt(Id dayId, Id consultant, int start)
    {
        auto slots = DayRepository(*m_tp->db).slotsOfDay(dayId);
        for (const SlotDetails &s : *slots) {
            if (s.slot.consultantId == consultant && s.slot.time.start == start)
                return s.slot.id;
        }
        return 0;
    }

    BookingDetails bookAt(Id slotId, const QString &company)
    {
        BookingRequest r;
        r.slotId = slotId;
        r.company.name = company;
        Contact c;
        c.firstName = QStringLiteral("Erika");
        c.lastName = QStringLiteral("Muster");
        r.contact = c;
        return BookingService(*m_tp->db).book(r).value();
    }

private Q_SLOTS:
    void init()
    {
        m_owner = std::make_unique<Test::TempDatabase>();
        m_tp = m_owner.get();
        QVERIFY(m_tp->open());
        m_format = Test::addFormat(*m_tp->db, QStringLiteral("Social Media Sprechtag"));
        m_ising = Test::addConsultant(*m_tp->db, QStringLiteral("Thorsten Ising"));
        m_michna = Test::addConsultant(*m_tp->db, QStringLiteral("Frank Michna"));
    }

    void dayListGroupsUpcomingByMonthAndFoldsPastDays()
    {
        const QDate today(2026, 11, 26);
        createDay(QDate(2021, 3, 25));
        createDay(QDate(2024, 5, 23));
        createDay(QDate(2026, 12, 3));
        createDay(QDate(2026, 12, 10));
        createDay(QDate(2027, 1, 14));
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(today).ok());
        // After the reload: the tester opens (fetches) every past year, which a reset in flight forbids.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3); // December, January, past
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        const QModelIndex past = model.pastGroupIndex();
        QCOMPARE(past.row(), 2);
        // The past holds years, newest first, each with its days once opened.
        QCOMPARE(model.rowCount(past), 2);
        const QModelIndex newest = model.index(0, 0, past);
        QCOMPARE(newest.data(DayListModel::YearRole).toInt(), 2024);
        QCOMPARE(newest.data(DayListModel::DayCountRole).toInt(), 1);
        QVERIFY(model.loadYear(2024).ok());
        QCOMPARE(model.index(0, 0, newest).data(DayListModel::DayIdRole).toLongLong(), Id(2));
        QVERIFY(model.index(0, 0, newest).data().toString().contains(QLatin1String("23.05.2024")));
        // Ising 7 slots + Michna 3 slots (own hours 9-12) = 10, all free.
        const QModelIndex dec3 = model.index(0, 0, model.index(0, 0));
        QCOMPARE(dec3.data(DayListModel::TotalSlotsRole).toInt(), 10);
        QCOMPARE(dec3.data(DayListModel::FreeSlotsRole).toInt(), 10);
        QVERIFY(dec3.data().toString().contains(QLatin1String("10 of 10 free")));
    }

    void dayListShowsBookingsAndFiltersByFormat()
    {
        const Id day = createDay(QDate(2026, 12, 3));
        bookAt(slotAt(day, m_ising, 9 * 60), QStringLiteral("Müller GmbH"));
        const Id other = Test::addFormat(*m_tp->db, QStringLiteral("Website-Check"));
        ConsultationDay second = Test::makeDay(other, QDate(2026, 12, 4), {m_ising});
        QVERIFY(DayService(*m_tp->db).create(second).ok());
        DayListModel model(*m_tp->db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(QDate(2026, 11, 26)).ok());
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.indexOfDay(day).data(DayListModel::FreeSlotsRole).toInt(), 9);
        model.setFormatFilter(other);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QVERIFY(!model.indexOfDay(day).isValid());
    }

    void gridShowsStatesOfEveryCell()
    {
        const Id day = createDay(QDate(2026, 12, 3), {TimeRange{12 * 60, 12 * 60 + 30}});
        const BookingDetails booked =
            bookAt(slotAt(day, m_michna, 10 * 60), QStringLiteral("<b>Müller</b> & Söhne"));
        QVERIFY(DayService(*m_tp->db).setSlotBlocked(slotAt(day, m_ising, 9 * 60), true).ok());
        DayGridModel model(*m_tp->db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(day).ok());
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Thorsten Ising"));
        // Rows: 9,10,11, break 12:00-12:30, 12:30, 13:30, 14:30 (15:30 would end after 16:00).
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("12:00–12:30"));
        using S = DayGridModel::CellState;
        QCOMPARE(model.state(model.index(0, 0)), S::Blocked);
        QCOMPARE(model.state(model.index(0, 1)), S::Free);
        QCOMPARE(model.state(model.index(1, 1)), S::Booked);
        QCOMPARE(model.state(model.index(3, 0)), S::Break);
        QCOMPARE(model.state(model.index(4, 1)), S::None); // Michna only until 12:00
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("free"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("<b>Müller</b> & Söhne\nErika Muster"));
        QCOMPARE(model.index(1, 1).data(DayGridModel::BookingIdRole).toLongLong(), booked.booking.id);
        QCOMPARE(model.bookedCount(), 1);
        QCOMPARE(model.freeCount(), 9 - 1 - 1);
        QCOMPARE(model.indexOfBooking(booked.booking.id), model.index(1, 1));
        // A cancelled booking leaves the cell free.
        QVERIFY(BookingService(*m_tp->db).cancel(booked.booking.id, {}, {}).ok());
        QVERIFY(model.reload().ok());
        QCOMPARE(model.state(model.index(1, 1)), S::Free);
    }

    void dragOfBookingOntoFreeCellAsksForMove()
    {
        const Id day = createDay(QDate(2026, 12, 3));
        const BookingDetails booked = bookAt(slotAt(day, m_ising, 9 * 60), QStringLiteral("Zieh GmbH"));
        DayGridModel model(*m_tp->db);
        QVERIFY(model.load(day).ok());
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsDragEnabled));
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsDropEnabled);
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(0, 0)}));
        QVERIFY(data);
        QSignalSpy spy(&model, &DayGridModel::moveRequested);
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0, 0)));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(2, 1)));
        model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(2, 1));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), booked.booking.id);
        QCOMPARE(spy.at(0).at(1).toLongLong(), slotAt(day, m_michna, 11 * 60));
    }
};

QTEST_MAIN(TestModels)
#include "test_models.moc"
