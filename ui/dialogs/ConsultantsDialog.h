// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/MasterDetailDialog.h"
#include "models/ConsultantListModel.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Sprechtag {

// The consultants: a list and an editor for the selected one. Removing goes through MasterDataService,
// which archives (sets inactive) whoever is planned for a day and deletes the others.
class ConsultantsDialog : public RecordDialog<Consultant>
{
    Q_OBJECT

public:
    explicit ConsultantsDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that consultant in the editor (an inactive one too); false when they do not exist.
    bool selectConsultant(Id id) { return selectRecord(id); }
    // The consultant in the editor; 0 while a new one is being entered.
    Id currentConsultantId() const { return current().id; }

Q_SIGNALS:
    // A consultant was added, changed, archived or deleted; views that show consultants reload.
    void consultantsChanged();

protected:
    void fillEditor(const Consultant &consultant) override;
    Consultant editedRecord() const override;

private:
    void buildUi();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_profile = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace Sprechtag
