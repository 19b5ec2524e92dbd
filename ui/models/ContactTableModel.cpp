// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ContactTableModel.h"

#include <QCoreApplication>

namespace Sprechtag {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Sprechtag::ContactTableModel", text);
}

QVariant contactCell(const Contact &c, int column)
{
    switch (column) {
    case ContactTableModel::SalutationColumn:
        return c.salutation == Salutation::None ? QString() : salutationName(c.salutation);
    case ContactTableModel::TitleColumn:
        return c.title;
    case ContactTableModel::FirstNameColumn:
        return c.firstName;
    case ContactTableModel::LastNameColumn:
        return c.lastName;
    case ContactTableModel::EmailColumn:
        return c.email;
    case ContactTableModel::PhoneColumn:
        return c.phone;
    default:
        return {};
    }
}

RecordColumns<Contact> contactColumns()
{
    RecordColumns<Contact> columns;
    columns.headers = {translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Salutation")),
                       translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Title")),
                       translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "First name")),
                       translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Last name")),
                       translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "E-mail")),
                       translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Phone"))};
    columns.display = contactCell;
    columns.name = [](const Contact &c) {
        return c.fullName();
    };
    columns.archived = [](const Contact &c) {
        return c.archived;
    };
    return columns;
}

} // namespace

QString salutationName(Salutation salutation)
{
    switch (salutation) {
    case Salutation::Frau:
        return translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Ms"));
    case Salutation::Herr:
        return translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "Mr"));
    case Salutation::None:
        break;
    }
    return translated(QT_TRANSLATE_NOOP("Sprechtag::ContactTableModel", "none"));
}

ContactTableModel::ContactTableModel(QObject *parent) : RecordListModel<Contact>(contactColumns(), parent)
{}

} // namespace Sprechtag
