// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "storage/Database.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

#include <memory>
#include <vector>

namespace Sprechtag {

// The days on the left: upcoming days grouped by month, past days in one group of their own that the
// view keeps folded. The past group holds the years with their number of days; a year's days (newest
// first) are read only when it is opened (fetchMore) or one of its days is asked for (locateDay), so that
// ten years of days are neither read nor held. Rows carry the format colour and "3 von 14 frei".
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
        // On a year of the past group: the year, and how many days it has.
        YearRole,
        DayCountRole,
    };

    explicit DayListModel(const Database &db, QObject *parent = nullptr);
    ~DayListModel() override;

    // What reload() reads: the upcoming days and the past years' counts, as seen on `today` with a
    // format filter (0: every format). read() runs on any thread with that thread's connection (the
    // window's first read of a large file happens on a worker); apply() shows it.
    struct Snapshot
    {
        QDate today;
        Id formatFilter = 0;
        QList<DaySummary> upcoming;
        QList<YearCount> years; // newest first
    };
    static Result<Snapshot> read(const Database &db, const QDate &today, Id formatFilter);
    // Replaces the rows with the snapshot; no year is loaded afterwards. The snapshot's filter becomes
    // the model's.
    void apply(Snapshot snapshot);

    // Reads the upcoming days and the past years' counts again (read() and apply() here); no year is
    // loaded afterwards. today decides what counts as past.
    Status reload(const QDate &today = QDate::currentDate());
    bool isLoaded() const { return m_today.isValid(); }
    QDate today() const { return m_today; }
    // 0: every format. Reloads.
    void setFormatFilter(Id formatId);
    Id formatFilter() const { return m_formatFilter; }

    // Reads these days again (after a change here or elsewhere): a changed row is updated in place, a
    // new day is inserted where it belongs (when its group is loaded), a deleted day is removed, and the
    // years' counts follow. Everything else stays as it is.
    Status updateDays(const QList<Id> &dayIds);
    // Reads every loaded row again in place (names and colours of formats and consultants changed);
    // rows come and go only through updateDays().
    Status refreshRows();

    // A loaded day's row; invalid when it is not loaded.
    QModelIndex indexOfDay(Id dayId) const;
    // The day's row, loading its past year first when needed; invalid when there is no such day or the
    // format filter hides it.
    QModelIndex locateDay(Id dayId);
    QModelIndex pastGroupIndex() const;
    QModelIndex yearIndex(int year) const;
    bool isYearLoaded(int year) const;
    // Reads the days of that past year into its group (nothing when it is loaded already).
    Status loadYear(int year);
    // How many day rows the model holds (upcoming and loaded years).
    int loadedDayCount() const;
    const DaySummary *summary(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        enum class Kind
        {
            Month,
            Past,
            Year,
        };
        Kind kind = Kind::Month;
        QString title;
        QDate month; // Month: its first day
        int year = 0;
        int count = 0; // Year: its days, loaded or not
        bool loaded = false;
        Group *parent = nullptr;
        std::vector<std::unique_ptr<Group>> years; // Past
        QList<DaySummary> days;                    // Month and Year, in the order shown
    };
    struct Place
    {
        Group *group = nullptr;
        int row = -1;
    };

    QVariant groupData(const Group &g, int role) const;
    QVariant dayData(const DaySummary &d, int role) const;
    Group *groupAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Group *g) const;
    int rowOf(const Group *g) const;
    Place find(Id dayId) const;
    bool accepts(const DaySummary &d) const;
    // One day read again: the old row (if any) replaced, moved or removed. False when the years'
    // counts may be off (a day that was not loaded).
    bool updateDay(Id dayId, const std::optional<DaySummary> &now);
    void removeRow(const Place &place);
    void insertDay(const DaySummary &d, bool countIt);
    Group *monthGroup(const QDate &date);
    Group *pastGroup(bool create);
    // A year created here is loaded (a year the counts did not have held no day) unless told otherwise.
    Group *yearGroup(int year, bool create, bool loadedIfNew = true);
    void removeGroupIfEmpty(Group *g);
    Status readYearCounts();
    void replaceRows(Group *g, const QHash<Id, DaySummary> &fresh);

    const Database &m_db;
    Id m_formatFilter = 0;
    QDate m_today;
    std::vector<std::unique_ptr<Group>> m_groups; // the months by date, then the past group
};

} // namespace Sprechtag
