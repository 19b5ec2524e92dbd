// SPDX-License-Identifier: GPL-3.0-or-later
// DayDialog: returns ConsultationDay values that DayService accepts; the live preview names what is in the
// way.
#include "TestSupport.h"
#include "WidgetSupport.h"

#include "dialogs/DayDialog.h"
#include "scheduling/DayService.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

using namespace Sprechtag;
using namespace Sprechtag::Test;

class TestDayDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_tmp;
    Id m_social = 0;  // 09:00-16:00, 60 minutes, "IHK Bielefeld, Raum 1"
    Id m_website = 0; // 10:00-14:00, 30 minutes, "Online"
    Id m_ising = 0;
    Id m_michna = 0;
    const QDate m_date{2021, 3, 25};

    const Database &db() const { return *m_tmp->db; }

    Id insertFormat(const QString &name, TimeRange hours, int slotMinutes, const QString &location)
    {
        Format f;
        f.name = name;
        f.defaultHours = hours;
        f.defaultSlotMinutes = slotMinutes;
        f.defaultLocation = location;
        auto id = FormatRepository(db()).insert(f);
        return id ? *id : 0;
    }

    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }

    static void check(QTableWidget *consultants, const QString &name, bool on,
                      const QString &room = QString())
    {
        const QList<QTableWidgetItem *> found = consultants->findItems(name, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const int row = found.first()->row();
        consultants->item(row, 1)->setText(room);
        found.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }

    static void addDate(const DayDialog &dialog, const QDate &date)
    {
        child<QCalendarWidget>(dialog, "calendar")->setSelectedDate(date);
        child<QPushButton>(dialog, "addDate")->click();
    }

    qsizetype slotCount(Id dayId)
    {
        auto slots = DayRepository(db()).slotsOfDay(dayId);
        return slots ? slots->size() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<TempDatabase>();
        QVERIFY(m_tmp->dir.isValid());
        QVERIFY(m_tmp->open());
        m_social = insertFormat(QStringLiteral("Social Media Sprechtag"), {9 * 60, 16 * 60}, 60,
                                QStringLiteral("IHK Bielefeld, Raum 1"));
        m_website =
            insertFormat(QStringLiteral("Website-Check"), {10 * 60, 14 * 60}, 30, QStringLiteral("Online"));
        m_ising = addConsultant(db(), QStringLiteral("Thorsten Ising"));
        m_michna = addConsultant(db(), QStringLiteral("Frank Michna"));
        QVERIFY(m_social && m_website && m_ising && m_michna);
    }

    void cleanup() { m_tmp.reset(); }

    void choosingAFormatFillsItsDefaults()
    {
        DayDialog dialog(db());
        auto *format = child<QComboBox>(dialog, "format");
        QCOMPARE(format->count(), 2);
        choose(format, QStringLiteral("Website-Check"));
        QCOMPARE(child<QTimeEdit>(dialog, "start")->time(), QTime(10, 0));
        QCOMPARE(child<QTimeEdit>(dialog, "end")->time(), QTime(14, 0));
        QCOMPARE(child<QTimeEdit>(dialog, "start")->displayFormat(), QStringLiteral("HH:mm"));
        QCOMPARE(child<QSpinBox>(dialog, "slotMinutes")->value(), 30);
        QCOMPARE(child<QLineEdit>(dialog, "location")->text(), QStringLiteral("Online"));

        choose(format, QStringLiteral("Social Media Sprechtag"));
        QCOMPARE(child<QTimeEdit>(dialog, "start")->time(), QTime(9, 0));
        QCOMPARE(child<QTimeEdit>(dialog, "end")->time(), QTime(16, 0));
        QCOMPARE(child<QSpinBox>(dialog, "slotMinutes")->value(), 60);
        QCOMPARE(child<QLineEdit>(dialog, "location")->text(), QStringLiteral("IHK Bielefeld, Raum 1"));

        addDate(dialog, m_date);
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Thorsten Ising"), true);
        const QList<ConsultationDay> days = dialog.days();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().formatId, m_social);
        QCOMPARE(days.first().hours, (TimeRange{9 * 60, 16 * 60}));
        QCOMPARE(days.first().slotMinutes, 60);
        QCOMPARE(days.first().location, QStringLiteral("IHK Bielefeld, Raum 1"));
    }

    void withoutDatesOrConsultantsNothingCanBeCreated()
    {
        DayDialog dialog(db());
        auto *create = child<QPushButton>(dialog, "createButton");
        auto *preview = child<QLabel>(dialog, "preview");
        QVERIFY(!create->isEnabled());
        QCOMPARE(preview->text(), QStringLiteral("Please add at least one date."));
        QVERIFY(dialog.days().isEmpty());

        addDate(dialog, m_date);
        QVERIFY(!create->isEnabled());
        QVERIFY2(preview->text().contains(QStringLiteral("At least one consultant must be present.")),
                 qPrintable(preview->text()));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);

        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Frank Michna"), true);
        QVERIFY(create->isEnabled());
    }

    void twoDatesGiveTwoDays()
    {
        DayDialog dialog(db());
        choose(child<QComboBox>(dialog, "format"), QStringLiteral("Social Media Sprechtag"));
        addDate(dialog, QDate(2021, 4, 22));
        addDate(dialog, m_date);
        addDate(dialog, m_date); // twice is once
        auto *dates = child<QListWidget>(dialog, "dates");
        QCOMPARE(dates->count(), 2);
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Thorsten Ising"), true,
              QStringLiteral("Raum 3"));
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Frank Michna"), true);
        child<QLineEdit>(dialog, "videoLink")->setText(QStringLiteral("https://meet.example/social"));
        child<QPlainTextEdit>(dialog, "notes")
            ->setPlainText(QStringLiteral("Kooperation mit InnoZent OWL e.V."));

        auto *create = child<QPushButton>(dialog, "createButton");
        const QString preview = child<QLabel>(dialog, "preview")->text();
        QVERIFY(create->isEnabled());
        QVERIFY2(preview.contains(QStringLiteral("25.03.2021: 14 slot")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("22.04.2021: 14 slot")), qPrintable(preview));
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<ConsultationDay> days = dialog.days();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(0).date, m_date);
        QCOMPARE(days.at(1).date, QDate(2021, 4, 22));
        for (const ConsultationDay &day : days) {
            QCOMPARE(day.id, Id(0));
            QCOMPARE(day.formatId, m_social);
            QCOMPARE(day.consultants.size(), 2);
            QCOMPARE(day.videoLink, QStringLiteral("https://meet.example/social"));
            QCOMPARE(day.notes, QStringLiteral("Kooperation mit InnoZent OWL e.V."));
            QVERIFY(!day.bookingDeadline.isValid());
        }
        const DayConsultant ising =
            days.first().consultants.at(days.first().consultants.first().consultantId == m_ising ? 0 : 1);
        QCOMPARE(ising.consultantId, m_ising);
        QCOMPARE(ising.room, QStringLiteral("Raum 3"));

        for (const ConsultationDay &day : days) {
            auto created = DayService(db()).create(day);
            QVERIFY2(created.ok(), why(created).constData());
            QCOMPARE(slotCount(created->id), 14);
        }

        // Removing a date from the list.
        DayDialog again(db());
        addDate(again, m_date);
        addDate(again, QDate(2021, 5, 6));
        auto *list = child<QListWidget>(again, "dates");
        list->setCurrentRow(0);
        child<QPushButton>(again, "removeDate")->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(again.days().size(), 1);
        QCOMPARE(again.days().first().date, QDate(2021, 5, 6));
    }

    void consultantBusyElsewhereDisablesCreateAndIsNamed()
    {
        // Ising is already at the Website-Check on the same date.
        auto other = DayService(db()).create(makeDay(m_website, m_date, {m_ising}));
        QVERIFY2(other.ok(), why(other).constData());

        DayDialog dialog(db());
        choose(child<QComboBox>(dialog, "format"), QStringLiteral("Social Media Sprechtag"));
        addDate(dialog, m_date);
        auto *consultants = child<QTableWidget>(dialog, "consultants");
        auto *create = child<QPushButton>(dialog, "createButton");
        auto *preview = child<QLabel>(dialog, "preview");
        check(consultants, QStringLiteral("Thorsten Ising"), true);
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog.isAcceptable());
        QVERIFY2(preview->text().contains(QStringLiteral("Thorsten Ising")), qPrintable(preview->text()));
        QVERIFY(preview->text().contains(QStringLiteral("Website-Check")));
        QVERIFY(preview->text().contains(QStringLiteral("25.03.2021")));
        QCOMPARE(preview->textFormat(), Qt::PlainText);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto refused = DayService(db()).create(dialog.days().first());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::ConsultantBusy);

        // On another date, or with Michna instead, it can be created.
        check(consultants, QStringLiteral("Thorsten Ising"), false);
        check(consultants, QStringLiteral("Frank Michna"), true);
        QVERIFY2(create->isEnabled(), qPrintable(preview->text()));
        auto created = DayService(db()).create(dialog.days().first());
        QVERIFY2(created.ok(), why(created).constData());
    }

    void breaksReduceTheSlotCount()
    {
        DayDialog dialog(db());
        choose(child<QComboBox>(dialog, "format"), QStringLiteral("Social Media Sprechtag"));
        addDate(dialog, m_date);
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Thorsten Ising"), true);
        auto *preview = child<QLabel>(dialog, "preview");
        QVERIFY2(preview->text().contains(QStringLiteral("7 slot")), qPrintable(preview->text()));

        auto *breaks = child<QTableWidget>(dialog, "breaks");
        child<QPushButton>(dialog, "addBreak")->click();
        QCOMPARE(breaks->rowCount(), 1);
        QCOMPARE(breaks->item(0, 0)->data(Qt::EditRole).toTime(), QTime(12, 0));
        QVERIFY2(preview->text().contains(QStringLiteral("6 slot")), qPrintable(preview->text()));
        QCOMPARE(dialog.days().first().breaks, QList<TimeRange>({{12 * 60, 13 * 60}}));

        // A break outside the hours is refused with the reason, and nothing can be created.
        breaks->item(0, 0)->setData(Qt::EditRole, QTime(17, 0));
        breaks->item(0, 1)->setData(Qt::EditRole, QTime(18, 0));
        QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
        QVERIFY2(preview->text().contains(QStringLiteral("17:00–18:00")), qPrintable(preview->text()));

        breaks->item(0, 0)->setData(Qt::EditRole, QTime(12, 30));
        breaks->item(0, 1)->setData(Qt::EditRole, QTime(13, 0));
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        QVERIFY2(preview->text().contains(QStringLiteral("6 slot")), qPrintable(preview->text()));
        auto created = DayService(db()).create(dialog.days().first());
        QVERIFY2(created.ok(), why(created).constData());
        QCOMPARE(slotCount(created->id), 6);

        breaks->setCurrentCell(0, 0);
        child<QPushButton>(dialog, "removeBreak")->click();
        QCOMPARE(breaks->rowCount(), 0);
        QVERIFY(dialog.days().first().breaks.isEmpty());
    }

    void bookingDeadlineIsOptional()
    {
        DayDialog dialog(db());
        addDate(dialog, m_date);
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Frank Michna"), true);
        auto *deadline = child<QDateEdit>(dialog, "deadline");
        QVERIFY(!deadline->isEnabled());
        child<QCheckBox>(dialog, "hasDeadline")->setChecked(true);
        QVERIFY(deadline->isEnabled());
        deadline->setDate(QDate(2021, 3, 18));
        QCOMPARE(dialog.days().first().bookingDeadline, QDate(2021, 3, 18));
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        deadline->setDate(QDate(2021, 3, 26)); // after the day itself
        QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
        child<QCheckBox>(dialog, "hasDeadline")->setChecked(false);
        QVERIFY(!dialog.days().first().bookingDeadline.isValid());
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
    }

    // The calendar and the date fields offer 1990-01-01 to 2200-12-31 only (issue #10, section 4).
    void dateFieldsStayWithinThePlausibleWindow()
    {
        DayDialog dialog(db());
        auto *calendar = child<QCalendarWidget>(dialog, "calendar");
        QCOMPARE(calendar->minimumDate(), QDate(1990, 1, 1));
        QCOMPARE(calendar->maximumDate(), QDate(2200, 12, 31));
        auto *deadline = child<QDateEdit>(dialog, "deadline");
        QCOMPARE(deadline->minimumDate(), QDate(1990, 1, 1));
        QCOMPARE(deadline->maximumDate(), QDate(2200, 12, 31));
        deadline->setDate(QDate(2224, 3, 18));
        QCOMPARE(deadline->date(), QDate(2200, 12, 31));

        auto created = DayService(db()).create(makeDay(m_social, m_date, {m_ising}));
        QVERIFY2(created.ok(), why(created).constData());
        DayDialog edit(db(), *created);
        auto *date = child<QDateEdit>(edit, "date");
        QCOMPARE(date->minimumDate(), QDate(1990, 1, 1));
        QCOMPARE(date->maximumDate(), QDate(2200, 12, 31));
        QCOMPARE(date->date(), m_date);
    }

    void editModeKeepsIdVersionAndStatus()
    {
        ConsultationDay plan = makeDay(m_social, m_date, {m_ising, m_michna});
        plan.consultants[1].room = QStringLiteral("Raum 7");
        plan.breaks << TimeRange{12 * 60, 13 * 60};
        plan.notes = QStringLiteral("<b>Notiz</b>");
        auto created = DayService(db()).create(plan);
        QVERIFY2(created.ok(), why(created).constData());
        QVERIFY(DayService(db()).setStatus(created->id, DayStatus::Planning).ok());
        auto stored = DayRepository(db()).byId(created->id);
        QVERIFY(stored && *stored);
        const ConsultationDay day = **stored;
        QVERIFY(day.version > 1);

        DayDialog dialog(db(), day);
        QVERIFY(dialog.isEditing());
        QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("dates")));
        QCOMPARE(child<QDateEdit>(dialog, "date")->date(), m_date);
        QCOMPARE(child<QComboBox>(dialog, "format")->currentText(), QStringLiteral("Social Media Sprechtag"));
        QCOMPARE(child<QTableWidget>(dialog, "breaks")->rowCount(), 1);
        QCOMPARE(child<QPlainTextEdit>(dialog, "notes")->toPlainText(), QStringLiteral("<b>Notiz</b>"));
        auto *consultants = child<QTableWidget>(dialog, "consultants");
        const QTableWidgetItem *michna =
            consultants->findItems(QStringLiteral("Frank Michna"), Qt::MatchExactly).value(0);
        QVERIFY(michna);
        QCOMPARE(michna->checkState(), Qt::Checked);
        QCOMPARE(consultants->item(michna->row(), 1)->text(), QStringLiteral("Raum 7"));
        auto *create = child<QPushButton>(dialog, "createButton");
        QCOMPARE(create->text(), QStringLiteral("&Save"));
        QVERIFY2(create->isEnabled(),
                 qPrintable(child<QLabel>(dialog, "preview")->text())); // not in its own way

        child<QTimeEdit>(dialog, "end")->setTime(QTime(15, 0));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<ConsultationDay> days = dialog.days();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().id, day.id);
        QCOMPARE(days.first().version, day.version);
        QCOMPARE(days.first().status, DayStatus::Planning);
        QCOMPARE(days.first().hours, (TimeRange{9 * 60, 15 * 60}));
        QCOMPARE(days.first().breaks, day.breaks);
        QCOMPARE(days.first().consultants.size(), 2);

        auto changed = DayService(db()).change(days.first());
        QVERIFY2(changed.ok(), why(changed).constData());
        QCOMPARE(changed->version, day.version + 1);
        QCOMPARE(slotCount(day.id), 2 * 5);
    }

    void keyboardEnterOnCalendarAddsDateAndEscapeCancels()
    {
        DayDialog dialog(db());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(dialog, "format"));
        check(child<QTableWidget>(dialog, "consultants"), QStringLiteral("Thorsten Ising"), true);
        auto *calendar = child<QCalendarWidget>(dialog, "calendar");
        calendar->setSelectedDate(m_date);
        calendar->setFocus();
        QTRY_VERIFY(calendar->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(child<QListWidget>(dialog, "dates")->count(), 1);
        QVERIFY(dialog.isVisible()); // Enter in the calendar adds the date; it does not create the day
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(DayRepository(db()).summaries({}, {})->size(), 0); // the dialog wrote nothing
    }

    void everyInteractiveWidgetHasAnObjectName()
    {
        for (const bool editing : {false, true}) {
            ConsultationDay existing = makeDay(m_social, m_date, {m_ising});
            existing.id = 1;
            std::unique_ptr<DayDialog> dialog =
                editing ? std::make_unique<DayDialog>(db(), existing) : std::make_unique<DayDialog>(db());
            const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (w->focusPolicy() == Qt::NoFocus || w->window() != dialog.get())
                    continue;
                QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestDayDialog)
#include "test_day_dialog.moc"
