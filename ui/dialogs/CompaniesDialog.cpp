// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CompaniesDialog.h"

#include "dialogs/ChangeTracker.h"
#include "dialogs/CompanyFinder.h"
#include "dialogs/ContactEditor.h"
#include "domain/Validation.h"
#include "MessageBoxes.h"
#include "models/CompanyListModel.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

// The CompanyFinder lists the companies; save() writes the company with its contact person.
const RecordAccess<Company> kAccess{nullptr,
                                    &MasterDataService::company,
                                    &MasterDataService::saveCompany,
                                    &MasterDataService::removeOrArchiveCompany,
                                    [](const Company &c) { return c.archived; },
                                    true};

} // namespace

CompaniesDialog::CompaniesDialog(const Database &db, QWidget *parent)
    : RecordDialog<Company>(db, kAccess, nullptr, QStringLiteral("companiesDialog"),
                            tr("Companies and Contact Persons"), parent)
{
    connect(this, &MasterDetailDialog::recordsChanged, this, &CompaniesDialog::companiesChanged);
    buildUi();
    reloadList(0);
    showFirst();
}

void CompaniesDialog::buildUi()
{
    auto *columns = new QHBoxLayout;
    m_finder = new CompanyFinder(database(), this);
    columns->addWidget(m_finder, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(buildCompanyEditor());
    m_contacts = new ContactEditor(this);
    right->addWidget(m_contacts, 1);
    columns->addLayout(right, 3);

    createButtons(tr("&New Company"), {tr("&Remove Company…"), QString(), tr("R&estore Company"), QString()},
                  QStringLiteral("removeButton"));
    setNameField(m_name, {tr("Save the new company?"), tr("Save the changes to %1?")});
    setRemovalTexts({tr("Remove company"),
                     tr("Remove %1? A company with bookings or waitlist entries is archived and kept for the "
                        "history; one without is deleted together with its contact persons."),
                     tr("Company archived"),
                     tr("%1 has bookings or waitlist entries and was therefore archived, not deleted. Its "
                        "bookings stay in the history."),
                     tr("Company deleted"),
                     tr("%1 had no bookings and was deleted together with its contact persons.")});
    saveButton()->setToolTip(tr("Save the company and the contact person being edited"));
    QList<QWidget *> editor{m_name, m_street, m_postcode, m_city, m_membershipNumber, m_industry, m_website};
    editor << m_contacts->focusChain();
    finishLayout(columns, editor, QSize(1120, 760));

    connect(m_finder, &CompanyFinder::companyPicked, this, &CompaniesDialog::picked);
    // Archived contacts are listed along with archived companies.
    connect(m_finder, &CompanyFinder::showArchivedChanged, this, &CompaniesDialog::showArchivedChanged);
    connect(m_contacts, &ContactEditor::contactPicked, this, &CompaniesDialog::contactPicked);
    connect(m_contacts, &ContactEditor::newRequested, this, &CompaniesDialog::addContact);
    connect(m_contacts, &ContactEditor::archiveRequested, this, &CompaniesDialog::archiveOrRestoreContact);
}

QWidget *CompaniesDialog::buildCompanyEditor()
{
    auto *group = new QGroupBox(tr("Company"), this);
    constexpr int width = 260;
    m_name = textField(QStringLiteral("companyName"), &Company::name, width, group);
    m_street = textField(QStringLiteral("companyStreet"), &Company::street, width, group);
    m_postcode = textField(QStringLiteral("companyPostcode"), &Company::postcode, width, group);
    m_postcode->setMaxLength(10);
    m_postcode->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_postcode->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
    m_city = textField(QStringLiteral("companyCity"), &Company::city, width, group);
    m_membershipNumber =
        textField(QStringLiteral("companyMembershipNumber"), &Company::membershipNumber, width, group);
    m_industry = textField(QStringLiteral("companyIndustry"), &Company::industry, width, group);
    m_website = textField(QStringLiteral("companyWebsite"), &Company::website, width, group);

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

void CompaniesDialog::reloadList(Id select)
{
    m_finder->reload(select);
}

void CompaniesDialog::selectListed(Id id)
{
    m_finder->select(id);
}

int CompaniesDialog::listedRow() const
{
    return m_finder->currentRow();
}

int CompaniesDialog::listedCount() const
{
    return m_finder->model()->rowCount();
}

Id CompaniesDialog::listedIdAt(int row) const
{
    return m_finder->model()->idAt(row);
}

bool CompaniesDialog::showsArchived() const
{
    return m_finder->showsArchived();
}

void CompaniesDialog::setShowArchived(bool show)
{
    m_finder->setShowArchived(show);
}

QList<QWidget *> CompaniesDialog::listChain() const
{
    return m_finder->focusChain();
}

void CompaniesDialog::fillEditor(const Company &company)
{
    const Id contact = m_nextContact.value_or(company.id == m_shownCompany ? m_contacts->stored().id : 0);
    m_nextContact.reset();
    m_shownCompany = company.id;
    QList<Contact> contacts;
    if (company.id != 0) {
        auto stored = service().contactsOf(company.id, m_finder->showsArchived());
        if (!stored)
            showReadError(stored.error());
        else
            contacts = std::move(stored).value();
    }
    m_contacts->setContacts(company.id, contacts, contact);
}

void CompaniesDialog::showArchivedChanged()
{
    if (current().id != 0) {
        showStored(current().id, false);
        return;
    }
    m_finder->select(0);
    showEmpty();
}

bool CompaniesDialog::checkBeforeSaving(const Company &company, bool withContact)
{
    // The service checks both as well; here the field in the way gets the focus.
    if (Status s = validateCompany(company); !s) {
        MessageBoxes::showError(this, s.error());
        m_name->setFocus();
        return false;
    }
    if (Status s = withContact ? validateContact(m_contacts->edited()) : Status(); !s) {
        MessageBoxes::showError(this, s.error());
        m_contacts->focusFields();
        return false;
    }
    return true;
}

bool CompaniesDialog::save()
{
    const Company company = editedRecord();
    const bool withContact = m_contacts->needsSaving();
    if (company.id != 0 && !changes()->isDirty() && !withContact)
        return true;
    if (!checkBeforeSaving(company, withContact))
        return false;
    // The service refuses a second company or contact whose name means the same as an existing one.
    auto stored = service().saveCompanyWithContact(
        company, withContact ? std::optional<Contact>(m_contacts->edited()) : std::nullopt,
        changes()->isDirty());
    if (!stored)
        return finishSave(stored.error());
    m_nextContact = stored->contact;
    return finishSave(stored->company);
}

Status CompaniesDialog::restoreCurrent()
{
    return service().setCompanyArchived(current(), false);
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
    const Contact stored = m_contacts->stored();
    if (Status s = service().setContactArchived(stored, !stored.archived); !s) {
        failed(s.error());
        return;
    }
    // An archived contact stays listed only while archived ones are shown.
    m_nextContact = !stored.archived && !m_finder->showsArchived() ? 0 : stored.id;
    showStored(current().id, false);
    Q_EMIT recordsChanged();
}

bool CompaniesDialog::hasUnsavedChanges() const
{
    return changes()->isDirty() || m_contacts->needsSaving();
}

void CompaniesDialog::discardChanges()
{
    changes()->setDirty(false);
    m_contacts->discardChanges();
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

} // namespace Sprechtag
