// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CompaniesDialog.h"

#include "dialogs/ChangeTracker.h"
#include "dialogs/CompanyFinder.h"
#include "dialogs/ContactEditor.h"
#include "domain/Validation.h"
#include "MessageBoxes.h"
#include "models/CompanyListModel.h"
#include "scheduling/DirectoryService.h"
#include "storage/CompanyRepository.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sprechtag {

namespace {

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

CompaniesDialog::CompaniesDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("companiesDialog"));
    setWindowTitle(tr("Companies and Contact Persons"));
    m_companyChanges = new ChangeTracker(this);
    buildUi();
    m_finder->reload(0);
    if (m_finder->model()->rowCount() > 0)
        selectCompany(m_finder->model()->companyAt(0).id);
    else
        showCompany(Company{}, 0);
}

void CompaniesDialog::buildUi()
{
    auto *columns = new QHBoxLayout;
    m_finder = new CompanyFinder(m_db, this);
    columns->addWidget(m_finder, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(buildCompanyEditor());
    m_contacts = new ContactEditor(this);
    right->addWidget(m_contacts, 1);
    columns->addLayout(right, 3);

    m_newButton = makeButton(tr("&New Company"), QStringLiteral("newButton"), this);
    m_removeButton = makeButton(tr("&Remove Company…"), QStringLiteral("removeButton"), this);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the company and the contact person being edited"));
    m_closeButton = makeButton(tr("Close"), QStringLiteral("closeButton"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    QList<QWidget *> order = m_finder->focusChain();
    order << QList<QWidget *>{m_name,     m_street, m_postcode, m_city, m_membershipNumber,
                              m_industry, m_website};
    order << m_contacts->focusChain();
    order << QList<QWidget *>{m_newButton, m_removeButton, m_saveButton, m_closeButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_finder, &CompanyFinder::companyPicked, this, &CompaniesDialog::companyPicked);
    // Archived contacts are listed along with archived companies.
    connect(m_finder, &CompanyFinder::showArchivedChanged, this,
            [this] { showStoredCompany(m_company.id, m_contacts->stored().id); });
    connect(m_contacts, &ContactEditor::contactPicked, this, &CompaniesDialog::contactPicked);
    connect(m_contacts, &ContactEditor::newRequested, this, &CompaniesDialog::addContact);
    connect(m_contacts, &ContactEditor::archiveRequested, this, &CompaniesDialog::archiveOrRestoreContact);
    connect(m_newButton, &QPushButton::clicked, this, &CompaniesDialog::addCompany);
    connect(m_removeButton, &QPushButton::clicked, this, &CompaniesDialog::removeOrRestoreCompany);
    connect(m_saveButton, &QPushButton::clicked, this, &CompaniesDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &CompaniesDialog::reject);
    resize(1120, 760);
}

QWidget *CompaniesDialog::buildCompanyEditor()
{
    auto *group = new QGroupBox(tr("Company"), this);
    auto lineEdit = [this, group](const QString &objectName) {
        auto *edit = new QLineEdit(group);
        edit->setObjectName(objectName);
        edit->setMinimumWidth(260);
        m_companyChanges->watch(edit);
        return edit;
    };
    m_name = lineEdit(QStringLiteral("companyName"));
    m_street = lineEdit(QStringLiteral("companyStreet"));
    m_postcode = lineEdit(QStringLiteral("companyPostcode"));
    m_postcode->setMaxLength(10);
    m_postcode->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_postcode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    m_city = lineEdit(QStringLiteral("companyCity"));
    m_membershipNumber = lineEdit(QStringLiteral("companyMembershipNumber"));
    m_industry = lineEdit(QStringLiteral("companyIndustry"));
    m_website = lineEdit(QStringLiteral("companyWebsite"));

    auto *place = new QHBoxLayout;
    place->addWidget(m_postcode);
    place->addWidget(m_city, 1);
    auto *placeLabel = new QLabel(tr("Postcode, ci&ty:"), group);
    placeLabel->setBuddy(m_postcode);
    m_city->setAccessibleName(tr("City"));

    auto *form = new QFormLayout(group);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("S&treet:"), m_street);
    form->addRow(placeLabel, place);
    form->addRow(tr("IHK mem&bership number:"), m_membershipNumber);
    form->addRow(tr("In&dustry:"), m_industry);
    form->addRow(tr("&Website:"), m_website);
    return group;
}

bool CompaniesDialog::selectCompany(Id id)
{
    if (!maybeSave())
        return false;
    auto found = CompanyRepository(m_db).byId(id);
    if (!found) {
        MessageBoxes::showError(this, found.error());
        return false;
    }
    if (!*found)
        return false;
    if ((*found)->archived)
        m_finder->setShowArchived(true);
    m_finder->reload(id);
    showCompany(**found, 0);
    return true;
}

void CompaniesDialog::showCompany(const Company &company, Id contactToShow)
{
    QList<Contact> contacts;
    if (company.id != 0) {
        auto stored = CompanyRepository(m_db).contactsOf(company.id, m_finder->showsArchived());
        if (!stored)
            MessageBoxes::showError(this, stored.error());
        else
            contacts = std::move(stored).value();
    }
    {
        ChangeTracker::Pause pause(*m_companyChanges);
        m_company = company;
        m_name->setText(company.name);
        m_street->setText(company.street);
        m_postcode->setText(company.postcode);
        m_city->setText(company.city);
        m_membershipNumber->setText(company.membershipNumber);
        m_industry->setText(company.industry);
        m_website->setText(company.website);
    }
    m_companyChanges->setDirty(false);
    m_contacts->setContacts(company.id, contacts, contactToShow);
    m_removeButton->setEnabled(company.id != 0);
    m_removeButton->setText(company.archived ? tr("R&estore Company") : tr("&Remove Company…"));
}

void CompaniesDialog::showStoredCompany(Id companyId, Id contactToShow)
{
    auto stored = companyId != 0 ? CompanyRepository(m_db).byId(companyId)
                                 : Result<std::optional<Company>>(std::optional<Company>());
    if (!stored) {
        MessageBoxes::showError(this, stored.error());
        return;
    }
    if (*stored) {
        m_finder->select(companyId);
        showCompany(**stored, contactToShow);
    } else {
        m_finder->select(0);
        showCompany(Company{}, 0);
    }
}

Company CompaniesDialog::companyFromEditor() const
{
    Company c = m_company;
    c.name = m_name->text().simplified();
    c.street = m_street->text().trimmed();
    c.postcode = m_postcode->text().trimmed();
    c.city = m_city->text().trimmed();
    c.membershipNumber = m_membershipNumber->text().trimmed();
    c.industry = m_industry->text().trimmed();
    c.website = m_website->text().trimmed();
    return c;
}

Result<CompaniesDialog::SavedIds> CompaniesDialog::store(const Company &company,
                                                         const std::optional<Contact> &contact)
{
    // The directory refuses a second company or contact whose name means the same as an existing one.
    DirectoryService directory(m_db);
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    SavedIds ids{company.id, contact ? contact->id : 0};
    if (company.id == 0 || m_companyChanges->isDirty()) {
        auto saved = directory.saveCompany(company);
        if (!saved)
            return saved.error();
        ids.company = *saved;
    }
    if (contact) {
        Contact c = *contact;
        c.companyId = ids.company;
        auto saved = directory.saveContact(c);
        if (!saved)
            return saved.error();
        ids.contact = *saved;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

bool CompaniesDialog::save()
{
    const Company company = companyFromEditor();
    const Contact contact = m_contacts->edited();
    const bool withContact = m_contacts->needsSaving();
    if (company.id != 0 && !m_companyChanges->isDirty() && !withContact)
        return true;
    // Both are checked before anything is written: nothing is half-saved.
    if (Status s = validateCompany(company); !s) {
        MessageBoxes::showError(this, s.error());
        m_name->setFocus();
        return false;
    }
    if (withContact) {
        if (Status s = validateContact(contact); !s) {
            MessageBoxes::showError(this, s.error());
            m_contacts->focusFields();
            return false;
        }
    }
    auto stored = store(company, withContact ? std::optional<Contact>(contact) : std::nullopt);
    if (!stored) {
        failed(stored.error());
        return false;
    }
    m_finder->reload(stored->company);
    showStoredCompany(stored->company, stored->contact);
    Q_EMIT companiesChanged();
    return true;
}

void CompaniesDialog::failed(const Error &error)
{
    MessageBoxes::showError(this, error);
    // Someone else's newer state is shown rather than overwritten; the user enters the change again.
    if (error.code == ErrorCode::ChangedMeanwhile) {
        m_finder->reload(m_company.id);
        showStoredCompany(m_company.id, m_contacts->stored().id);
    }
}

void CompaniesDialog::addCompany()
{
    if (!maybeSave())
        return;
    m_finder->select(0);
    showCompany(Company{}, 0);
    m_name->setFocus();
}

void CompaniesDialog::removeOrRestoreCompany()
{
    if (m_company.id == 0 || !maybeSave())
        return;
    const Company company = m_company;
    if (company.archived) {
        Company restored = company;
        restored.archived = false;
        if (Status s = CompanyRepository(m_db).update(restored); !s) {
            failed(s.error());
            return;
        }
        m_finder->reload(company.id);
        showStoredCompany(company.id, m_contacts->stored().id);
        Q_EMIT companiesChanged();
        return;
    }
    const auto answer = MessageBoxes::question(
        this, tr("Remove company"),
        tr("Remove %1? A company with bookings or waitlist entries is archived and kept for the history; "
           "one without is deleted together with its contact persons.")
            .arg(company.name));
    if (answer != QMessageBox::Yes)
        return;
    auto removed = DirectoryService(m_db).removeCompany(company.id);
    if (!removed) {
        MessageBoxes::showError(this, removed.error());
        return;
    }
    const int row = m_finder->currentRow();
    m_finder->reload(0);
    const CompanyListModel *listed = m_finder->model();
    if (listed->rowCount() > 0) {
        const Id next = listed->companyAt(std::clamp(row, 0, listed->rowCount() - 1)).id;
        showStoredCompany(next, 0);
    } else {
        showCompany(Company{}, 0);
    }
    Q_EMIT companiesChanged();
    if (*removed == Removal::Archived)
        MessageBoxes::information(this, tr("Company archived"),
                                  tr("%1 has bookings or waitlist entries and was therefore archived, not "
                                     "deleted. Its bookings stay in the history.")
                                      .arg(company.name));
    else
        MessageBoxes::information(
            this, tr("Company deleted"),
            tr("%1 had no bookings and was deleted together with its contact persons.").arg(company.name));
}

void CompaniesDialog::addContact()
{
    if (!maybeSaveContact())
        return;
    m_contacts->showNew();
    m_contacts->focusFields();
}

void CompaniesDialog::archiveOrRestoreContact()
{
    if (m_contacts->stored().id == 0 || !maybeSaveContact())
        return;
    Contact changed = m_contacts->stored();
    changed.archived = !changed.archived;
    if (Status s = CompanyRepository(m_db).updateContact(changed); !s) {
        failed(s.error());
        return;
    }
    // An archived contact stays listed only while archived ones are shown.
    showStoredCompany(m_company.id, changed.archived && !m_finder->showsArchived() ? 0 : changed.id);
    Q_EMIT companiesChanged();
}

bool CompaniesDialog::maybeSave()
{
    if (!m_companyChanges->isDirty() && !m_contacts->needsSaving())
        return true;
    const QString name = m_name->text().simplified();
    const QString text =
        name.isEmpty() ? tr("Save the new company?") : tr("Save the changes to %1?").arg(name);
    return MessageBoxes::resolveUnsaved(
        this, text, [this] { return save(); },
        [this] {
            m_companyChanges->setDirty(false);
            m_contacts->discardChanges();
        });
}

bool CompaniesDialog::maybeSaveContact()
{
    if (!m_contacts->needsSaving())
        return true;
    const QString name = m_contacts->edited().fullName();
    const QString text = m_contacts->stored().id == 0 || name.isEmpty()
                             ? tr("Save the new contact person?")
                             : tr("Save the changes to %1?").arg(name);
    return MessageBoxes::resolveUnsaved(
        this, text, [this] { return save(); }, [this] { m_contacts->discardChanges(); });
}

void CompaniesDialog::companyPicked(Id id)
{
    if (!maybeSave()) {
        m_finder->select(m_company.id);
        return;
    }
    showStoredCompany(id, 0);
}

void CompaniesDialog::contactPicked(Id id)
{
    if (!maybeSaveContact()) {
        m_contacts->reselect();
        return;
    }
    // Saving reloads the contacts; the picked one is looked up again.
    if (!m_contacts->showListed(id))
        m_contacts->reselect();
}

Id CompaniesDialog::currentContactId() const
{
    return m_contacts->stored().id;
}

void CompaniesDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace Sprechtag
