// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/DayDialog.h"

#include "dialogs/FieldChecks.h"
#include "scheduling/DayService.h"
#include "storage/ConsultantRepository.h"
#include "storage/Database.h"
#include "storage/FormatRepository.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Sprechtag {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

// Shows and edits QTime cells as "09:00" in every language, like the rest of the app.
class TimeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.metaType().id() == QMetaType::QTime)
            return value.toTime().toString(kTimeFormat);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QTimeEdit(parent);
        edit->setObjectName(QStringLiteral("breakTimeEditor"));
        edit->setDisplayFormat(kTimeFormat);
        edit->setFrame(false);
        return edit;
    }
};

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

QTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(kTimeFormat);
    return edit;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

enum ConsultantColumn
{
    NameColumn,
    RoomColumn,
};

enum BreakColumn
{
    BreakStartColumn,
    BreakEndColumn,
};

} // namespace

DayDialog::DayDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    m_loading = true;
    buildUi();
    setWindowTitle(tr("New Consultation Days"));
    loadFormats();
    loadConsultants();
    m_loading = false;
    formatChosen(m_formatBox->currentIndex());
    updatePreview();
    m_formatBox->setFocus();
}

DayDialog::DayDialog(const Database &db, const ConsultationDay &existing, QWidget *parent)
    : QDialog(parent), m_db(db), m_existing(existing)
{
    m_loading = true;
    buildUi();
    setWindowTitle(tr("Edit Consultation Day"));
    loadFormats();
    loadConsultants();
    loadExisting();
    m_loading = false;
    updatePreview();
    m_formatBox->setFocus();
}

