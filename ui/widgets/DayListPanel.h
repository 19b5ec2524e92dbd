// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTreeView;

namespace Sprechtag {

class Database;
class DayListModel;

// The left-hand side: the search field with its results, a format filter and the days by month.
class DayListPanel : public QWidget
{
    Q_OBJECT

public:
    // Empty until the first reload().
    explicit DayListPanel(const Database &db, QWidget *parent = nullptr);

    DayListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    Id selectedDay() const;
    bool formatFilterIsAll() const;
    void selectDay(Id dayId);
    // Reads days and formats again, keeping the selection.
    void reload();

Q_SIGNALS:
    void daySelected(Id dayId);
    // A search result was chosen: show that day and select the booking.
    void bookingChosen(Id dayId, Id bookingId);

private:
    void reloadFormats();
    void runSearch(const QString &text);

    const Database &m_db;
    DayListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QComboBox *m_formatFilter = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Sprechtag
