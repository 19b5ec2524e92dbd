// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// The consultants shown in the consultants dialog; inactive (archived) ones in italics.
class ConsultantListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrganisationColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ActiveRole,
    };

    explicit ConsultantListModel(QObject *parent = nullptr);

    void setConsultants(QList<Consultant> consultants);
    const Consultant &consultantAt(int row) const { return m_consultants.at(row); }
    // The row of the consultant with that id, -1 when they are not listed.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Consultant> m_consultants;
};

} // namespace Sprechtag
