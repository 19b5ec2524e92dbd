// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ConsultantsDialog.h"

#include "dialogs/ChangeTracker.h"
#include "dialogs/FieldChecks.h"
#include "MessageBoxes.h"
#include "models/ConsultantListModel.h"
#include "scheduling/DirectoryService.h"
#include "storage/ConsultantRepository.h"
#include "storage/Database.h"

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
#include <QVBoxLayout>

#include <algorithm>

namespace Sprechtag {

ConsultantsDialog::ConsultantsDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("consultantsDialog"));
    setWindowTitle(tr("Consultants"));
    m_model = new ConsultantListModel(this);
    m_changes = new ChangeTracker(this);
    buildUi();
    reload(0);
    if (m_model->rowCount() > 0)
        selectConsultant(m_model->consultantAt(0).id);
    else
        showConsultant(Consultant{});
}

void ConsultantsDialog::buildUi()
{
    auto *listLabel = new QLabel(tr("C&onsultants:"), this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("consultantList"));
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

    auto lineEdit = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setMinimumWidth(280);
        m_changes->watch(edit);
        return edit;
    };
    m_name = lineEdit(QStringLiteral("consultantName"));
    m_title = lineEdit(QStringLiteral("consultantTitle"));
    m_organisation = lineEdit(QStringLiteral("consultantOrganisation"));
    m_email = lineEdit(QStringLiteral("consultantEmail"));
    m_phone = lineEdit(QStringLiteral("consultantPhone"));
    m_profile = new QPlainTextEdit(this);
    m_profile->setObjectName(QStringLiteral("consultantProfile"));
    m_profile->setTabChangesFocus(true);
    m_profile->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_profile->setPlaceholderText(tr("What the consultant advises on, for the briefing sheet"));
    m_changes->watch(m_profile);
    m_active = new QCheckBox(tr("A&ctive: can be planned for new consultation days"), this);
    m_active->setObjectName(QStringLiteral("consultantActive"));
    m_changes->watch(m_active);

    auto *details = new QGroupBox(tr("Consultant"), this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("O&rganisation:"), m_organisation);
    form->addRow(tr("E-ma&il:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Pro&file:"), m_profile);
    form->addRow(QString(), m_active);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(details, 2);

    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_newButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAutoDefault(false);
    m_removeButton->setToolTip(
        tr("Archive the consultant, or delete them when they were never planned for a consultation day"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    const QList<QWidget *> order{m_list,         m_showArchived, m_name,       m_title,  m_organisation,
                                 m_email,        m_phone,        m_profile,    m_active, m_newButton,
                                 m_removeButton, m_saveButton,   m_closeButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { reload(m_current.id); });
    connect(m_newButton, &QPushButton::clicked, this, &ConsultantsDialog::addNew);
    connect(m_removeButton, &QPushButton::clicked, this, &ConsultantsDialog::remove);
    connect(m_saveButton, &QPushButton::clicked, this, &ConsultantsDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &ConsultantsDialog::reject);

    resize(860, 560);
}

bool ConsultantsDialog::selectConsultant(Id id)
{
    if (!maybeSave())
        return false;
    auto found = ConsultantRepository(m_db).byId(id);
    if (!found) {
        MessageBoxes::showError(this, found.error());
        return false;
    }
    if (!*found)
        return false;
    if (!(*found)->active)
        m_showArchived->setChecked(true);
    reload(id);
    showConsultant(**found);
    return true;
}

void ConsultantsDialog::reload(Id select)
{
    auto consultants = ConsultantRepository(m_db).all(m_showArchived->isChecked());
    if (!consultants) {
        MessageBoxes::showError(this, consultants.error());
        return;
    }
    QScopedValueRollback guard(m_selecting, true);
    m_model->setConsultants(std::move(consultants).value());
    selectRowOf(select);
}

void ConsultantsDialog::selectRowOf(Id id)
{
    QScopedValueRollback guard(m_selecting, true);
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, ConsultantListModel::NameColumn));
    else
        m_list->selectionModel()->clear();
}

void ConsultantsDialog::showConsultant(const Consultant &consultant)
{
    {
        ChangeTracker::Pause pause(*m_changes);
        m_current = consultant;
        m_name->setText(consultant.name);
        m_title->setText(consultant.title);
        m_organisation->setText(consultant.organisation);
        m_email->setText(consultant.email);
        m_phone->setText(consultant.phone);
        m_profile->setPlainText(consultant.profile);
        m_active->setChecked(consultant.active);
    }
    m_changes->setDirty(false);
    updateButtons();
}

