// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ConsultantListModel.h"

#include "models/IdLookup.h"
#include "models/PlainToolTip.h"

#include <QFont>

namespace Sprechtag {

ConsultantListModel::ConsultantListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ConsultantListModel::setConsultants(QList<Consultant> consultants)
{
    beginResetModel();
    m_consultants = std::move(consultants);
    endResetModel();
}

int ConsultantListModel::rowOf(Id id) const
{
    return rowOfId(m_consultants, id);
}

int ConsultantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_consultants.size());
}

int ConsultantListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Consultant &c = m_consultants.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? c.name : c.organisation;
    case Qt::ToolTipRole:
        return plainToolTip(c.active ? c.name : tr("%1 (archived)").arg(c.name));
    case Qt::FontRole:
        if (!c.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return c.id;
    case ActiveRole:
        return c.active;
    default:
        return {};
    }
}

QVariant ConsultantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    default:
        return {};
    }
}

} // namespace Sprechtag
