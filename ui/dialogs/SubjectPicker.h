// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Sprechtag {

class Database;

// Whom a privacy action is about: a company (contactId 0) or one of its contact persons.
struct PrivacySubject
{
    Id companyId = 0;
    Id contactId = 0;
    QString name;
};

// Picks a company or a contact person: companies whose name starts with the typed text (archived ones
// too), each with its contact persons below. Returns the choice and changes nothing.
class SubjectPicker : public QDialog
{
    Q_OBJECT

public:
    SubjectPicker(const Database &db, const QString &title, const QString &okText, QWidget *parent = nullptr);

    PrivacySubject subject() const;
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }

private:
    void reload();

    const Database &m_db;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Sprechtag
