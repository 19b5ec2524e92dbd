// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/FormatsDialog.h"

#include "documents/LetterTemplate.h"

#include "dialogs/ChangeTracker.h"
#include "dialogs/ColourButton.h"
#include "dialogs/FieldChecks.h"
#include "MessageBoxes.h"
#include "models/FormatListModel.h"
#include "storage/Database.h"
#include "storage/FormatRepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Sprechtag {

namespace {

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

QTime timeOf(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

QTimeEdit *makeTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QLineEdit *makeLineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(280);
    return edit;
}

} // namespace

FormatsDialog::FormatsDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("formatsDialog"));
    setWindowTitle(tr("Consultation Day Formats"));
    m_model = new FormatListModel(this);
    m_changes = new ChangeTracker(this);
    buildUi();
    reload(0);
    if (m_model->rowCount() > 0)
        selectFormat(m_model->formatAt(0).id);
    else
        showFormat(Format{});
}

void FormatsDialog::buildUi()
{
    auto *listLabel = new QLabel(tr("&Formats:"), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("formatList"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    listLabel->setBuddy(m_list);
    m_showArchived = new QCheckBox(tr("Show archi&ved"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_showArchived);

    m_name = makeLineEdit(QStringLiteral("formatName"), this);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("formatDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_partner = makeLineEdit(QStringLiteral("formatPartner"), this);
    m_location = makeLineEdit(QStringLiteral("formatLocation"), this);

    auto *general = new QGroupBox(tr("Format"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Na&me:"), m_name);
    generalForm->addRow(tr("&Description:"), m_description);
    generalForm->addRow(tr("Pa&rtner organisation:"), m_partner);
    generalForm->addRow(tr("Default &location:"), m_location);

    m_start = makeTimeEdit(QStringLiteral("formatStart"), this);
    m_start->setAccessibleName(tr("Start of the default hours"));
    m_end = makeTimeEdit(QStringLiteral("formatEnd"), this);
    m_end->setAccessibleName(tr("End of the default hours"));
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

    auto *defaults = new QGroupBox(tr("Defaults for new consultation days"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    auto *hoursLabel = new QLabel(tr("Default &hours:"), this);
    hoursLabel->setBuddy(m_start);
    defaultsForm->addRow(hoursLabel, hours);
    auto *slotRow = new QHBoxLayout;
    slotRow->addWidget(m_slotMinutes);
    slotRow->addStretch(1);
    auto *slotLabel = new QLabel(tr("Slot len&gth:"), this);
    slotLabel->setBuddy(m_slotMinutes);
    defaultsForm->addRow(slotLabel, slotRow);

    m_contactName = makeLineEdit(QStringLiteral("formatContactName"), this);
    m_contactPhone = makeLineEdit(QStringLiteral("formatContactPhone"), this);
    m_contactEmail = makeLineEdit(QStringLiteral("formatContactEmail"), this);
    auto *contact = new QGroupBox(tr("Contact person at the IHK"), this);
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Contact &person:"), m_contactName);
    contactForm->addRow(tr("Ph&one:"), m_contactPhone);
    contactForm->addRow(tr("E-ma&il:"), m_contactEmail);

    m_letterBody = new QPlainTextEdit(this);
    m_letterBody->setObjectName(QStringLiteral("formatLetterBody"));
    m_letterBody->setTabChangesFocus(true);
    m_letterBody->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_colourButton = new ColourButton(this);
    m_colourButton->setObjectName(QStringLiteral("formatColourButton"));
    m_colourButton->setToolTip(tr("Choose the colour in which the format's days are shown"));
    auto *colourRow = new QHBoxLayout;
    colourRow->addWidget(m_colourButton);
    colourRow->addStretch(1);
    auto *letter = new QGroupBox(tr("Confirmation letter and display"), this);
    auto *letterForm = new QFormLayout(letter);
    letterForm->addRow(tr("Letter &text:"), m_letterBody);
    auto *colourLabel = new QLabel(tr("&Colour:"), this);
    colourLabel->setBuddy(m_colourButton);
    letterForm->addRow(colourLabel, colourRow);

    auto *editor = new QVBoxLayout;
    editor->addWidget(general);
    editor->addWidget(defaults);
    editor->addWidget(contact);
    editor->addWidget(letter, 1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(editor, 2);

    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setAutoDefault(false);
    m_archiveButton = new QPushButton(tr("&Archive"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    m_archiveButton->setAutoDefault(false);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    const QList<QWidget *> order{m_list,          m_showArchived, m_name,       m_description,  m_partner,
                                 m_location,      m_start,        m_end,        m_slotMinutes,  m_contactName,
                                 m_contactPhone,  m_contactEmail, m_letterBody, m_colourButton, m_newButton,
                                 m_archiveButton, m_saveButton,   m_closeButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QLineEdit *edit : {m_name, m_partner, m_location, m_contactName, m_contactPhone, m_contactEmail})
        m_changes->watch(edit);
    m_changes->watch(m_description);
    m_changes->watch(m_letterBody);
    m_changes->watch(m_start);
    m_changes->watch(m_end);
    m_changes->watch(m_slotMinutes);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { reload(m_current.id); });
    connect(m_colourButton, &ColourButton::colourChosen, this, [this] { m_changes->setDirty(true); });
    connect(m_newButton, &QPushButton::clicked, this, &FormatsDialog::addNew);
    connect(m_archiveButton, &QPushButton::clicked, this, &FormatsDialog::archiveOrRestore);
    connect(m_saveButton, &QPushButton::clicked, this, &FormatsDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &FormatsDialog::reject);

    resize(980, 720);
}

bool FormatsDialog::selectFormat(Id id)
{
    if (!maybeSave())
        return false;
    auto found = FormatRepository(m_db).byId(id);
    if (!found) {
        MessageBoxes::showError(this, found.error());
        return false;
    }
    if (!*found)
        return false;
    if ((*found)->archived)
        m_showArchived->setChecked(true);
    reload(id);
    showFormat(**found);
    return true;
}

void FormatsDialog::reload(Id select)
{
    auto formats = FormatRepository(m_db).all(m_showArchived->isChecked());
    if (!formats) {
        MessageBoxes::showError(this, formats.error());
        return;
    }
    QScopedValueRollback guard(m_selecting, true);
    m_model->setFormats(std::move(formats).value());
    selectRowOf(select);
}

void FormatsDialog::selectRowOf(Id id)
{
    QScopedValueRollback guard(m_selecting, true);
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, FormatListModel::NameColumn));
    else
        m_list->selectionModel()->clear();
}

void FormatsDialog::showFormat(const Format &format)
{
    {
        ChangeTracker::Pause pause(*m_changes);
        m_current = format;
        m_name->setText(format.name);
        m_description->setPlainText(format.description);
        m_partner->setText(format.partner);
        m_location->setText(format.defaultLocation);
        m_start->setTime(timeOf(format.defaultHours.start));
        m_end->setTime(timeOf(format.defaultHours.end));
        m_slotMinutes->setValue(format.defaultSlotMinutes);
        m_contactName->setText(format.contactName);
        m_contactPhone->setText(format.contactPhone);
        m_contactEmail->setText(format.contactEmail);
        m_letterBody->setPlainText(format.letterBody);
        m_colourButton->setColour(format.colour);
    }
    m_changes->setDirty(false);
    updateButtons();
}

Format FormatsDialog::formatFromEditor() const
{
    Format f = m_current;
    f.name = m_name->text().simplified();
    f.description = m_description->toPlainText().trimmed();
    f.partner = m_partner->text().trimmed();
    f.defaultLocation = m_location->text().trimmed();
    f.defaultHours = {minutesOf(m_start->time()), minutesOf(m_end->time())};
    f.defaultSlotMinutes = m_slotMinutes->value();
    f.contactName = m_contactName->text().trimmed();
    f.contactPhone = m_contactPhone->text().trimmed();
    f.contactEmail = m_contactEmail->text().trimmed();
    f.letterBody = m_letterBody->toPlainText();
    f.colour = m_colourButton->colour();
    return f;
}

Status FormatsDialog::validate(const Format &format) const
{
    if (Status s = checkRequired(tr("Name"), format.name); !s)
        return s;
    if (format.defaultHours.end <= format.defaultHours.start)
        return invalidField(tr("Default hours"), tr("The end must be later than the start."));
    if (format.defaultSlotMinutes > format.defaultHours.end - format.defaultHours.start)
        return invalidField(tr("Slot length"), tr("One slot must fit into the default hours."));
    if (Status s = checkPhone(tr("Phone"), format.contactPhone); !s)
        return s;
    // An unknown placeholder would be printed as it is in every letter: say so now, not on paper.
    if (const QStringList unknown = unknownPlaceholders(format.letterBody); !unknown.isEmpty())
        return invalidField(tr("Letter text"), tr("Unknown placeholder(s): %1. Known are: %2.")
                                                   .arg(unknown.join(QStringLiteral(", ")),
                                                        knownPlaceholders().join(QStringLiteral(", "))));
    return checkEmail(tr("E-mail"), format.contactEmail);
}

Result<Id> FormatsDialog::store(const Format &format)
{
    FormatRepository formats(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto namesake = formats.byName(format.name);
    if (!namesake)
        return namesake.error();
    if (*namesake && (*namesake)->id != format.id)
        return invalidField(tr("Name"), tr("There is already a format called “%1”.").arg(format.name));
    Id id = format.id;
    if (id == 0) {
        auto inserted = formats.insert(format);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = formats.update(format); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

bool FormatsDialog::save()
{
    const Format format = formatFromEditor();
    if (Status s = validate(format); !s) {
        MessageBoxes::showError(this, s.error());
        return false;
    }
    auto stored = store(format);
    if (!stored) {
        MessageBoxes::showError(this, stored.error());
        return false;
    }
    Format saved = format;
    saved.id = *stored;
    // Show what is stored now, with its new version, so that the next save is checked against it.
    if (auto fresh = FormatRepository(m_db).byId(saved.id); fresh && *fresh)
        saved = **fresh;
    reload(saved.id);
    showFormat(saved);
    Q_EMIT formatsChanged();
    return true;
}

void FormatsDialog::addNew()
{
    if (!maybeSave())
        return;
    selectRowOf(0);
    showFormat(Format{});
    m_name->setFocus();
}

Status FormatsDialog::removeOrArchive(const Format &format, bool &archived)
{
    FormatRepository formats(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto uses = formats.usageCount(format.id);
    if (!uses)
        return uses.error();
    archived = *uses > 0;
    if (archived) {
        auto stored = formats.byId(format.id);
        if (!stored)
            return stored.error();
        if (!*stored)
            return makeError(ErrorCode::NotFound, {tr("Format"), format.name});
        Format changed = **stored;
        changed.archived = true;
        if (Status s = formats.update(changed); !s)
            return s;
    } else if (Status s = formats.remove(format.id); !s) {
        return s;
    }
    return tx.commit();
}

void FormatsDialog::archiveOrRestore()
{
    if (m_current.id == 0 || !maybeSave())
        return;
    const Format format = m_current;
    if (format.archived) {
        Format restored = format;
        restored.archived = false;
        if (auto stored = store(restored); !stored) {
            MessageBoxes::showError(this, stored.error());
            return;
        }
        if (auto fresh = FormatRepository(m_db).byId(restored.id); fresh && *fresh)
            restored = **fresh;
        reload(restored.id);
        showFormat(restored);
        Q_EMIT formatsChanged();
        return;
    }
    const auto answer =
        MessageBoxes::question(this, tr("Archive format"),
                               tr("Remove the format “%1”? A format that has consultation days or waitlist "
                                  "entries is archived and kept for the history; one without is deleted.")
                                   .arg(format.name));
    if (answer != QMessageBox::Yes)
        return;
    bool archived = false;
    if (Status s = removeOrArchive(format, archived); !s) {
        MessageBoxes::showError(this, s.error());
        return;
    }
    const int row = m_list->currentIndex().row();
    reload(0);
    if (m_model->rowCount() > 0) {
        const Format &next = m_model->formatAt(std::clamp(row, 0, m_model->rowCount() - 1));
        selectRowOf(next.id);
        showFormat(next);
    } else {
        showFormat(Format{});
    }
    Q_EMIT formatsChanged();
    if (archived)
        MessageBoxes::information(this, tr("Format archived"),
                                  tr("The format “%1” has consultation days or waitlist entries and was "
                                     "archived. Its days stay unchanged; it is no longer offered for new "
                                     "days.")
                                      .arg(format.name));
    else
        MessageBoxes::information(
            this, tr("Format deleted"),
            tr("The format “%1” had no consultation days and was deleted.").arg(format.name));
}

bool FormatsDialog::maybeSave()
{
    if (!m_changes->isDirty())
        return true;
    const QString name = m_name->text().simplified();
    const QString text =
        name.isEmpty() ? tr("Save the new format?") : tr("Save the changes to the format “%1”?").arg(name);
    return MessageBoxes::resolveUnsaved(
        this, text, [this] { return save(); }, [this] { m_changes->setDirty(false); });
}

void FormatsDialog::currentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const Id wanted = current.isValid() ? current.data(FormatListModel::IdRole).toLongLong() : 0;
    if (!maybeSave()) {
        selectRowOf(m_current.id);
        return;
    }
    // Saving reloads the list, so the row is looked up again.
    const int row = m_model->rowOf(wanted);
    if (row < 0)
        return;
    selectRowOf(wanted);
    showFormat(m_model->formatAt(row));
}

void FormatsDialog::updateButtons()
{
    m_archiveButton->setEnabled(m_current.id != 0);
    m_archiveButton->setText(m_current.archived ? tr("R&estore") : tr("&Archive"));
    m_archiveButton->setToolTip(
        m_current.archived ? tr("Offer the format for new consultation days again")
                           : tr("Archive the format, or delete it when it has no consultation days"));
}

void FormatsDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace Sprechtag
