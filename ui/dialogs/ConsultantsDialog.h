// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListView;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;

namespace Sprechtag {

class ChangeTracker;
class ConsultantListModel;
class Database;

// The consultants: a list and an editor for the selected one. Removing goes through DirectoryService,
// which archives (sets inactive) whoever is planned for a day and deletes the others.
class ConsultantsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConsultantsDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that consultant in the editor (an inactive one too); false when they do not exist.
    bool selectConsultant(Id id);
    // The consultant in the editor; 0 while a new one is being entered.
    Id currentConsultantId() const { return m_current.id; }

    // Offers to save unsaved edits before the dialog closes (Esc, Close, the window's close button).
    void reject() override;

Q_SIGNALS:
    // A consultant was added, changed, archived or deleted; views that show consultants reload.
    void consultantsChanged();

private:
    void buildUi();
    void reload(Id select);
    void selectRowOf(Id id);
    void showConsultant(const Consultant &consultant);
    Consultant consultantFromEditor() const;
    Status validate(const Consultant &consultant) const;
    Result<Id> store(const Consultant &consultant);
    bool save();
    void addNew();
    void remove();
    bool maybeSave();
    void currentChanged(const QModelIndex &current);
    void updateButtons();

    const Database &m_db;
    ConsultantListModel *m_model = nullptr;
    ChangeTracker *m_changes = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_profile = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    // The consultant as stored (id 0: a new one), the base for what the editor shows.
    Consultant m_current;
    // Set while the list selection is changed by the dialog itself rather than by the user.
    bool m_selecting = false;
};

} // namespace Sprechtag