void DayDialog::buildUi()
{
    setObjectName(QStringLiteral("dayDialog"));
    setMinimumSize(860, 720);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QFormLayout;
    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(QStringLiteral("format"));
    m_formatBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_formatBox->setMinimumContentsLength(30);
    top->addRow(tr("&Format:"), m_formatBox);
    layout->addLayout(top);

    auto *upper = new QHBoxLayout;
    auto *datesBox = new QGroupBox(isEditing() ? tr("Date") : tr("Dates"), this);
    datesBox->setObjectName(QStringLiteral("datesBox"));
    auto *datesLayout = new QVBoxLayout(datesBox);
    QList<QWidget *> dateWidgets;
    if (isEditing()) {
        m_dateEdit = new QDateEdit(datesBox);
        m_dateEdit->setObjectName(QStringLiteral("date"));
        m_dateEdit->setCalendarPopup(true);
        m_dateEdit->setDisplayFormat(QStringLiteral("dddd, dd.MM.yyyy"));
        limitToPlausibleDates(m_dateEdit);
        datesLayout->addWidget(m_dateEdit);
        datesLayout->addStretch(1);
        dateWidgets << m_dateEdit;
        connect(m_dateEdit, &QDateEdit::dateChanged, this, &DayDialog::updatePreview);
    } else {
        m_calendar = new QCalendarWidget(datesBox);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setGridVisible(true);
        limitToPlausibleDates(m_calendar);
        m_calendar->setMinimumSize(300, 200);
        datesLayout->addWidget(m_calendar);
        auto *dateButtons = new QHBoxLayout;
        m_addDateButton = button(tr("&Add date"), QStringLiteral("addDate"), datesBox);
        m_removeDateButton = button(tr("Remove date"), QStringLiteral("removeDate"), datesBox);
        dateButtons->addWidget(m_addDateButton);
        dateButtons->addWidget(m_removeDateButton);
        dateButtons->addStretch(1);
        datesLayout->addLayout(dateButtons);
        m_dateList = new QListWidget(datesBox);
        m_dateList->setObjectName(QStringLiteral("dates"));
        m_dateList->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_dateList->setMinimumHeight(90);
        datesLayout->addWidget(m_dateList);
        auto *removeAction = new QAction(tr("Remove date"), m_dateList);
        removeAction->setObjectName(QStringLiteral("actionRemoveDate"));
        removeAction->setShortcut(QKeySequence::Delete);
        removeAction->setShortcutContext(Qt::WidgetShortcut);
        m_dateList->addAction(removeAction);
        dateWidgets << m_calendar << m_addDateButton << m_removeDateButton << m_dateList;
        connect(m_addDateButton, &QPushButton::clicked, this,
                [this] { addDate(m_calendar->selectedDate()); });
        connect(m_calendar, &QCalendarWidget::activated, this, &DayDialog::addDate);
        connect(m_removeDateButton, &QPushButton::clicked, this, &DayDialog::removeSelectedDates);
        connect(removeAction, &QAction::triggered, this, &DayDialog::removeSelectedDates);
    }
    upper->addWidget(datesBox, 1);

    auto *timesBox = new QGroupBox(tr("Times"), this);
    timesBox->setObjectName(QStringLiteral("timesBox"));
    auto *timesForm = new QFormLayout(timesBox);
    m_startEdit = timeEdit(QStringLiteral("start"), timesBox);
    m_endEdit = timeEdit(QStringLiteral("end"), timesBox);
    timesForm->addRow(tr("&Starts at:"), m_startEdit);
    timesForm->addRow(tr("&Ends at:"), m_endEdit);
    m_slotMinutes = new QSpinBox(timesBox);
    m_slotMinutes->setObjectName(QStringLiteral("slotMinutes"));
    m_slotMinutes->setRange(5, 480);
    m_slotMinutes->setSingleStep(5);
    m_slotMinutes->setValue(60);
    m_slotMinutes->setSuffix(tr(" min"));
    timesForm->addRow(tr("Slot &length:"), m_slotMinutes);
    m_breakTable = new QTableWidget(0, 2, timesBox);
    m_breakTable->setObjectName(QStringLiteral("breaks"));
    m_breakTable->setHorizontalHeaderLabels({tr("From"), tr("To")});
    m_breakTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_breakTable->verticalHeader()->hide();
    m_breakTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakTable->setItemDelegate(new TimeDelegate(m_breakTable));
    m_breakTable->setMinimumHeight(90);
    auto *breaksLabel = new QLabel(tr("&Breaks:"), timesBox);
    breaksLabel->setBuddy(m_breakTable);
    timesForm->addRow(breaksLabel, m_breakTable);
    auto *breakButtons = new QHBoxLayout;
    m_addBreakButton = button(tr("Add brea&k"), QStringLiteral("addBreak"), timesBox);
    m_removeBreakButton = button(tr("Remove break"), QStringLiteral("removeBreak"), timesBox);
    breakButtons->addWidget(m_addBreakButton);
    breakButtons->addWidget(m_removeBreakButton);
    breakButtons->addStretch(1);
    timesForm->addRow(QString(), breakButtons);
    upper->addWidget(timesBox, 1);
    layout->addLayout(upper);

    connect(m_startEdit, &QTimeEdit::timeChanged, this, &DayDialog::updatePreview);
    connect(m_endEdit, &QTimeEdit::timeChanged, this, &DayDialog::updatePreview);
    connect(m_slotMinutes, &QSpinBox::valueChanged, this, &DayDialog::updatePreview);
    connect(m_breakTable, &QTableWidget::itemChanged, this, &DayDialog::updatePreview);
    connect(m_addBreakButton, &QPushButton::clicked, this, [this] { addBreak({12 * 60, 13 * 60}); });
    connect(m_removeBreakButton, &QPushButton::clicked, this, &DayDialog::removeSelectedBreaks);

    auto *lower = new QHBoxLayout;
    auto *consultantsBox = new QGroupBox(tr("Consultants"), this);
    consultantsBox->setObjectName(QStringLiteral("consultantsBox"));
    auto *consultantsLayout = new QVBoxLayout(consultantsBox);
    m_consultantTable = new QTableWidget(0, 2, consultantsBox);
    m_consultantTable->setObjectName(QStringLiteral("consultants"));
    m_consultantTable->setHorizontalHeaderLabels({tr("Present"), tr("Room")});
    m_consultantTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_consultantTable->verticalHeader()->hide();
    m_consultantTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_consultantTable->setMinimumHeight(120);
    consultantsLayout->addWidget(m_consultantTable);
    lower->addWidget(consultantsBox, 1);
    connect(m_consultantTable, &QTableWidget::itemChanged, this, &DayDialog::updatePreview);

    auto *placeBox = new QGroupBox(tr("Place and Booking"), this);
    placeBox->setObjectName(QStringLiteral("placeBox"));
    auto *placeForm = new QFormLayout(placeBox);
    m_locationEdit = new QLineEdit(placeBox);
    m_locationEdit->setObjectName(QStringLiteral("location"));
    m_locationEdit->setMinimumWidth(240);
    placeForm->addRow(tr("L&ocation:"), m_locationEdit);
    m_videoLinkEdit = new QLineEdit(placeBox);
    m_videoLinkEdit->setObjectName(QStringLiteral("videoLink"));
    m_videoLinkEdit->setPlaceholderText(tr("https://… (for online consultations)"));
    placeForm->addRow(tr("&Video link:"), m_videoLinkEdit);
    auto *deadlineRow = new QHBoxLayout;
    m_deadlineCheck = new QCheckBox(tr("Bookings &until"), placeBox);
    m_deadlineCheck->setObjectName(QStringLiteral("hasDeadline"));
    m_deadlineEdit = new QDateEdit(QDate::currentDate(), placeBox);
    m_deadlineEdit->setObjectName(QStringLiteral("deadline"));
    m_deadlineEdit->setCalendarPopup(true);
    m_deadlineEdit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    limitToPlausibleDates(m_deadlineEdit);
    m_deadlineEdit->setEnabled(false);
    deadlineRow->addWidget(m_deadlineCheck);
    deadlineRow->addWidget(m_deadlineEdit, 1);
    placeForm->addRow(tr("Booking deadline:"), deadlineRow);
    m_notesEdit = new QPlainTextEdit(placeBox);
    m_notesEdit->setObjectName(QStringLiteral("notes"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setMinimumHeight(60);
    placeForm->addRow(tr("&Notes:"), m_notesEdit);
    lower->addWidget(placeBox, 1);
    layout->addLayout(lower, 1);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);
    connect(m_deadlineCheck, &QCheckBox::toggled, this, &DayDialog::updatePreview);
    connect(m_deadlineEdit, &QDateEdit::dateChanged, this, &DayDialog::updatePreview);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("preview"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setMinimumHeight(40);
    layout->addWidget(m_previewLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_createButton = m_buttons->button(QDialogButtonBox::Ok);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setText(isEditing() ? tr("&Save") : tr("&Create"));
    m_createButton->setDefault(true);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DayDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DayDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &DayDialog::formatChosen);

    QList<QWidget *> order{m_formatBox};
    order << dateWidgets;
    order << m_startEdit << m_endEdit << m_slotMinutes << m_breakTable << m_addBreakButton
          << m_removeBreakButton << m_consultantTable << m_locationEdit << m_videoLinkEdit << m_deadlineCheck
          << m_deadlineEdit << m_notesEdit << m_createButton << cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void DayDialog::loadFormats()
{
    FormatRepository formats(m_db);
    auto all = formats.all(false);
    if (all)
        m_formats = *all;
    if (m_existing) {
        const Id wanted = m_existing->formatId;
        const bool listed = std::any_of(m_formats.cbegin(), m_formats.cend(),
                                        [wanted](const Format &f) { return f.id == wanted; });
        if (!listed) {
            // An archived format still belongs to its existing days.
            if (auto format = formats.byId(wanted); format && *format)
                m_formats << **format;
        }
    }
    for (const Format &f : std::as_const(m_formats))
        m_formatBox->addItem(f.name, QVariant::fromValue<qlonglong>(f.id));
}

void DayDialog::loadConsultants()
{
    ConsultantRepository consultants(m_db);
    QList<Consultant> list;
    if (auto all = consultants.all(true); all)
        list = *all;
    QSet<Id> present;
    if (m_existing) {
        for (const DayConsultant &c : m_existing->consultants)
            present.insert(c.consultantId);
    }
    const QSignalBlocker blocker(m_consultantTable);
    for (const Consultant &c : std::as_const(list)) {
        // Inactive consultants are offered only where they are already planned.
        if (!c.active && !present.contains(c.id))
            continue;
        const int row = m_consultantTable->rowCount();
        m_consultantTable->insertRow(row);
        auto *name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.id));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        if (!c.organisation.trimmed().isEmpty())
            name->setToolTip(c.organisation);
        m_consultantTable->setItem(row, NameColumn, name);
        auto *room = new QTableWidgetItem;
        room->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        room->setToolTip(tr("Room of this consultant (optional)"));
        m_consultantTable->setItem(row, RoomColumn, room);
    }
}

void DayDialog::loadExisting()
{
    const ConsultationDay &day = *m_existing;
    const int format = m_formatBox->findData(QVariant::fromValue<qlonglong>(day.formatId));
    m_formatBox->setCurrentIndex(format);
    limitToPlausibleDates(m_dateEdit, day.date);
    m_dateEdit->setDate(day.date);
    m_startEdit->setTime(timeOf(day.hours.start));
    m_endEdit->setTime(timeOf(day.hours.end));
    m_slotMinutes->setValue(day.slotMinutes);
    for (const TimeRange &b : day.breaks)
        addBreak(b);
    const QSignalBlocker blocker(m_consultantTable);
    for (int row = 0; row < m_consultantTable->rowCount(); ++row) {
        QTableWidgetItem *name = m_consultantTable->item(row, NameColumn);
        const Id id = name->data(Qt::UserRole).toLongLong();
        for (const DayConsultant &c : day.consultants) {
            if (c.consultantId == id) {
                name->setCheckState(Qt::Checked);
                m_consultantTable->item(row, RoomColumn)->setText(c.room);
            }
        }
    }
    m_locationEdit->setText(day.location);
    m_videoLinkEdit->setText(day.videoLink);
    m_deadlineCheck->setChecked(day.bookingDeadline.isValid());
    if (day.bookingDeadline.isValid()) {
        limitToPlausibleDates(m_deadlineEdit, day.bookingDeadline);
        m_deadlineEdit->setDate(day.bookingDeadline);
    }
    m_notesEdit->setPlainText(day.notes);
}

void DayDialog::formatChosen(int index)
{
    if (m_loading || index < 0 || index >= m_formats.size())
        return;
    const Format &f = m_formats.at(index);
    m_loading = true; // one preview for all fields, not one per field
    m_startEdit->setTime(timeOf(f.defaultHours.start));
    m_endEdit->setTime(timeOf(f.defaultHours.end));
    m_slotMinutes->setValue(f.defaultSlotMinutes);
    m_locationEdit->setText(f.defaultLocation);
    m_loading = false;
    updatePreview();
}

void DayDialog::addDate(const QDate &date)
{
    if (!date.isValid() || !m_dateList)
        return;
    int row = 0;
    for (; row < m_dateList->count(); ++row) {
        const QDate listed = m_dateList->item(row)->data(Qt::UserRole).toDate();
        if (listed == date)
            return;
        if (listed > date)
            break;
    }
    auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat));
    item->setData(Qt::UserRole, date);
    m_dateList->insertItem(row, item);
    updatePreview();
}

