// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FormatListModel.h"

#include "models/IdLookup.h"
#include "models/PlainToolTip.h"

#include <QColor>
#include <QFont>

namespace Sprechtag {

FormatListModel::FormatListModel(QObject *parent) : QAbstractTableModel(parent)
{}

void FormatListModel::setFormats(QList<Format> formats)
{
    beginResetModel();
    m_formats = std::move(formats);
    endResetModel();
}

int FormatListModel::rowOf(Id id) const
{
    return rowOfId(m_formats, id);
}

int FormatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_formats.size());
}

int FormatListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Format &f = m_formats.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? f.name : f.partner;
    case Qt::ToolTipRole:
        return plainToolTip(f.archived ? tr("%1 (archived)").arg(f.name) : f.name);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && QColor::isValidColorName(f.colour))
            return QColor::fromString(f.colour);
        return {};
    case Qt::FontRole:
        if (f.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return f.id;
    case ArchivedRole:
        return f.archived;
    default:
        return {};
    }
}

QVariant FormatListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Format");
    case PartnerColumn:
        return tr("Partner");
    default:
        return {};
    }
}

} // namespace Sprechtag
