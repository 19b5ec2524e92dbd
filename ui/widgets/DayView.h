// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/DayGrid.h"
#include "domain/Types.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QTableView;

namespace Sprechtag {

class Database;
class DayGridModel;

// The middle: the selected day's heading (format, weekday and date, place) and its grid of slots.
class DayView : public QWidget
{
    Q_OBJECT

public:
    explicit DayView(const Database &db, QWidget *parent = nullptr);

    DayGridModel *model() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    void showDay(Id dayId);
    // The grid of that day, read elsewhere: the next showDay(dayId) shows it instead of reading it.
    void offerGrid(Id dayId, DayGrid grid);
    // The next showDay() shows the grid at once and makes its first cell current only after the grid has
    // painted (the window's first read: two short steps instead of one long one).
    void selectFirstCellAfterPaint(bool after) { m_cellAfterPaint = after; }
    // Whether that first cell still waits for the grid's paint (firstCellDone() follows).
    bool firstCellPending() const { return m_cellPending; }
    // Reads the day again and keeps the current cell.
    void reload();
    void selectBooking(Id bookingId);
    void selectSlot(Id slotId);

Q_SIGNALS:
    // The cell that waited for the grid's paint is current now (or the user had chosen one meanwhile).
    void firstCellDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();

    const Database &m_db;
    DayGridModel *m_model = nullptr;
    std::optional<std::pair<Id, DayGrid>> m_offered;
    bool m_cellAfterPaint = false;
    bool m_cellPending = false; // the first cell becomes current after the next paint
    QLabel *m_header = nullptr;
    QTableView *m_grid = nullptr;
};

} // namespace Sprechtag