void DayDialog::removeSelectedDates()
{
    const QList<QListWidgetItem *> selected = m_dateList->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updatePreview();
}

void DayDialog::addBreak(const TimeRange &range)
{
    const QSignalBlocker blocker(m_breakTable);
    const int row = m_breakTable->rowCount();
    m_breakTable->insertRow(row);
    auto *start = new QTableWidgetItem;
    start->setData(Qt::EditRole, timeOf(range.start));
    auto *end = new QTableWidgetItem;
    end->setData(Qt::EditRole, timeOf(range.end));
    m_breakTable->setItem(row, BreakStartColumn, start);
    m_breakTable->setItem(row, BreakEndColumn, end);
    m_breakTable->setCurrentCell(row, BreakStartColumn);
    updatePreview();
}

void DayDialog::removeSelectedBreaks()
{
    QList<int> rows;
    for (const QModelIndex &index : m_breakTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_breakTable->currentRow() >= 0)
        rows << m_breakTable->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_breakTable->removeRow(row);
    updatePreview();
}

QList<QDate> DayDialog::chosenDates() const
{
    QList<QDate> dates;
    if (m_dateEdit) {
        dates << m_dateEdit->date();
    } else {
        for (int row = 0; row < m_dateList->count(); ++row)
            dates << m_dateList->item(row)->data(Qt::UserRole).toDate();
    }
    return dates;
}

