// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/FormatsDialog.h"

#include "dialogs/ChangeTracker.h"
#include "dialogs/ColourButton.h"
#include "MessageBoxes.h"
#include "models/FormatListModel.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

constexpr int kFieldWidth = 280;

const RecordAccess<Format> kAccess{&MasterDataService::formats,
                                   &MasterDataService::format,
                                   &MasterDataService::saveFormat,
                                   &MasterDataService::removeOrArchiveFormat,
                                   [](const Format &f) { return f.archived; },
                                   true};

// The default hours are stored in minutes after midnight.
int minutesOf(const QTimeEdit *edit)
{
    return edit->time().msecsSinceStartOfDay() / 60000;
}

void showMinutes(QTimeEdit *edit, int minutes)
{
    edit->setTime(QTime::fromMSecsSinceStartOfDay(minutes % (24 * 60) * 60000));
}

QPlainTextEdit *makeTextEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    return edit;
}

// A label with a mnemonic for a field that sits in a row of its own.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FormatsDialog::FormatsDialog(const Database &db, QWidget *parent)
    : RecordDialog<Format>(db, kAccess, new FormatListModel, QStringLiteral("formatsDialog"),
                           tr("Consultation Day Formats"), parent)
{
    connect(this, &MasterDetailDialog::recordsChanged, this, &FormatsDialog::formatsChanged);
    buildUi();
    reloadList(0);
    showFirst();
}

void FormatsDialog::buildUi()
{
    QLayout *left = buildList(tr("&Formats:"), QStringLiteral("formatList"), records());
    auto *editor = new QVBoxLayout;
    editor->addWidget(buildGeneral());
    editor->addWidget(buildDefaults());
    editor->addWidget(buildContact());
    editor->addWidget(buildLetter(), 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(editor, 2);

    createButtons(tr("&New"),
                  {tr("&Archive"), tr("Archive the format, or delete it when it has no consultation days"),
                   tr("R&estore"), tr("Offer the format for new consultation days again")},
                  QStringLiteral("archiveButton"));
    setNameField(m_name, {tr("Save the new format?"), tr("Save the changes to the format “%1”?")});
    setRemovalTexts(
        {tr("Archive format"),
         tr("Remove the format “%1”? A format that has consultation days or waitlist entries is "
            "archived and kept for the history; one without is deleted."),
         tr("Format archived"),
         tr("The format “%1” has consultation days or waitlist entries and was archived. Its days "
            "stay unchanged; it is no longer offered for new days."),
         tr("Format deleted"), tr("The format “%1” had no consultation days and was deleted.")});
    for (QPlainTextEdit *edit : {m_description, m_letterBody})
        changes()->watch(edit);
    changes()->watch(m_start);
    changes()->watch(m_end);
    changes()->watch(m_slotMinutes);
    connect(m_colourButton, &ColourButton::colourChosen, this, [this] { changes()->setDirty(true); });
    finishLayout(columns,
                 {m_name, m_description, m_partner, m_location, m_start, m_end, m_slotMinutes, m_contactName,
                  m_contactPhone, m_contactEmail, m_letterBody, m_colourButton},
                 QSize(980, 720));
}

QWidget *FormatsDialog::buildGeneral()
{
    m_name = textField(QStringLiteral("formatName"), &Format::name, kFieldWidth);
    m_description = makeTextEdit(QStringLiteral("formatDescription"), this);
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_partner = textField(QStringLiteral("formatPartner"), &Format::partner, kFieldWidth);
    m_location = textField(QStringLiteral("formatLocation"), &Format::defaultLocation, kFieldWidth);

    auto *general = new QGroupBox(tr("Format"), this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Pa&rtner organisation:"), m_partner);
    form->addRow(tr("Default &location:"), m_location);
    return general;
}

QWidget *FormatsDialog::buildDefaults()
{
    m_start = new QTimeEdit(this);
    m_start->setObjectName(QStringLiteral("formatStart"));
    m_start->setAccessibleName(tr("Start of the default hours"));
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("formatEnd"));
    m_end->setAccessibleName(tr("End of the default hours"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(new QLabel(tr("to"), this));
    hours->addWidget(m_end);
    hours->addStretch(1);
    m_slotMinutes = new QSpinBox(this);
    m_slotMinutes->setObjectName(QStringLiteral("formatSlotMinutes"));
    m_slotMinutes->setRange(5, 480);
    m_slotMinutes->setSingleStep(5);
    m_slotMinutes->setSuffix(tr(" min"));
    auto *slotRow = new QHBoxLayout;
    slotRow->addWidget(m_slotMinutes);
    slotRow->addStretch(1);

    auto *defaults = new QGroupBox(tr("Defaults for new consultation days"), this);
    auto *form = new QFormLayout(defaults);
    form->addRow(buddyLabel(tr("Default &hours:"), m_start, this), hours);
    form->addRow(buddyLabel(tr("Slot len&gth:"), m_slotMinutes, this), slotRow);
    return defaults;
}

QWidget *FormatsDialog::buildContact()
{
    m_contactName = textField(QStringLiteral("formatContactName"), &Format::contactName, kFieldWidth);
    m_contactPhone = textField(QStringLiteral("formatContactPhone"), &Format::contactPhone, kFieldWidth);
    m_contactEmail = textField(QStringLiteral("formatContactEmail"), &Format::contactEmail, kFieldWidth);
    auto *contact = new QGroupBox(tr("Contact person at the IHK"), this);
    auto *form = new QFormLayout(contact);
    form->addRow(tr("Contact &person:"), m_contactName);
    form->addRow(tr("Ph&one:"), m_contactPhone);
    form->addRow(tr("E-ma&il:"), m_contactEmail);
    return contact;
}

QWidget *FormatsDialog::buildLetter()
{
    m_letterBody = makeTextEdit(QStringLiteral("formatLetterBody"), this);
    m_letterBody->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_colourButton = new ColourButton(this);
    m_colourButton->setObjectName(QStringLiteral("formatColourButton"));
    m_colourButton->setToolTip(tr("Choose the colour in which the format's days are shown"));
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addStretch(1);
    auto *letter = new QGroupBox(tr("Confirmation letter and display"), this);
    auto *form = new QFormLayout(letter);
    form->addRow(tr("Letter &text:"), m_letterBody);
    form->addRow(buddyLabel(tr("&Colour:"), m_colourButton, this), colourRow);
    return letter;
}

void FormatsDialog::fillEditor(const Format &format)
{
    m_description->setPlainText(format.description);
    showMinutes(m_start, format.defaultHours.start);
    showMinutes(m_end, format.defaultHours.end);
    m_slotMinutes->setValue(format.defaultSlotMinutes);
    m_letterBody->setPlainText(format.letterBody);
    m_colourButton->setColour(format.colour);
}

Format FormatsDialog::editedRecord() const
{
    Format f = RecordDialog<Format>::editedRecord();
    f.description = m_description->toPlainText().trimmed();
    f.defaultHours = {minutesOf(m_start), minutesOf(m_end)};
    f.defaultSlotMinutes = m_slotMinutes->value();
    f.letterBody = m_letterBody->toPlainText();
    f.colour = m_colourButton->colour();
    return f;
}

Status FormatsDialog::restoreCurrent()
{
    Format restored = current();
    restored.archived = false;
    auto saved = service().saveFormat(restored);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace Sprechtag
