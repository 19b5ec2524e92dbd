// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/DayDialog.h"

#include "dialogs/FieldChecks.h"
#include "dialogs/TimeFields.h"
#include "Logging.h"
#include "scheduling/DayService.h"
#include "scheduling/MasterDataService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

#include <algorithm>

namespace Sprechtag {

namespace {

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

void DayDialog::loadFormats()
{
    MasterDataService masterData(m_db);
    auto all = masterData.formats(false);
    if (all)
        m_formats = *all;
    else
        logReadError("the formats for a day", all.error());
    if (m_existing) {
        const Id wanted = m_existing->formatId;
        const bool listed = std::any_of(m_formats.cbegin(), m_formats.cend(),
                                        [wanted](const Format &f) { return f.id == wanted; });
        if (!listed) {
            // An archived format still belongs to its existing days.
            auto format = masterData.format(wanted);
            if (format && *format)
                m_formats << **format;
            else if (!format)
                logReadError("the format of the day", format.error());
        }
    }
    for (const Format &f : std::as_const(m_formats))
        m_formatBox->addItem(f.name, QVariant::fromValue<qlonglong>(f.id));
}

void DayDialog::loadConsultants()
{
    QList<Consultant> list;
    if (auto all = MasterDataService(m_db).consultants(true); all)
        list = *all;
    else
        logReadError("the consultants for a day", all.error());
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
