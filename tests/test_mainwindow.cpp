// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window by object names: create a day, book through the dialog, move, cancel,
// undo, redo, and the refusal when a slot was taken meanwhile.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "dialogs/AboutDialog.h"
#include "dialogs/BookingDialog.h"
#include "dialogs/DayDialog.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "models/DayListModel.h"
#include "scheduling/BookingService.h"
#include "search/SearchRunner.h"
#include "storage/Sql.h"
#include "widgets/DayListPanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    int m_counter = 0;

    QTableView *grid() const { return m_window->findChild<QTableView *>(QStringLiteral("dayGrid")); }
    DayGridModel *gridModel() const { return qobject_cast<DayGridModel *>(grid()->model()); }

    void selectCell(int row, int column)
    {
        // A closed modal dialog leaves the offscreen platform without an active window.
        QApplication::setActiveWindow(m_window.get());
        grid()->setFocus();
        grid()->setCurrentIndex(gridModel()->index(row, column));
    }

    Id activeBookings()
    {
        return *scalar(m_window->database(),
                       QStringLiteral("SELECT count(*) FROM booking WHERE status <> 'cancelled'"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++m_counter));
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void emptyFileShowsWelcomePageAndLoadsExample()
    {
        auto *stack = m_window->findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        auto *load = m_window->findChild<QPushButton *>(QStringLiteral("loadExampleButton"));
        QVERIFY(load);
        load->click();
        QVERIFY(stack->currentWidget()->objectName() != QLatin1String("welcomePage"));
        auto *days = m_window->findChild<QTreeView *>(QStringLiteral("dayList"));
        QAbstractItemModelTester tester(days->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every example day lies in the past: one folded group of two years with three days.
        QCOMPARE(days->model()->rowCount(), 1);
        const QModelIndex past = days->model()->index(0, 0);
        QCOMPARE(days->model()->rowCount(past), 2);
        QCOMPARE(past.model()->index(0, 0, past).data(DayListModel::YearRole).toInt(), 2024);
        QCOMPARE(past.model()->index(0, 0, past).data(DayListModel::DayCountRole).toInt(), 2);
        QCOMPARE(past.model()->index(1, 0, past).data(DayListModel::DayCountRole).toInt(), 1);
        QAbstractItemModelTester gridTester(gridModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(gridModel()->dayId() != 0);
    }

    void createDayThroughDialog()
    {
        const Id format = Test::addFormat(m_window->database(), QStringLiteral("Social Media Sprechtag"));
        Test::addConsultant(m_window->database(), QStringLiteral("Thorsten Ising"));
        Test::addConsultant(m_window->database(), QStringLiteral("Frank Michna"));
        Q_UNUSED(format);
        bool filled = false;
        onNextDialog<DayDialog>([&filled](DayDialog *d) {
            auto *calendar = d->findChild<QCalendarWidget *>(QStringLiteral("calendar"));
            calendar->setSelectedDate(QDate(2027, 3, 25));
            auto *add = d->findChild<QPushButton *>(QStringLiteral("addDate"));
            add->click();
            auto *consultants = d->findChild<QTableWidget *>(QStringLiteral("consultants"));
            for (int r = 0; r < consultants->rowCount(); ++r)
                consultants->item(r, 0)->setCheckState(Qt::Checked);
            filled = true;
            d->findChild<QPushButton *>(QStringLiteral("createButton"))->click();
        });
        action(m_window.get(), "actionNewDay")->trigger();
        QVERIFY(filled);
        QCOMPARE(*scalar(m_window->database(), QStringLiteral("SELECT count(*) FROM slot")), qint64(14));
        QCOMPARE(gridModel()->rowCount(), 7);
        QCOMPARE(gridModel()->columnCount(), 2);
    }

    void bookMoveCancelUndoRedo()
    {
        const Id format = Test::addFormat(m_window->database(), QStringLiteral("Website-Check"));
        const Id a = Test::addConsultant(m_window->database(), QStringLiteral("Thorsten Ising"));
        const Id b = Test::addConsultant(m_window->database(), QStringLiteral("Frank Michna"));
        QVERIFY(m_window->createDays({Test::makeDay(format, QDate(2027, 5, 6), {a, b})}));
        QCOMPARE(gridModel()->rowCount(), 7);

        // Book 10:00 with Ising through the dialog, opened with Enter on the free cell.
        selectCell(1, 0);
        onNextDialog<BookingDialog>([](BookingDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("company"))
                ->setText(QStringLiteral("<b>Müller</b> & Söhne"));
            d->findChild<QLineEdit *>(QStringLiteral("lastName"))->setText(QStringLiteral("Özdemir"));
            d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        });
        QTest::keyClick(grid(), Qt::Key_Return);
        QCOMPARE(activeBookings(), 1);
        QCOMPARE(gridModel()->state(gridModel()->index(1, 0)), DayGridModel::CellState::Booked);
        QCOMPARE(gridModel()->index(1, 0).data().toString(),
                 QStringLiteral("<b>Müller</b> & Söhne\nÖzdemir"));
        const Id booking = gridModel()->index(1, 0).data(DayGridModel::BookingIdRole).toLongLong();

        // Drag it to 14:00 with Michna.
        std::unique_ptr<QMimeData> data(gridModel()->mimeData({gridModel()->index(1, 0)}));
        gridModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, gridModel()->index(5, 1));
        QCOMPARE(gridModel()->state(gridModel()->index(1, 0)), DayGridModel::CellState::Free);
        QCOMPARE(gridModel()->index(5, 1).data(DayGridModel::BookingIdRole).toLongLong(), booking);

        // Cancel with Del after the question.
        selectCell(5, 1);
        QVERIFY(action(m_window.get(), "actionCancelBooking")->isEnabled());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(grid(), Qt::Key_Delete);
        QCOMPARE(activeBookings(), 0);
        QCOMPARE(gridModel()->state(gridModel()->index(5, 1)), DayGridModel::CellState::Free);

        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 3);
        action(m_window.get(), "actionUndo")->trigger(); // cancel undone
        QCOMPARE(activeBookings(), 1);
        QCOMPARE(gridModel()->index(5, 1).data(DayGridModel::BookingIdRole).toLongLong(), booking);
        action(m_window.get(), "actionUndo")->trigger(); // move undone
        QCOMPARE(gridModel()->index(1, 0).data(DayGridModel::BookingIdRole).toLongLong(), booking);
        action(m_window.get(), "actionUndo")->trigger(); // booking undone
        QCOMPARE(activeBookings(), 0);
        action(m_window.get(), "actionRedo")->trigger();
        action(m_window.get(), "actionRedo")->trigger();
        QCOMPARE(activeBookings(), 1);
        QCOMPARE(gridModel()->index(5, 1).data(DayGridModel::BookingIdRole).toLongLong(), booking);
        action(m_window.get(), "actionRedo")->trigger();
        QCOMPARE(activeBookings(), 0);
    }

    void bookingATakenSlotShowsTheRefusal()
    {
        const Id format = Test::addFormat(m_window->database(), QStringLiteral("Website-Check"));
        const Id a = Test::addConsultant(m_window->database(), QStringLiteral("Thorsten Ising"));
        QVERIFY(m_window->createDays({Test::makeDay(format, QDate(2027, 5, 6), {a})}));
        selectCell(0, 0);
        const Id slot = gridModel()->index(0, 0).data(DayGridModel::SlotIdRole).toLongLong();
        // Another workstation books the slot while the window still shows it free.
        {
            auto other = Database::open(m_path);
            QVERIFY(other.ok());
            BookingRequest r;
            r.slotId = slot;
            r.company.name = QStringLiteral("Schneller AG");
            QVERIFY(BookingService(**other).book(r).ok());
        }
        onNextDialog<BookingDialog>([](BookingDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("company"))->setText(QStringLiteral("Langsam GmbH"));
            d->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        });
        action(m_window.get(), "actionBook")->trigger();
        QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("already booked by Schneller AG")),
                 qPrintable(MessageBoxes::lastText()));
        QCOMPARE(activeBookings(), 1);
        QCOMPARE(gridModel()->state(gridModel()->index(0, 0)), DayGridModel::CellState::Booked);
        QCOMPARE(m_window->undoStack()->count(), 0);
    }

    void gridKeepsCellAndScrollAfterWrites()
    {
        const Id format = Test::addFormat(m_window->database(), QStringLiteral("Website-Check"));
        const Id a = Test::addConsultant(m_window->database(), QStringLiteral("Thorsten Ising"));
        QVERIFY(m_window->createDays({Test::makeDay(format, QDate(2027, 5, 6), {a})}));
        // Small enough that the afternoon hours need scrolling.
        m_window->resize(1000, 360);
        QApplication::processEvents();
        selectCell(5, 0); // 14:00
        grid()->scrollTo(gridModel()->index(5, 0), QAbstractItemView::PositionAtTop);
        auto *scroll = grid()->verticalScrollBar();
        const int before = scroll->value();
        QVERIFY2(before > 0, "the grid shows every hour: nothing to keep");

        // A write here (block the slot), then one by another workstation (a booking at 09:00).
        action(m_window.get(), "actionBlockSlot")->trigger();
        QCOMPARE(gridModel()->state(gridModel()->index(5, 0)), DayGridModel::CellState::Blocked);
        QCOMPARE(grid()->currentIndex(), gridModel()->index(5, 0));
        QCOMPARE(scroll->value(), before);
        {
            auto other = Database::open(m_path);
            QVERIFY(other.ok());
            BookingRequest r;
            r.slotId = gridModel()->index(0, 0).data(DayGridModel::SlotIdRole).toLongLong();
            r.company.name = QStringLiteral("Schneller AG");
            QVERIFY(BookingService(**other).book(r).ok());
        }
        m_window->refresh();
        QCOMPARE(gridModel()->state(gridModel()->index(0, 0)), DayGridModel::CellState::Booked);
        QCOMPARE(grid()->currentIndex(), gridModel()->index(5, 0));
        QCOMPARE(scroll->value(), before);
    }

    void searchFindsCompanyAndJumpsToBooking()
    {
        auto *load = m_window->findChild<QPushButton *>(QStringLiteral("loadExampleButton"));
        load->click();
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        action(m_window.get(), "actionFind")->trigger();
        search->setText(QStringLiteral("FIKTIV"));
        auto *results = m_window->findChild<QListWidget *>(QStringLiteral("searchResults"));
        // The search starts after a pause in typing (or Enter) and answers from its worker thread.
        auto *panel = m_window->findChild<DayListPanel *>();
        QSignalSpy answered(panel->searchRunner(), &SearchRunner::finished);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(answered.wait());
        QCOMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().contains(QLatin1String("13.06.2024")));
        Q_EMIT results->itemActivated(results->item(0));
        QCOMPARE(gridModel()->day().date, QDate(2024, 6, 13));
        const BookingDetails *b = gridModel()->booking(grid()->currentIndex());
        QVERIFY(b);
        QVERIFY(b->companyName.startsWith(QLatin1String("Fiktiv Software")));
    }

    void aboutShowsVersionLicenseQtAndDatabasePath()
    {
        // A file name with characters that mean something in HTML must come out exactly as it is.
        const QString path = m_dir.filePath(QStringLiteral("<b>Müller & Söhne<b>.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::move(db).value());
        m_window->show();
        QApplication::setActiveWindow(m_window.get());

        QString shownPath;
        QStringList texts;
        bool readOnly = false;
        bool plain = true;
        onNextDialog<AboutDialog>([&](AboutDialog *dialog) {
            auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("aboutDatabasePath"));
            shownPath = pathEdit->text();
            readOnly = pathEdit->isReadOnly();
            for (const char *name : {"aboutVersion", "aboutLicense", "aboutQtVersion"}) {
                auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
                texts << label->text();
                plain = plain && label->textFormat() == Qt::PlainText;
            }
            dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        });
        const int boxesBefore = MessageBoxes::shownCount();
        action(m_window.get(), "actionAbout")->trigger();

        QCOMPARE(shownPath, QDir::toNativeSeparators(path));
        QVERIFY(readOnly);
        QVERIFY(plain);
        QCOMPARE(texts.size(), 3);
        QVERIFY2(texts[0].contains(QLatin1String(SPRECHTAG_VERSION)), qPrintable(texts[0]));
        QVERIFY2(texts[1].contains(QLatin1String("GPL-3.0-or-later")), qPrintable(texts[1]));
        QVERIFY2(texts[2].contains(QString::fromLatin1(qVersion())), qPrintable(texts[2]));
        // The dialog is a window of its own, not a message box.
        QCOMPARE(MessageBoxes::shownCount(), boxesBefore);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
