// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Privacy.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// The change log as a read-only table: time, staff member, record, action, changed fields.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        RecordColumn,
        ActionColumn,
        FieldsColumn,
        ColumnCount,
    };

    explicit AuditLogModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace Sprechtag
