// SPDX-License-Identifier: GPL-3.0-or-later
// reliability.md test 10 in the desktop app: markup as names shows as the literal text in the main window
// (details panel, grid, day list, header), the tooltips of every list, and the booking and master data
// dialogs. Each label and tooltip is read the way Qt shows it: plain text, or rendered HTML when the label
// takes rich text or guesses it (tooltips always guess).
#include "TestSupport.h"

#include "dialogs/BookingDialog.h"
#include "dialogs/CompaniesDialog.h"
#include "dialogs/ConsultantsDialog.h"
#include "dialogs/FormatsDialog.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "scheduling/BookingService.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"
#include "widgets/DayListPanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>

using namespace Sprechtag;
using namespace Sprechtag::Test;

namespace {

// What Qt draws for a text in a widget with this text format.
QString shown(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

// What a menu shows for an action's text: "&&" is an "&", a single "&" marks the next letter.
QString shownInMenu(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

struct Place
{
    QString where;
    QString text; // as shown
};

// Every label's and every item's tooltip text as shown, below the widget.
QList<Place> shownTexts(const QWidget *top)
{
    QList<Place> out;
    for (const QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            out << Place{QStringLiteral("label ") + label->objectName(),
                         shown(label->text(), label->textFormat())};
    }
    for (const QAbstractItemView *view : top->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        // Column headers (the grid names consultants and rooms there).
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString where = QStringLiteral("%1 header %2").arg(view->objectName()).arg(c);
            out << Place{where, model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()};
            const QString tip = model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (!tip.isEmpty())
                out << Place{where + QStringLiteral(" tooltip"), shown(tip, Qt::AutoText)};
        }
        QList<QModelIndex> parents{QModelIndex()};
        while (!parents.isEmpty()) {
            const QModelIndex parent = parents.takeFirst();
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    const QString where = QStringLiteral("%1 (%2,%3)").arg(view->objectName()).arg(r).arg(c);
                    // Item views draw the display text as plain text; tooltips go through a QLabel that
                    // guesses rich text.
                    out << Place{where + QStringLiteral(" text"), index.data(Qt::DisplayRole).toString()};
                    const QString tip = index.data(Qt::ToolTipRole).toString();
                    if (!tip.isEmpty())
                        out << Place{where + QStringLiteral(" tooltip"), shown(tip, Qt::AutoText)};
                    if (c == 0 && model->hasChildren(index))
                        parents << index;
                }
            }
        }
    }
    return out;
}

} // namespace

class TestInjectionUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Id m_day = 0;
    Id m_booking = 0;
    int m_places = 0;
    int m_literal = 0;

    // Each with a word of its own, so that the rendered form ("Firma7 & Co") is found wherever it shows.
    const QStringList m_markup{
        QStringLiteral("<b>Firma7</b> &amp; <i>Co</i>"),            // company
        QStringLiteral("<a href=http://x.example>Kontakt7</a>"),    // contact's last name
        QStringLiteral("<img src=file:///etc/passwd>Thema7"),       // topic
        QStringLiteral("<b>Format7</b> <script>alert(1)</script>"), // format
        QStringLiteral("<i>Berater7</i> &amp;"),                    // consultant
        QStringLiteral("<a href=file:///etc>Ort7</a>"),             // location
        QStringLiteral("<img src=x>Raum7"),                         // room
    };

    // Asserts that no text shows a payload as rendered HTML, and that each expected payload is shown
    // literally somewhere below the widget.
    void verifyLiteral(const QWidget *top, const QStringList &expected)
    {
        const QList<Place> places = shownTexts(top);
        QVERIFY(!places.isEmpty());
        for (const Place &p : places) {
            ++m_places;
            for (const QString &payload : m_markup) {
                QTextDocument rendered;
                rendered.setHtml(payload);
                const QString asHtml = rendered.toPlainText().trimmed();
                QVERIFY2(!p.text.contains(asHtml) || p.text.contains(payload),
                         qPrintable(p.where + QStringLiteral(" shows \"") + p.text +
                                    QStringLiteral("\" for ") + payload));
            }
        }
        for (const QString &payload : expected) {
            bool found = false;
            for (const Place &p : places)
                found = found || p.text.contains(payload);
            QVERIFY2(found, qPrintable(QStringLiteral("not shown: ") + payload));
            ++m_literal;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBoxes::setAutoAnswer(QMessageBox::Ok);
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("markup.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        const Id format = addFormat(*m_db, m_markup.at(3));
        const Id consultant = addConsultant(*m_db, m_markup.at(4));
        QVERIFY(format && consultant);
        ConsultationDay day = makeDay(format, QDate::currentDate().addDays(7), {consultant});
        day.location = m_markup.at(5);
        day.consultants[0].room = m_markup.at(6);
        auto created = DayService(*m_db).create(day);
        QVERIFY(created.ok());
        m_day = created->id;
        auto slots = DayRepository(*m_db).slotsOfDay(m_day);
        QVERIFY(slots.ok() && !slots->isEmpty());
        BookingRequest r;
        r.slotId = slots->first().slot.id;
        r.company.name = m_markup.at(0);
        Contact contact;
        contact.firstName = QStringLiteral("<i>Anna</i>");
        contact.lastName = m_markup.at(1);
        r.contact = contact;
        r.topic = m_markup.at(2);
        r.actor = QStringLiteral("<b>actor</b>");
        auto booked = BookingService(*m_db).book(r);
        QVERIFY(booked.ok());
        m_booking = booked->booking.id;
    }

    void cleanupTestCase()
    {
        qInfo("test 10 (UI): %d labels, cells and tooltips read as shown, none renders markup; %d expected "
              "texts shown literally",
              m_places, m_literal);
    }

    void mainWindowShowsLiteralText()
    {
        auto db = Database::open(m_db->path());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        window.show();
        auto *days = window.findChild<DayListPanel *>();
        QVERIFY(days);
        days->selectDay(m_day);
        auto *grid = window.findChild<QTableView *>(QStringLiteral("dayGrid"));
        QVERIFY(grid);
        auto *model = qobject_cast<DayGridModel *>(grid->model());
        QVERIFY(model);
        QCOMPARE(model->dayId(), m_day);
        const QModelIndex cell = model->indexOfBooking(m_booking);
        QVERIFY(cell.isValid());
        grid->setCurrentIndex(cell);
        auto *company = window.findChild<QLabel *>(QStringLiteral("detailsCompany"));
        QVERIFY(company);
        QCOMPARE(company->text(), m_markup.at(0));
        // Details panel, grid cells and tooltips, day list, the day's header.
        verifyLiteral(&window, m_markup);
    }

    void bookingDialogShowsLiteralText()
    {
        auto details = BookingRepository(*m_db).byId(m_booking);
        QVERIFY(details.ok() && details->has_value());
        BookingDialog dialog(*m_db, **details);
        dialog.show();
        verifyLiteral(&dialog, {m_markup.at(3), m_markup.at(4)});
    }

    void masterDataDialogsShowLiteralText()
    {
        CompaniesDialog companies(*m_db);
        companies.show();
        verifyLiteral(&companies, {m_markup.at(0)});
        ConsultantsDialog consultants(*m_db);
        consultants.show();
        verifyLiteral(&consultants, {m_markup.at(4)});
        FormatsDialog formats(*m_db);
        formats.show();
        verifyLiteral(&formats, {m_markup.at(3)});
    }

    // Last, as it cancels the booking: the Edit menu names the command with the company, and an "&" in
    // the name is no shortcut marker there.
    void undoMenuShowsTheNameLiterally()
    {
        auto db = Database::open(m_db->path());
        QVERIFY(db.ok());
        MainWindow window(std::move(db).value());
        QVERIFY(window.cancelBooking(m_booking));
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        ++m_places;
        QVERIFY2(shownInMenu(undo->text()).contains(m_markup.at(0)), qPrintable(undo->text()));
        ++m_literal;
    }
};

QTEST_MAIN(TestInjectionUi)
#include "test_injection_ui.moc"
