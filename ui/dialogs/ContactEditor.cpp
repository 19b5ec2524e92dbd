// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ContactEditor.h"

#include "dialogs/ChangeTracker.h"
#include "models/ContactTableModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace Sprechtag {

ContactEditor::ContactEditor(QWidget *parent) : QGroupBox(tr("Contact persons"), parent)
{
    setObjectName(QStringLiteral("contactEditor"));
    m_model = new ContactTableModel(this);
    m_changes = new ChangeTracker(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);

    m_salutation = new QComboBox(this);
    m_salutation->setObjectName(QStringLiteral("contactSalutation"));
    for (Salutation s : {Salutation::Frau, Salutation::Herr, Salutation::None})
        m_salutation->addItem(salutationName(s), static_cast<int>(s));
    m_changes->watch(m_salutation);
    auto lineEdit = [this](const QString &objectName) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        m_changes->watch(edit);
        return edit;
    };
    m_title = lineEdit(QStringLiteral("contactTitle"));
    m_firstName = lineEdit(QStringLiteral("contactFirstName"));
    m_lastName = lineEdit(QStringLiteral("contactLastName"));
    m_email = lineEdit(QStringLiteral("contactEmail"));
    m_phone = lineEdit(QStringLiteral("contactPhone"));

    auto *grid = new QGridLayout;
    auto addField = [this, grid](int row, int column, const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        grid->addWidget(text, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("Sal&utation:"), m_salutation);
    addField(0, 1, tr("Tit&le:"), m_title);
    addField(1, 0, tr("&First name:"), m_firstName);
    addField(1, 1, tr("L&ast name:"), m_lastName);
    addField(2, 0, tr("E-ma&il:"), m_email);
    addField(2, 1, tr("&Phone:"), m_phone);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_newButton = new QPushButton(tr("New C&ontact"), this);
    m_newButton->setObjectName(QStringLiteral("newContactButton"));
    m_newButton->setAutoDefault(false);
    m_archiveButton = new QPushButton(tr("Archive Contact"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveContactButton"));
    m_archiveButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT contactPicked(current.data(ContactTableModel::IdRole).toLongLong());
            });
    connect(m_newButton, &QPushButton::clicked, this, &ContactEditor::newRequested);
    connect(m_archiveButton, &QPushButton::clicked, this, &ContactEditor::archiveRequested);
}

void ContactEditor::setContacts(Id companyId, const QList<Contact> &contacts, Id show)
{
    {
        QScopedValueRollback guard(m_selecting, true);
        m_model->setRecords(contacts);
        m_table->resizeColumnsToContents();
    }
    m_stored = Contact{};
    m_stored.companyId = companyId;
    if (showListed(show))
        return;
    if (show == 0 && !contacts.isEmpty() && showListed(contacts.first().id))
        return;
    showNew();
}

bool ContactEditor::showListed(Id id)
{
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    selectRow(id);
    showContact(m_model->recordAt(row));
    return true;
}

void ContactEditor::showNew()
{
    Contact blank;
    blank.companyId = m_stored.companyId;
    selectRow(0);
    showContact(blank);
}

void ContactEditor::reselect()
{
    selectRow(m_stored.id);
}

void ContactEditor::selectRow(Id id)
{
    QScopedValueRollback guard(m_selecting, true);
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, ContactTableModel::SalutationColumn));
    else
        m_table->selectionModel()->clear();
}

void ContactEditor::showContact(const Contact &contact)
{
    {
        ChangeTracker::Pause pause(*m_changes);
        m_stored = contact;
        m_salutation->setCurrentIndex(m_salutation->findData(static_cast<int>(contact.salutation)));
        m_title->setText(contact.title);
        m_firstName->setText(contact.firstName);
        m_lastName->setText(contact.lastName);
        m_email->setText(contact.email);
        m_phone->setText(contact.phone);
    }
    m_changes->setDirty(false);
    m_archiveButton->setEnabled(contact.id != 0);
    m_archiveButton->setText(contact.archived ? tr("Restore Contact") : tr("Archive Contact"));
}

Contact ContactEditor::edited() const
{
    Contact c = m_stored;
    c.salutation = static_cast<Salutation>(m_salutation->currentData().toInt());
    c.title = m_title->text().trimmed();
    c.firstName = m_firstName->text().trimmed();
    c.lastName = m_lastName->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    return c;
}

bool ContactEditor::needsSaving() const
{
    if (!m_changes->isDirty())
        return false;
    if (m_stored.id != 0)
        return true;
    // Only the salutation box touched is no new contact yet.
    const Contact c = edited();
    return !(c.title.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty() && c.email.isEmpty() &&
             c.phone.isEmpty());
}

void ContactEditor::discardChanges()
{
    m_changes->setDirty(false);
}

void ContactEditor::focusFields()
{
    m_salutation->setFocus();
}

QList<QWidget *> ContactEditor::focusChain() const
{
    return {m_table, m_salutation, m_title,     m_firstName,    m_lastName,
            m_email, m_phone,      m_newButton, m_archiveButton};
}

} // namespace Sprechtag
