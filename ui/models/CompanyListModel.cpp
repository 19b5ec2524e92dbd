// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CompanyListModel.h"

#include "models/IdLookup.h"
#include "models/PlainToolTip.h"

#include <QFont>

namespace Sprechtag {

CompanyListModel::CompanyListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CompanyListModel::setCompanies(QList<Company> companies)
{
    beginResetModel();
    m_companies = std::move(companies);
    endResetModel();
}

int CompanyListModel::rowOf(Id id) const
{
    return rowOfId(m_companies, id);
}

int CompanyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_companies.size());
}

int CompanyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company &c = m_companies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? c.name : c.city;
    case Qt::ToolTipRole:
        return plainToolTip(c.archived ? tr("%1 (archived)").arg(c.name) : c.name);
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

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Company");
    case CityColumn:
        return tr("City");
    default:
        return {};
    }
}

} // namespace Sprechtag