ConsultationDay DayDialog::dayFor(const QDate &date) const
{
    ConsultationDay day = m_existing.value_or(ConsultationDay{});
    day.formatId = m_formatBox->currentData().toLongLong();
    day.date = date;
    day.location = m_locationEdit->text().trimmed();
    day.videoLink = m_videoLinkEdit->text().trimmed();
    day.hours = {minutesOf(m_startEdit->time()), minutesOf(m_endEdit->time())};
    day.slotMinutes = m_slotMinutes->value();
    day.breaks.clear();
    for (int row = 0; row < m_breakTable->rowCount(); ++row) {
        const QTableWidgetItem *start = m_breakTable->item(row, BreakStartColumn);
        const QTableWidgetItem *end = m_breakTable->item(row, BreakEndColumn);
        if (start && end)
            day.breaks << TimeRange{minutesOf(start->data(Qt::EditRole).toTime()),
                                    minutesOf(end->data(Qt::EditRole).toTime())};
    }
    std::sort(day.breaks.begin(), day.breaks.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.start < b.start; });
    const QList<DayConsultant> before = day.consultants;
    day.consultants.clear();
    for (int row = 0; row < m_consultantTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_consultantTable->item(row, NameColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        DayConsultant present;
        present.consultantId = name->data(Qt::UserRole).toLongLong();
        present.room = m_consultantTable->item(row, RoomColumn)->text().trimmed();
        // Own hours are not edited here; keep what the day had.
        for (const DayConsultant &old : before) {
            if (old.consultantId == present.consultantId)
                present.hours = old.hours;
        }
        day.consultants << present;
    }
    day.bookingDeadline = m_deadlineCheck->isChecked() ? m_deadlineEdit->date() : QDate();
    day.notes = m_notesEdit->toPlainText().trimmed();
    return day;
}

