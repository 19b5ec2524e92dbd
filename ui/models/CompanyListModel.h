// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// The companies shown in the companies dialog, with their city to tell namesakes apart; archived ones in
// italics.
class CompanyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CityColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
    };

    explicit CompanyListModel(QObject *parent = nullptr);

    void setCompanies(QList<Company> companies);
    const Company &companyAt(int row) const { return m_companies.at(row); }
    // The row of the company with that id, -1 when it is not listed.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Company> m_companies;
};

} // namespace Sprechtag
