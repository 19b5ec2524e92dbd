// SPDX-License-Identifier: GPL-3.0-or-later
// The day list at ten years of data (issue 12): past years read only when opened, the format filter with
// them, the search after a pause in typing on a worker thread (newest request wins), and a change here or
// by another workstation updating only the changed rows.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "scheduling/BookingService.h"
#include "scheduling/Schedule.h"
#include "search/SearchRunner.h"
#include "widgets/DayListPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

const QDate kToday(2026, 11, 26);

} // namespace

class TestDayList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_tp;
    Id m_format = 0;
    Id m_ising = 0;

    Id createDay(const QDate &date, Id format = 0)
    {
        auto created = DayService(*m_tp->db).create(makeDay(format ? format : m_format, date, {m_ising}));
        return created ? created->id : 0;
    }

    static Id bookAt(const Database &db, Id slotId, const QString &company)
    {
        BookingRequest r;
        r.slotId = slotId;
        r.company.name = company;
        auto booked = BookingService(db).book(r);
        return booked ? booked->booking.id : 0;
    }

    // The rows' ids of a group, in order.
    static QList<Id> daysOf(const QAbstractItemModel &model, const QModelIndex &group)
    {
        QList<Id> out;
        for (int r = 0; r < model.rowCount(group); ++r)
            out << model.index(r, 0, group).data(DayListModel::DayIdRole).toLongLong();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void init()
    {
        m_tp = std::make_unique<TempDatabase>();
        QVERIFY(m_tp->open());
        m_format = addFormat(*m_tp->db, QStringLiteral("Social Media Sprechtag"));
        m_ising = addConsultant(*m_tp->db, QStringLiteral("Thorsten Ising"));
    }

    void cleanup() { m_tp.reset(); }

    void pastYearIsReadOnlyWhenOpened()
    {
        createDay(QDate(2021, 3, 25));
        createDay(QDate(2021, 9, 2));
        const Id may = createDay(QDate(2024, 5, 23));
        const Id june = createDay(QDate(2024, 6, 13));
        createDay(QDate(2026, 12, 3));
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(kToday).ok());
        QCOMPARE(model.rowCount(), 2); // December, past
        const QModelIndex past = model.pastGroupIndex();
        QCOMPARE(model.rowCount(past), 2); // 2024, 2021
        const QModelIndex y2024 = model.index(0, 0, past);
        const QModelIndex y2021 = model.index(1, 0, past);
        QCOMPARE(y2024.data(DayListModel::YearRole).toInt(), 2024);
        QCOMPARE(y2021.data(DayListModel::DayCountRole).toInt(), 2);
        QVERIFY(y2024.data().toString().startsWith(QLatin1String("2024 (2 ")));
        // Nothing of the past is held yet, but the years show they can be opened.
        QCOMPARE(model.loadedDayCount(), 1);
        QCOMPARE(model.rowCount(y2024), 0);
        QVERIFY(model.hasChildren(y2024));
        QVERIFY(model.canFetchMore(y2024));

        // Opened in a view: that year's days, newest first, and no other year.
        QTreeView view;
        view.setModel(&model);
        view.show();
        view.expand(past);
        view.expand(model.index(0, 0, past));
        QApplication::processEvents();
        QCOMPARE(daysOf(model, model.index(0, 0, past)), (QList<Id>{june, may}));
        QVERIFY(model.isYearLoaded(2024));
        QVERIFY(!model.isYearLoaded(2021));
        QCOMPARE(model.loadedDayCount(), 3);
        QVERIFY(!model.canFetchMore(model.index(0, 0, past)));
    }

    void locatingAPastDayReadsItsYear()
    {
        const Id old = createDay(QDate(2021, 3, 25));
        createDay(QDate(2024, 5, 23));
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(kToday).ok());
        QVERIFY(!model.indexOfDay(old).isValid());
        const QModelIndex found = model.locateDay(old);
        QVERIFY(found.isValid());
        QCOMPARE(found.data(DayListModel::DayIdRole).toLongLong(), old);
        QCOMPARE(found.parent().data(DayListModel::YearRole).toInt(), 2021);
        QVERIFY(!model.isYearLoaded(2024));
    }

    void formatFilterAppliesToTheYears()
    {
        const Id website = addFormat(*m_tp->db, QStringLiteral("Website-Check"));
        const Id social2023 = createDay(QDate(2023, 3, 1));
        const Id web2023 = createDay(QDate(2023, 4, 1), website);
        createDay(QDate(2022, 5, 1), website);
        createDay(QDate(2026, 12, 3), website);
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(kToday).ok());
        model.setFormatFilter(m_format);
        // Only the social media day: no upcoming month, one year with one day.
        QCOMPARE(model.rowCount(), 1);
        QModelIndex past = model.pastGroupIndex();
        QCOMPARE(model.rowCount(past), 1);
        QCOMPARE(model.index(0, 0, past).data(DayListModel::DayCountRole).toInt(), 1);
        QVERIFY(model.loadYear(2023).ok());
        QCOMPARE(daysOf(model, model.index(0, 0, past)), QList<Id>{social2023});
        QVERIFY(!model.locateDay(web2023).isValid());

        model.setFormatFilter(website);
        QCOMPARE(model.rowCount(), 2); // December, past
        past = model.pastGroupIndex();
        QCOMPARE(model.rowCount(past), 2);
        QVERIFY(!model.isYearLoaded(2023)); // the filter read the counts again, not the days
        QVERIFY(model.locateDay(web2023).isValid());
        QCOMPARE(daysOf(model, model.yearIndex(2023)), QList<Id>{web2023});
    }

    void modelStaysConsistentWhileYearsLoad()
    {
        createDay(QDate(2021, 3, 25));
        createDay(QDate(2024, 5, 23));
        createDay(QDate(2026, 12, 3));
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(kToday).ok());
        // The tester walks every parent (and fetches what it can); then rows come and go.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Id added = createDay(QDate(2024, 7, 4));
        const Id upcoming = createDay(QDate(2027, 2, 4));
        QVERIFY(model.updateDays({added, upcoming}).ok());
        QVERIFY(model.indexOfDay(added).isValid());
        QCOMPARE(model.rowCount(), 3); // December, February, past
        QVERIFY(DayService(*m_tp->db).remove(upcoming).ok());
        QVERIFY(model.updateDays({upcoming}).ok());
        QCOMPARE(model.rowCount(), 2);
    }

    void updatedDaysChangeOnlyTheirRowsAndTheCounts()
    {
        const Id a = createDay(QDate(2026, 12, 3));
        const Id b = createDay(QDate(2026, 12, 10));
        createDay(QDate(2021, 3, 25));
        DayListModel model(*m_tp->db);
        QVERIFY(model.reload(kToday).ok());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(bookAt(*m_tp->db, slotAt(*m_tp->db, b, m_ising, h(9)), QStringLiteral("Müller GmbH")) != 0);
        QVERIFY(model.updateDays({b}).ok());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.indexOfDay(b));
        QCOMPARE(model.indexOfDay(b).data(DayListModel::FreeSlotsRole).toInt(), 6);
        QCOMPARE(model.indexOfDay(a).data(DayListModel::FreeSlotsRole).toInt(), 7);

        // A new day in a year that is not loaded: its count grows, no row is read.
        const Id older = createDay(QDate(2021, 6, 1));
        QVERIFY(model.updateDays({older}).ok());
        QCOMPARE(model.yearIndex(2021).data(DayListModel::DayCountRole).toInt(), 2);
        QVERIFY(!model.isYearLoaded(2021));
        QCOMPARE(reset.count(), 0);
    }

    void searchWaitsForAPauseAndRunsOnAWorker()
    {
        const Id day = createDay(QDate(2031, 12, 3));
        bookAt(*m_tp->db, slotAt(*m_tp->db, day, m_ising, h(9)), QStringLiteral("Fiktiv Software UG"));
        DayListPanel panel(*m_tp->db);
        panel.reload();
        auto *results = child<QListWidget>(panel, "searchResults");
        QSignalSpy answers(panel.searchRunner(), &SearchRunner::finished);
        panel.searchField()->setText(QStringLiteral("Fik"));
        panel.searchField()->setText(QStringLiteral("Fiktiv"));
        // Typing: the pause timer runs, no search has started.
        QVERIFY(panel.searchTimer()->isActive());
        QCOMPARE(panel.searchTimer()->interval(), DayListPanel::kSearchDelayMs);
        QCOMPARE(panel.searchRunner()->newest(), quint64(0));
        QVERIFY(results->isHidden());

        panel.searchNow(); // what the timer's timeout does
        QVERIFY(!panel.searchTimer()->isActive());
        QCOMPARE(panel.searchRunner()->newest(), quint64(1));
        QCOMPARE(results->count(), 1);
        QCOMPARE(results->item(0)->text(), QStringLiteral("Searching…"));
        QVERIFY(answers.wait());
        QCOMPARE(results->count(), 1);
        QVERIFY2(results->item(0)->text().startsWith(QLatin1String("Fiktiv Software UG")),
                 qPrintable(results->item(0)->text()));

        // Enter searches at once.
        panel.searchField()->setText(QStringLiteral("Fiktiv S"));
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(panel.searchRunner()->newest(), quint64(2));
        QVERIFY(!panel.searchTimer()->isActive());
        QVERIFY(answers.wait());
    }

    void anOlderSearchsAnswerIsDropped()
    {
        const Id day = createDay(QDate(2031, 12, 3));
        bookAt(*m_tp->db, slotAt(*m_tp->db, day, m_ising, h(9)), QStringLiteral("Fiktiv Software UG"));
        DayListPanel panel(*m_tp->db);
        panel.reload();
        auto *results = child<QListWidget>(panel, "searchResults");
        QSignalSpy answers(panel.searchRunner(), &SearchRunner::finished);
        panel.searchField()->setText(QStringLiteral("Nichts dergleichen"));
        panel.searchNow();
        const quint64 older = panel.searchRunner()->newest();
        panel.searchField()->setText(QStringLiteral("Fiktiv"));
        panel.searchNow();
        const quint64 newest = panel.searchRunner()->newest();
        QVERIFY(newest > older);
        // Wait for the newest answer (the worker skips or answers the older one first).
        while (answers.isEmpty() || answers.constLast().at(0).toULongLong() != newest)
            QVERIFY(answers.wait());
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(QLatin1String("Fiktiv")));
        // An older request's answer arriving late changes nothing.
        panel.showSearchResults(older, QList<SearchHit>{});
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(QLatin1String("Fiktiv")));
        // Clearing the field drops whatever is still on its way.
        panel.searchField()->setText(QStringLiteral("Fiktiv S"));
        panel.searchNow();
        const quint64 dropped = panel.searchRunner()->newest();
        panel.searchField()->clear();
        QVERIFY(results->isHidden());
        while (answers.isEmpty() || answers.constLast().at(0).toULongLong() != dropped)
            QVERIFY(answers.wait());
        QVERIFY(results->isHidden());
    }

    void everythingReloadsTheList()
    {
        createDay(QDate(2031, 12, 3));
        DayListPanel panel(*m_tp->db);
        panel.reload();
        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        DayChanges some;
        some.days = {createDay(QDate(2031, 12, 4))};
        panel.applyChanges(some);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(panel.model()->loadedDayCount(), 2);
        DayChanges all;
        all.everything = true;
        createDay(QDate(2031, 12, 5));
        panel.applyChanges(all);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(panel.model()->loadedDayCount(), 3);
        // Many days at once: one read of the list instead of one per day.
        DayChanges many;
        for (int i = 0; i < 60; ++i)
            many.days << createDay(QDate(2032, 1, 5).addDays(i));
        panel.applyChanges(many);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(panel.model()->loadedDayCount(), 63);
    }

    void anotherWorkstationsChangeUpdatesOnlyItsRow()
    {
        const Id shown = createDay(QDate(2031, 5, 6));
        const Id other = createDay(QDate(2031, 5, 7));
        const QString path = m_tp->path();
        MainWindow window(std::move(m_tp->db));
        window.show();
        auto *panel = window.findChild<DayListPanel *>();
        QVERIFY(panel);
        panel->selectDay(shown);
        auto *grid = child<QTableView>(window, "dayGrid");
        auto *gridModel = qobject_cast<DayGridModel *>(grid->model());
        QCOMPARE(gridModel->dayId(), shown);
        QSignalSpy listReset(panel->model(), &QAbstractItemModel::modelReset);
        QSignalSpy listChanged(panel->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy gridReset(gridModel, &QAbstractItemModel::modelReset);

        auto second = Database::open(path);
        QVERIFY(second.ok());
        // Another workstation blocks a slot of the day that is not shown: its row alone changes.
        QVERIFY(DayService(**second).setSlotBlocked(slotAt(**second, other, m_ising, h(9)), true).ok());
        window.refresh();
        QCOMPARE(listReset.count(), 0);
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(listChanged.at(0).at(0).value<QModelIndex>(), panel->model()->indexOfDay(other));
        QCOMPARE(panel->model()->indexOfDay(other).data(DayListModel::TotalSlotsRole).toInt(), 6);
        QCOMPARE(gridReset.count(), 0);
        QCOMPARE(panel->selectedDay(), shown);

        // Nothing changed: nothing is read again.
        window.refresh();
        QCOMPARE(listChanged.count(), 1);
        QCOMPARE(gridReset.count(), 0);

        // A booking there (with a new company: master data changed too): again only that row.
        QVERIFY(bookAt(**second, slotAt(**second, other, m_ising, h(10)), QStringLiteral("Neu AG")) != 0);
        window.refresh();
        QCOMPARE(listReset.count(), 0);
        QCOMPARE(listChanged.count(), 2);
        QCOMPARE(listChanged.at(1).at(0).value<QModelIndex>(), panel->model()->indexOfDay(other));
        QCOMPARE(panel->model()->indexOfDay(other).data(DayListModel::FreeSlotsRole).toInt(), 5);
        QCOMPARE(panel->selectedDay(), shown);
        gridReset.clear();

        // A booking on the shown day: the grid is read again, its cell booked; still no list reset.
        const Id slot = slotAt(**second, shown, m_ising, h(10));
        QVERIFY(bookAt(**second, slot, QStringLiteral("Schneller AG")) != 0);
        window.refresh();
        QCOMPARE(listReset.count(), 0);
        QVERIFY(gridReset.count() >= 1);
        QCOMPARE(gridModel->state(gridModel->indexOfSlot(slot)), DayGridModel::CellState::Booked);
        QCOMPARE(panel->model()->indexOfDay(shown).data(DayListModel::FreeSlotsRole).toInt(), 6);

        // The booking on the right changes elsewhere: the details show it as it is now.
        grid->setCurrentIndex(gridModel->indexOfSlot(slot));
        const Id booking = gridModel->indexOfSlot(slot).data(DayGridModel::BookingIdRole).toLongLong();
        const BookingDetails before = BookingService(**second).details(booking).value();
        BookingEdit edit;
        edit.bookingId = booking;
        edit.version = before.booking.version;
        edit.topic = QStringLiteral("Neues Thema");
        edit.company = Schedule(**second).company(before.booking.companyId).value().value();
        QVERIFY(BookingService(**second).edit(edit).ok());
        window.refresh();
        QCOMPARE(child<QLabel>(window, "detailsTopic")->text(), QStringLiteral("Neues Thema"));

        // A day created elsewhere appears as a row of its own.
        const Id created =
            DayService(**second).create(makeDay(m_format, QDate(2031, 6, 2), {m_ising})).value().id;
        window.refresh();
        QCOMPARE(listReset.count(), 0);
        QVERIFY(panel->model()->indexOfDay(created).isValid());
        QCOMPARE(panel->model()->rowCount(), 2); // May, June
        QVERIFY(panel->view()->isExpanded(panel->model()->indexOfDay(created).parent()));
    }

    void ownBookingRefreshesWithoutAListReload()
    {
        const Id day = createDay(QDate(2031, 5, 6));
        MainWindow window(std::move(m_tp->db));
        window.show();
        auto *panel = window.findChild<DayListPanel *>();
        panel->selectDay(day);
        QSignalSpy listReset(panel->model(), &QAbstractItemModel::modelReset);
        BookingRequest r;
        r.slotId = slotAt(window.database(), day, m_ising, h(9));
        r.company.name = QStringLiteral("Müller GmbH");
        QVERIFY(window.book(r).ok());
        QCOMPARE(listReset.count(), 0);
        QCOMPARE(panel->model()->indexOfDay(day).data(DayListModel::FreeSlotsRole).toInt(), 6);
        window.undoStack()->undo();
        QCOMPARE(listReset.count(), 0);
        QCOMPARE(panel->model()->indexOfDay(day).data(DayListModel::FreeSlotsRole).toInt(), 7);
    }

    void aSearchHitOnAPastDaySelectsIt()
    {
        const Id old = createDay(QDate(2021, 3, 25));
        createDay(QDate(2031, 5, 6));
        const Id booking =
            bookAt(*m_tp->db, slotAt(*m_tp->db, old, m_ising, h(11)), QStringLiteral("Fiktiv AG"));
        MainWindow window(std::move(m_tp->db));
        window.show();
        auto *panel = window.findChild<DayListPanel *>();
        QVERIFY(!panel->model()->isYearLoaded(2021));
        Q_EMIT panel->bookingChosen(old, booking);
        QCOMPARE(panel->selectedDay(), old);
        QVERIFY(panel->model()->isYearLoaded(2021));
        auto *grid = child<QTableView>(window, "dayGrid");
        auto *gridModel = qobject_cast<DayGridModel *>(grid->model());
        QCOMPARE(gridModel->dayId(), old);
        QCOMPARE(grid->currentIndex().data(DayGridModel::BookingIdRole).toLongLong(), booking);
    }
};

QTEST_MAIN(TestDayList)
#include "test_daylist.moc"
