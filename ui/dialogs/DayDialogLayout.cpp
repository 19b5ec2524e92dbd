// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets of DayDialog, box by box; what they do is in DayDialog.cpp.
#include "dialogs/DayDialog.h"

#include "dialogs/FieldChecks.h"
#include "dialogs/TimeFields.h"

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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

// Shows and edits QTime cells as "09:00" in every language, like the rest of the app.
class TimeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.metaType().id() == QMetaType::QTime)
            return value.toTime().toString(QStringLiteral("HH:mm"));
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = timeEdit(QStringLiteral("breakTimeEditor"), parent);
        edit->setFrame(false);
        return edit;
    }
};

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

// An "add" and a "remove" button side by side, flush left.
QHBoxLayout *buttonRow(QPushButton *add, QPushButton *remove)
{
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    return row;
}

} // namespace

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
    QList<QWidget *> dateWidgets;
    upper->addWidget(buildDatesBox(&dateWidgets), 1);
    upper->addWidget(buildTimesBox(), 1);
    layout->addLayout(upper);

    auto *lower = new QHBoxLayout;
    lower->addWidget(buildConsultantsBox(), 1);
    lower->addWidget(buildPlaceBox(), 1);
    layout->addLayout(lower, 1);

    QWidget *cancel = buildFooter(layout);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &DayDialog::formatChosen);

    QList<QWidget *> order{m_formatBox};
    order << dateWidgets;
    order << m_startEdit << m_endEdit << m_slotMinutes << m_breakTable << m_addBreakButton
          << m_removeBreakButton << m_consultantTable << m_locationEdit << m_videoLinkEdit << m_deadlineCheck
          << m_deadlineEdit << m_notesEdit << m_createButton << cancel;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QWidget *DayDialog::buildDatesBox(QList<QWidget *> *dateWidgets)
{
    auto *datesBox = new QGroupBox(isEditing() ? tr("Date") : tr("Dates"), this);
    datesBox->setObjectName(QStringLiteral("datesBox"));
    auto *datesLayout = new QVBoxLayout(datesBox);
    if (isEditing()) {
        m_dateEdit = new QDateEdit(datesBox);
        m_dateEdit->setObjectName(QStringLiteral("date"));
        m_dateEdit->setCalendarPopup(true);
        m_dateEdit->setDisplayFormat(QStringLiteral("dddd, dd.MM.yyyy"));
        limitToPlausibleDates(m_dateEdit);
        datesLayout->addWidget(m_dateEdit);
        datesLayout->addStretch(1);
        *dateWidgets << m_dateEdit;
        connect(m_dateEdit, &QDateEdit::dateChanged, this, &DayDialog::updatePreview);
        return datesBox;
    }
    m_calendar = new QCalendarWidget(datesBox);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setGridVisible(true);
    limitToPlausibleDates(m_calendar);
    m_calendar->setMinimumSize(300, 200);
    datesLayout->addWidget(m_calendar);
    m_addDateButton = button(tr("&Add date"), QStringLiteral("addDate"), datesBox);
    m_removeDateButton = button(tr("Remove date"), QStringLiteral("removeDate"), datesBox);
    datesLayout->addLayout(buttonRow(m_addDateButton, m_removeDateButton));
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
    *dateWidgets << m_calendar << m_addDateButton << m_removeDateButton << m_dateList;
    connect(m_addDateButton, &QPushButton::clicked, this, [this] { addDate(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::activated, this, &DayDialog::addDate);
    connect(m_removeDateButton, &QPushButton::clicked, this, &DayDialog::removeSelectedDates);
    connect(removeAction, &QAction::triggered, this, &DayDialog::removeSelectedDates);
    return datesBox;
}

QWidget *DayDialog::buildTimesBox()
{
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
    m_addBreakButton = button(tr("Add brea&k"), QStringLiteral("addBreak"), timesBox);
    m_removeBreakButton = button(tr("Remove break"), QStringLiteral("removeBreak"), timesBox);
    timesForm->addRow(QString(), buttonRow(m_addBreakButton, m_removeBreakButton));

    connect(m_startEdit, &QTimeEdit::timeChanged, this, &DayDialog::updatePreview);
    connect(m_endEdit, &QTimeEdit::timeChanged, this, &DayDialog::updatePreview);
    connect(m_slotMinutes, &QSpinBox::valueChanged, this, &DayDialog::updatePreview);
    connect(m_breakTable, &QTableWidget::itemChanged, this, &DayDialog::updatePreview);
    connect(m_addBreakButton, &QPushButton::clicked, this, [this] { addBreak({12 * 60, 13 * 60}); });
    connect(m_removeBreakButton, &QPushButton::clicked, this, &DayDialog::removeSelectedBreaks);
    return timesBox;
}

QWidget *DayDialog::buildConsultantsBox()
{
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
    connect(m_consultantTable, &QTableWidget::itemChanged, this, &DayDialog::updatePreview);
    return consultantsBox;
}

QWidget *DayDialog::buildPlaceBox()
{
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
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);
    connect(m_deadlineCheck, &QCheckBox::toggled, this, &DayDialog::updatePreview);
    connect(m_deadlineEdit, &QDateEdit::dateChanged, this, &DayDialog::updatePreview);
    return placeBox;
}

QWidget *DayDialog::buildFooter(QVBoxLayout *layout)
{
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
    return cancel;
}

} // namespace Sprechtag
