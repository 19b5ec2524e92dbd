// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ExportDialog.h"

#include "dialogs/FieldChecks.h"
#include "Logging.h"
#include "scheduling/Schedule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace Sprechtag {

namespace {

QDateEdit *dateEdit(const QDate &date, const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    limitToPlausibleDates(edit, date);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(const Database &db, const QDate &from, const QDate &to, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export booking list"));
    auto *form = new QFormLayout(this);
    m_useFrom = new QCheckBox(tr("from"), this);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_useFrom->setChecked(from.isValid());
    m_from = dateEdit(from, "from", this);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_useFrom);
    fromRow->addWidget(m_from, 1);
    form->addRow(tr("Days &from:"), fromRow);
    m_useTo = new QCheckBox(tr("until"), this);
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_useTo->setChecked(to.isValid());
    m_to = dateEdit(to, "to", this);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_useTo);
    toRow->addWidget(m_to, 1);
    form->addRow(tr("Days &until:"), toRow);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("All formats"), Id(0));
    if (auto formats = Schedule(db).formats(true)) {
        for (const Format &f : *formats)
            m_format->addItem(f.name, f.id);
    } else {
        logReadError("formats for the export filter", formats.error());
    }
    form->addRow(tr("F&ormat:"), m_format);
    m_cancelled = new QCheckBox(tr("Include &cancelled bookings"), this);
    m_cancelled->setObjectName(QStringLiteral("includeCancelled"));
    form->addRow(QString(), m_cancelled);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
}

QDate ExportDialog::from() const
{
    return m_useFrom->isChecked() ? m_from->date() : QDate();
}

QDate ExportDialog::to() const
{
    return m_useTo->isChecked() ? m_to->date() : QDate();
}

Id ExportDialog::formatId() const
{
    return m_format->currentData().toLongLong();
}

bool ExportDialog::includeCancelled() const
{
    return m_cancelled->isChecked();
}

} // namespace Sprechtag
