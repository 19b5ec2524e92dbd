// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DayGrid.h"
#include "storage/Database.h"

#include <QAbstractTableModel>

namespace Sprechtag {

// One day as a grid: rows are the times (and breaks), columns the consultants present. A cell is free,
// booked, blocked, a break, or not offered (a consultant with shorter hours). Bookings can be dragged onto
// free cells; the model only reports the wish (moveRequested), the window decides.
class DayGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class CellState
    {
        None,
        Free,
        Booked,
        Blocked,
        Break,
    };
    Q_ENUM(CellState)

    enum Role
    {
        SlotIdRole = Qt::UserRole + 1,
        BookingIdRole,
        StateRole,
    };

    static constexpr const char *kMimeType = "application/x-sprechtag-booking";

    explicit DayGridModel(const Database &db, QObject *parent = nullptr);

    // 0 clears the grid.
    Status load(Id dayId);
    // Shows a grid read elsewhere (the window's first read, on a worker).
    void show(Id dayId, DayGrid grid);
    Status reload() { return load(m_dayId); }
    Id dayId() const { return m_dayId; }
    const ConsultationDay &day() const { return m_grid.day; }
    QString formatName() const { return m_grid.formatName; }

    CellState state(const QModelIndex &index) const;
    const SlotDetails *slot(const QModelIndex &index) const;
    const BookingDetails *booking(const QModelIndex &index) const;
    QModelIndex indexOfSlot(Id slotId) const;
    QModelIndex indexOfBooking(Id bookingId) const;
    int freeCount() const;
    int bookedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void moveRequested(Id bookingId, Id targetSlotId);

private:
    const DayGridCell *cell(const QModelIndex &index) const;
    static Id bookingIdFrom(const QMimeData *data);

    const Database &m_db;
    Id m_dayId = 0;
    DayGrid m_grid;
};

} // namespace Sprechtag