QList<ConsultationDay> DayDialog::days() const
{
    QList<ConsultationDay> out;
    for (const QDate &date : chosenDates())
        out << dayFor(date);
    return out;
}

void DayDialog::updatePreview()
{
    if (m_loading)
        return;
    QStringList lines;
    bool acceptable = true;
    if (m_formatBox->currentIndex() < 0) {
        lines << tr("Please choose a format; create one under Formats first.");
        acceptable = false;
    }
    const QList<QDate> dates = chosenDates();
    if (dates.isEmpty()) {
        lines << tr("Please add at least one date.");
        acceptable = false;
    }
    int total = 0;
    if (acceptable) {
        DayService service(m_db);
        for (const QDate &date : dates) {
            const QString when = formatDateShort(date);
            auto preview = service.preview(dayFor(date));
            if (!preview) {
                lines << tr("%1: %2").arg(when, errorMessage(preview.error()));
                acceptable = false;
            } else if (!preview->conflicts.isEmpty()) {
                for (const Error &conflict : std::as_const(preview->conflicts))
                    lines << tr("%1: %2").arg(when, errorMessage(conflict));
                acceptable = false;
            } else {
                lines << tr("%1: %n slot(s)", nullptr, preview->slotCount).arg(when);
                total += preview->slotCount;
            }
        }
        if (acceptable && dates.size() > 1)
            lines << tr("%n slot(s) in total", nullptr, total);
    }
    m_previewLabel->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = m_previewLabel->palette();
    palette.setColor(QPalette::WindowText,
                     acceptable ? this->palette().color(QPalette::WindowText) : QColor(0xb0, 0x00, 0x20));
    m_previewLabel->setPalette(palette);
    m_acceptable = acceptable;
    m_createButton->setEnabled(acceptable);
}

void DayDialog::accept()
{
    updatePreview();
    if (!m_acceptable)
        return;
    QDialog::accept();
}

} // namespace Sprechtag
