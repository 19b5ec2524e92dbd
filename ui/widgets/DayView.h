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
    // Reads the day again and keeps the current cell.
    void reload();
    void selectBooking(Id bookingId);
    void selectSlot(Id slotId);

private:
    void updateHeader();

    const Database &m_db;
    DayGridModel *m_model = nullptr;
    std::optional<std::pair<Id, DayGrid>> m_offered;
    QLabel *m_header = nullptr;
    QTableView *m_grid = nullptr;
};

} // namespace Sprechtag
