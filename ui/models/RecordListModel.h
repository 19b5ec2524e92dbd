// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace Sprechtag {

// The list models of the master data editors (formats, consultants, companies, contact persons): a list of
// records, one per row, with their columns; archived ones in italics with "(archived)" in the tooltip;
// the id and the archived flag as roles. A record type gets its model from RecordListModel<Record> and
// RecordColumns<Record>, which say only what the columns show.
class RecordListModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ArchivedRole,
    };

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    virtual Id idAt(int row) const = 0;
    // The row of the record with that id, -1 when it is not listed.
    virtual int rowOf(Id id) const = 0;

protected:
    // headers: the translated column titles, in column order.
    RecordListModelBase(QStringList headers, QObject *parent);

    virtual int recordCount() const = 0;
    virtual QVariant display(int row, int column) const = 0;
    // The name in the tooltip.
    virtual QString nameAt(int row) const = 0;
    virtual bool archivedAt(int row) const = 0;
    virtual QVariant decoration(int row, int column) const = 0;

private:
    QStringList m_headers;
};

// What a record type's rows show: the column titles, the text of a cell, the name in the tooltip, whether
// the record is archived and, optionally, a cell's decoration.
template <typename Record> struct RecordColumns
{
    QStringList headers;
    std::function<QVariant(const Record &, int column)> display;
    std::function<QString(const Record &)> name;
    std::function<bool(const Record &)> archived;
    std::function<QVariant(const Record &, int column)> decoration;
};

// The usual two columns: the record's name and one more of its fields (a format's partner, a company's
// city); archived is how the record says it is archived.
template <typename Record>
RecordColumns<Record> nameAndField(QStringList headers, QString Record::*second,
                                   bool (*archived)(const Record &))
{
    RecordColumns<Record> columns;
    columns.headers = std::move(headers);
    columns.display = [second](const Record &r, int column) {
        return column == 0 ? r.name : r.*second;
    };
    columns.name = [](const Record &r) {
        return r.name;
    };
    columns.archived = archived;
    return columns;
}

template <typename Record> class RecordListModel : public RecordListModelBase
{
public:
    RecordListModel(RecordColumns<Record> columns, QObject *parent)
        : RecordListModelBase(columns.headers, parent), m_columns(std::move(columns))
    {}

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        endResetModel();
    }
    const Record &recordAt(int row) const { return m_records.at(row); }

    Id idAt(int row) const override { return m_records.at(row).id; }
    int rowOf(Id id) const override
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id)
                return row;
        }
        return -1;
    }

protected:
    int recordCount() const override { return static_cast<int>(m_records.size()); }
    QVariant display(int row, int column) const override
    {
        return m_columns.display(m_records.at(row), column);
    }
    QString nameAt(int row) const override { return m_columns.name(m_records.at(row)); }
    bool archivedAt(int row) const override { return m_columns.archived(m_records.at(row)); }
    QVariant decoration(int row, int column) const override
    {
        return m_columns.decoration ? m_columns.decoration(m_records.at(row), column) : QVariant();
    }

private:
    RecordColumns<Record> m_columns;
    QList<Record> m_records;
};

} // namespace Sprechtag
