// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactTableModel.h"

#include "models/IdLookup.h"
#include "models/PlainToolTip.h"

#include <QFont>

namespace Sprechtag {

QString salutationName(Salutation salutation)
{
    switch (salutation) {
    case Salutation::Frau:
        return ContactTableModel::tr("Ms");
    case Salutation::Herr:
        return ContactTableModel::tr("Mr");
    case Salutation::None:
        break;
    }
    return ContactTableModel::tr("none");
}

ContactTableModel::ContactTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ContactTableModel::setContacts(QList<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactTableModel::rowOf(Id id) const
{
    return rowOfId(m_contacts, id);
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SalutationColumn:
            return c.salutation == Salutation::None ? QString() : salutationName(c.salutation);
        case TitleColumn:
            return c.title;
        case FirstNameColumn:
            return c.firstName;
        case LastNameColumn:
            return c.lastName;
        case EmailColumn:
            return c.email;
        case PhoneColumn:
            return c.phone;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return plainToolTip(c.archived ? tr("%1 (archived)").arg(c.fullName()) : c.fullName());
    case Qt::FontRole:
        if (c.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return c.id;
    case ArchivedRole:
        return c.archived;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SalutationColumn:
        return tr("Salutation");
    case TitleColumn:
        return tr("Title");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace Sprechtag
