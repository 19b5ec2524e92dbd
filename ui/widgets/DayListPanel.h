// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "models/DayListModel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTimer;
class QTreeView;

namespace Sprechtag {

class Database;
class DayListModel;
class SearchRunner;
struct DayChanges;

// The left-hand side: the search field with its results, a format filter and the days by month.
// The search runs on a worker thread once typing pauses (or at once on Enter); the days follow changes
// row by row.
class DayListPanel : public QWidget
{
    Q_OBJECT

public:
    // How long typing must pause before the search starts.
    static constexpr int kSearchDelayMs = 250;

    // Empty until the first reload().
    explicit DayListPanel(const Database &db, QWidget *parent = nullptr);
    ~DayListPanel() override;

    DayListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // Restarted by every keystroke; its timeout starts the search.
    QTimer *searchTimer() const { return m_searchTimer; }
    SearchRunner *searchRunner() const { return m_runner; }
    Id selectedDay() const;
    bool formatFilterIsAll() const;
    // Selects the day, loading its past year first when needed.
    void selectDay(Id dayId);
    // The first upcoming day, or the newest past one.
    void selectFirstDay();
    // Reads days and formats again, keeping the selection and the opened years. With `prefetched` (read
    // elsewhere, e.g. on a worker) the days are taken from it when it was read with the list's format
    // filter, and read here otherwise.
    void reload(const DayListModel::Snapshot *prefetched = nullptr);
    // Follows a change read from the change feed (a change here or by another workstation): the rows of
    // the changed days, the formats when master data changed, the search results again.
    void applyChanges(const DayChanges &changes);
    // Starts the search for the field's text now (the pause timer's timeout, Enter).
    void searchNow();
    // An answer of the search worker: shown when it is the newest request's, dropped otherwise.
    void showSearchResults(quint64 request, const Result<QList<SearchHit>> &hits);
    // Lets go of the worker's connection to the file.
    void stopSearch();

Q_SIGNALS:
    void daySelected(Id dayId);
    // A search result was chosen: show that day and select the booking.
    void bookingChosen(Id dayId, Id bookingId);

private:
    void reloadFormats();
    void searchTextChanged(const QString &text);
    void startSearch(bool showProgress);
    void expandGroups(const QList<int> &openYears, bool pastOpen);
    // The formats' and consultants' ids and versions: what the rows show of master data.
    QList<qint64> rowMasterData() const;

    const Database &m_db;
    DayListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QComboBox *m_formatFilter = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    SearchRunner *m_runner = nullptr;
    quint64 m_searchRequest = 0;
    QList<qint64> m_rowMasterData;
};

} // namespace Sprechtag
