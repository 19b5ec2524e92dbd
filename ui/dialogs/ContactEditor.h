// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sprechtag {

class ChangeTracker;
class ContactTableModel;

// The contact persons of one company: a table, and below it the fields of the selected or a new one. It
// holds what is shown and typed; the companies dialog decides when to save and asks before edits are lost.
class ContactEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit ContactEditor(QWidget *parent = nullptr);

    // Lists the contacts and shows the one with that id, else the first, else a blank one of the company.
    void setContacts(Id companyId, const QList<Contact> &contacts, Id show);
    // Selects and shows a listed contact; false when they are not listed.
    bool showListed(Id id);
    // A blank contact of the company, for entering a new one.
    void showNew();
    // Selects the shown contact's row again after the user picked another one but the switch was cancelled.
    void reselect();

    // The contact as stored (id 0: a new one), and with what the fields now say.
    const Contact &stored() const { return m_stored; }
    Contact edited() const;
    // Whether the fields hold a change to save; a new contact with every field empty is none.
    bool needsSaving() const;
    void discardChanges();
    ContactTableModel *model() const { return m_model; }
    void focusFields();
    // The editor's widgets in tab order, for the dialog's focus chain.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    // The user picked another contact in the table; the dialog answers with showListed() or reselect().
    void contactPicked(Id id);
    void archiveRequested();
    void newRequested();

private:
    void selectRow(Id id);
    void showContact(const Contact &contact);

    ContactTableModel *m_model = nullptr;
    ChangeTracker *m_changes = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_salutation = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    Contact m_stored;
    // Set while the table selection is changed by the editor itself rather than by the user.
    bool m_selecting = false;
};

} // namespace Sprechtag
