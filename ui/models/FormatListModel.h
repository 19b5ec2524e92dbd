// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// The formats shown in the formats dialog; archived ones in italics, each with its colour.
class FormatListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PartnerColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
    };

    explicit FormatListModel(QObject *parent = nullptr);

    void setFormats(QList<Format> formats);
    const Format &formatAt(int row) const { return m_formats.at(row); }
    // The row of the format with that id, -1 when it is not listed.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Format> m_formats;
};

} // namespace Sprechtag
