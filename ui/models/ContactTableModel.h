// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// "Frau", "Herr" or "keine" (translated), as the contact table and the salutation box show it.
QString salutationName(Salutation salutation);

// The contact persons of one company; archived ones in italics.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SalutationColumn,
        TitleColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
    };

    explicit ContactTableModel(QObject *parent = nullptr);

    void setContacts(QList<Contact> contacts);
    const Contact &contactAt(int row) const { return m_contacts.at(row); }
    // The row of the contact with that id, -1 when they are not listed.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace Sprechtag
