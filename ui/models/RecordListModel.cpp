// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/RecordListModel.h"

#include "models/PlainToolTip.h"

#include <QFont>

namespace Sprechtag {

RecordListModelBase::RecordListModelBase(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{}

int RecordListModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RecordListModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordListModelBase::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return plainToolTip(archivedAt(row) ? tr("%1 (archived)").arg(nameAt(row)) : nameAt(row));
    case Qt::DecorationRole:
        return decoration(row, index.column());
    case Qt::FontRole:
        if (archivedAt(row)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return idAt(row);
    case ArchivedRole:
        return archivedAt(row);
    default:
        return {};
    }
}

QVariant RecordListModelBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace Sprechtag
