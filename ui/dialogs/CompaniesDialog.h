// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Sprechtag {

class ChangeTracker;
class CompanyFinder;
class ContactEditor;
class Database;

// Companies with their contact persons. Save writes the company and the contact in the editor below the
// table in one transaction, after validateCompany/validateContact; a company or contact that someone else
// changed meanwhile is not overwritten but shown anew. Removing a company goes through DirectoryService.
class CompaniesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompaniesDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that company (an archived one too) and its contacts; false when it does not exist.
    bool selectCompany(Id id);
    // The company and contact in the editors; 0 while a new one is being entered.
    Id currentCompanyId() const { return m_company.id; }
    Id currentContactId() const;

    // Offers to save unsaved edits before the dialog closes (Esc, Close, the window's close button).
    void reject() override;

Q_SIGNALS:
    // A company or contact person was added, changed, archived or deleted.
    void companiesChanged();

private:
    struct SavedIds
    {
        Id company = 0;
        Id contact = 0;
    };

    void buildUi();
    QWidget *buildCompanyEditor();
    void showCompany(const Company &company, Id contactToShow);
    void showStoredCompany(Id companyId, Id contactToShow);
    Company companyFromEditor() const;
    Result<SavedIds> store(const Company &company, const std::optional<Contact> &contact);
    bool save();
    void addCompany();
    void removeOrRestoreCompany();
    void addContact();
    void archiveOrRestoreContact();
    bool maybeSave();
    bool maybeSaveContact();
    void failed(const Error &error);
    void companyPicked(Id id);
    void contactPicked(Id id);

    const Database &m_db;
    ChangeTracker *m_companyChanges = nullptr;

    CompanyFinder *m_finder = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_membershipNumber = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_website = nullptr;
    ContactEditor *m_contacts = nullptr;

    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;

    // The company as stored (id 0: a new one), the base for what the editor shows.
    Company m_company;
};

} // namespace Sprechtag
