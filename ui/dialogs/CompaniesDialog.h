// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/MasterDetailDialog.h"

class QLineEdit;

namespace Sprechtag {

class CompanyFinder;
class ContactEditor;

// Companies with their contact persons. Save writes the company and the contact in the editor below the
// table in one transaction (MasterDataService::saveCompanyWithContact), after validateCompany and
// validateContact; a company or contact that someone else changed meanwhile is not overwritten but shown
// anew. The list side is the CompanyFinder, which searches by the beginning of the name.
class CompaniesDialog : public RecordDialog<Company>
{
    Q_OBJECT

public:
    explicit CompaniesDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that company (an archived one too) and its contacts; false when it does not exist.
    bool selectCompany(Id id) { return selectRecord(id); }
    // The company and contact in the editors; 0 while a new one is being entered.
    Id currentCompanyId() const { return current().id; }
    Id currentContactId() const;

Q_SIGNALS:
    // A company or contact person was added, changed, archived or deleted.
    void companiesChanged();

protected:
    void fillEditor(const Company &company) override;
    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    bool save() override;
    Status restoreCurrent() override;

    void reloadList(Id select) override;
    void selectListed(Id id) override;
    int listedRow() const override;
    int listedCount() const override;
    Id listedIdAt(int row) const override;
    bool showsArchived() const override;
    void setShowArchived(bool show) override;
    QList<QWidget *> listChain() const override;

private:
    void buildUi();
    QWidget *buildCompanyEditor();
    bool checkBeforeSaving(const Company &company, bool withContact);
    void addContact();
    void archiveOrRestoreContact();
    bool maybeSaveContact();
    void showArchivedChanged();
    void contactPicked(Id id);

    CompanyFinder *m_finder = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_membershipNumber = nullptr;
    QLineEdit *m_industry = nullptr;
    QLineEdit *m_website = nullptr;
    ContactEditor *m_contacts = nullptr;

    // The company whose contacts are shown; showing it again keeps the contact in the editor.
    Id m_shownCompany = 0;
    // The contact the next fillEditor() shows instead.
    std::optional<Id> m_nextContact;
};

} // namespace Sprechtag