Consultant ConsultantsDialog::consultantFromEditor() const
{
    Consultant c = m_current;
    c.name = m_name->text().simplified();
    c.title = m_title->text().trimmed();
    c.organisation = m_organisation->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.profile = m_profile->toPlainText().trimmed();
    c.active = m_active->isChecked();
    return c;
}

Status ConsultantsDialog::validate(const Consultant &consultant) const
{
    if (Status s = checkRequired(tr("Name"), consultant.name); !s)
        return s;
    if (Status s = checkEmail(tr("E-mail"), consultant.email); !s)
        return s;
    return checkPhone(tr("Phone"), consultant.phone);
}

Result<Id> ConsultantsDialog::store(const Consultant &consultant)
{
    ConsultantRepository consultants(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    Id id = consultant.id;
    if (id == 0) {
        auto inserted = consultants.insert(consultant);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else if (Status s = consultants.update(consultant); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

bool ConsultantsDialog::save()
{
    const Consultant consultant = consultantFromEditor();
    if (Status s = validate(consultant); !s) {
        MessageBoxes::showError(this, s.error());
        return false;
    }
    auto stored = store(consultant);
    if (!stored) {
        MessageBoxes::showError(this, stored.error());
        return false;
    }
    Consultant saved = consultant;
    saved.id = *stored;
    // Show what is stored now, with its new version, so that the next save is checked against it.
    if (auto fresh = ConsultantRepository(m_db).byId(saved.id); fresh && *fresh)
        saved = **fresh;
    if (!saved.active)
        m_showArchived->setChecked(true);
    reload(saved.id);
    showConsultant(saved);
    Q_EMIT consultantsChanged();
    return true;
}

void ConsultantsDialog::addNew()
{
    if (!maybeSave())
        return;
    selectRowOf(0);
    showConsultant(Consultant{});
    m_name->setFocus();
}

void ConsultantsDialog::remove()
{
    if (m_current.id == 0 || !maybeSave())
        return;
    const Consultant consultant = m_current;
    const auto answer = MessageBoxes::question(
        this, tr("Remove consultant"),
        tr("Remove %1? A consultant who is planned for a consultation day is archived and kept for the "
           "history; one who never was is deleted.")
            .arg(consultant.name));
    if (answer != QMessageBox::Yes)
        return;
    auto removed = DirectoryService(m_db).removeConsultant(consultant.id);
    if (!removed) {
        MessageBoxes::showError(this, removed.error());
        return;
    }
    const int row = m_list->currentIndex().row();
    reload(0);
    if (m_model->rowCount() > 0) {
        const Consultant &next = m_model->consultantAt(std::clamp(row, 0, m_model->rowCount() - 1));
        selectRowOf(next.id);
        showConsultant(next);
    } else {
        showConsultant(Consultant{});
    }
    Q_EMIT consultantsChanged();
    if (*removed == Removal::Archived)
        MessageBoxes::information(this, tr("Consultant archived"),
                                  tr("%1 is planned for consultation days and was therefore archived, not "
                                     "deleted. Their days and bookings stay unchanged; they are no longer "
                                     "offered for new days.")
                                      .arg(consultant.name));
    else
        MessageBoxes::information(
            this, tr("Consultant deleted"),
            tr("%1 was never planned for a consultation day and was deleted.").arg(consultant.name));
}

bool ConsultantsDialog::maybeSave()
{
    if (!m_changes->isDirty())
        return true;
    const QString name = m_name->text().simplified();
    const QString text =
        name.isEmpty() ? tr("Save the new consultant?") : tr("Save the changes to %1?").arg(name);
    return MessageBoxes::resolveUnsaved(
        this, text, [this] { return save(); }, [this] { m_changes->setDirty(false); });
}

void ConsultantsDialog::currentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const Id wanted = current.isValid() ? current.data(ConsultantListModel::IdRole).toLongLong() : 0;
    if (!maybeSave()) {
        selectRowOf(m_current.id);
        return;
    }
    // Saving reloads the list, so the row is looked up again.
    const int row = m_model->rowOf(wanted);
    if (row < 0)
        return;
    selectRowOf(wanted);
    showConsultant(m_model->consultantAt(row));
}

void ConsultantsDialog::updateButtons()
{
    m_removeButton->setEnabled(m_current.id != 0);
}

void ConsultantsDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace Sprechtag
