// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditLogModel.h"

#include "privacy/PrivacyService.h"

namespace Sprechtag {

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::UserRole + 1 && index.column() == TimeColumn)
        return e.at; // sorts by time, not by the text
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss"));
    case UserColumn:
        return e.staffUser;
    case RecordColumn:
        return auditEntityName(e.entity) + QLatin1Char(' ') + QString::number(e.entityId);
    case ActionColumn:
        return auditActionName(e.action);
    case FieldsColumn:
        return e.fields.join(QStringLiteral(", "));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("Staff member");
    case RecordColumn:
        return tr("Record");
    case ActionColumn:
        return tr("Action");
    case FieldsColumn:
        return tr("Changed fields");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Sprechtag
