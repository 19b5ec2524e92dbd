// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "storage/Database.h"

#include <QAbstractItemModel>

namespace Sprechtag {

// The days on the left: upcoming days grouped by month, past days in one group of their own (newest
// first) that the view keeps folded. Rows carry the format colour and "3 von 14 frei".
class DayListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        DayIdRole = Qt::UserRole + 1,
        FreeSlotsRole,
        TotalSlotsRole,
        IsPastGroupRole,
        IsGroupRole,
    };

    explicit DayListModel(const Database &db, QObject *parent = nullptr);

    // Reads the days again; keeps nothing of the old state. today decides what counts as past.
    Status reload(const QDate &today = QDate::currentDate());
    // 0: every format.
    void setFormatFilter(Id formatId);
    Id formatFilter() const { return m_formatFilter; }

    QModelIndex indexOfDay(Id dayId) const;
    QModelIndex pastGroupIndex() const;
    const DaySummary *summary(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString title;
        bool past = false;
        QList<DaySummary> days;
    };

    const Database &m_db;
    Id m_formatFilter = 0;
    QDate m_today;
    QList<Group> m_groups;
};

} // namespace Sprechtag
