// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DayListPanel.h"

#include "Logging.h"
#include "models/DayListModel.h"
#include "scheduling/MasterDataService.h"
#include "scheduling/Schedule.h"
#include "search/SearchRunner.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

constexpr int kDayRole = Qt::UserRole + 1;
constexpr int kBookingRole = Qt::UserRole + 2;
constexpr int kSearchLimit = 100;
constexpr qsizetype kMostSingleRows = 50;

} // namespace

DayListPanel::DayListPanel(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Find company or person (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setVisible(false);
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 1);
    m_formatFilter = new QComboBox(this);
    m_formatFilter->setObjectName(QStringLiteral("formatFilter"));
    layout->addWidget(m_formatFilter);
    m_model = new DayListModel(db, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("dayList"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(false);
    m_view->setIconSize(QSize(12, 12));
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_view, 3);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_runner = new SearchRunner(db.path(), db.openedFile(), this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant id = current.data(DayListModel::DayIdRole);
                if (id.isValid())
                    Q_EMIT daySelected(id.toLongLong());
            });
    // A month that comes with a new day opens like the others (the past stays folded).
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int r = first; r <= last; ++r) {
                    const QModelIndex group = m_model->index(r, 0);
                    if (!group.data(DayListModel::IsPastGroupRole).toBool())
                        m_view->expand(group);
                }
            });
    connect(m_formatFilter, &QComboBox::activated, this, [this] {
        const Id keep = selectedDay();
        m_model->setFormatFilter(m_formatFilter->currentData().toLongLong());
        expandGroups({}, false);
        selectDay(keep);
    });
    connect(m_search, &QLineEdit::textChanged, this, &DayListPanel::searchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &DayListPanel::searchNow);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { startSearch(true); });
    connect(m_runner, &SearchRunner::finished, this, &DayListPanel::showSearchResults);
    auto choose = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const Id day = item->data(kDayRole).toLongLong();
        if (day != 0)
            Q_EMIT bookingChosen(day, item->data(kBookingRole).toLongLong());
    };
    connect(m_results, &QListWidget::itemActivated, this, choose);
    connect(m_results, &QListWidget::itemClicked, this, choose);
    // Empty until reload(): the window reads the days after its first paint.
}

DayListPanel::~DayListPanel() = default;

void DayListPanel::reloadFormats()
{
    const Id current = m_formatFilter->currentData().toLongLong();
    m_formatFilter->clear();
    m_formatFilter->addItem(tr("All formats"), Id(0));
    if (auto formats = Schedule(m_db).formats(true)) {
        for (const Format &f : *formats)
            m_formatFilter->addItem(f.name, f.id);
    } else {
        logReadError("formats for the day list filter", formats.error());
    }
    const int i = m_formatFilter->findData(current);
    m_formatFilter->setCurrentIndex(i >= 0 ? i : 0);
    // The filtered format is gone: the list shows every format again.
    if (i < 0 && m_model->formatFilter() != 0)
        m_model->setFormatFilter(0);
}

void DayListPanel::reload(const DayListModel::Snapshot *prefetched)
{
    const Id keep = selectedDay();
    QList<int> openYears;
    bool pastOpen = false;
    if (const QModelIndex past = m_model->pastGroupIndex(); past.isValid()) {
        pastOpen = m_view->isExpanded(past);
        for (int r = 0; r < m_model->rowCount(past); ++r) {
            const QModelIndex year = m_model->index(r, 0, past);
            if (m_view->isExpanded(year))
                openYears << year.data(DayListModel::YearRole).toInt();
        }
    }
    m_rowMasterData = rowMasterData();
    reloadFormats();
    if (prefetched && prefetched->formatFilter == m_model->formatFilter())
        m_model->apply(*prefetched);
    else if (Status s = m_model->reload(); !s)
        logReadError("day list", s.error());
    expandGroups(openYears, pastOpen);
    if (keep != 0)
        selectDay(keep);
    if (!m_search->text().trimmed().isEmpty())
        startSearch(false);
}

void DayListPanel::expandGroups(const QList<int> &openYears, bool pastOpen)
{
    // Not expandAll(): that would open (and read) every past year.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex group = m_model->index(r, 0);
        m_view->setExpanded(group, !group.data(DayListModel::IsPastGroupRole).toBool() || pastOpen);
    }
    for (int year : openYears) {
        if (const QModelIndex index = m_model->yearIndex(year); index.isValid())
            m_view->expand(index);
    }
}

void DayListPanel::applyChanges(const DayChanges &changes)
{
    // Many days at once (a series created, a day wizard elsewhere): one read of the list is cheaper
    // than a read per day.
    if (changes.everything || changes.days.size() > kMostSingleRows) {
        reload();
        return;
    }
    const Id keep = selectedDay();
    // Names and colours of formats and consultants show on every row (a company or contact, written
    // with most bookings, shows on none).
    if (changes.masterData) {
        if (QList<qint64> now = rowMasterData(); now != m_rowMasterData) {
            m_rowMasterData = now;
            reloadFormats();
            if (Status s = m_model->refreshRows(); !s)
                logReadError("day list", s.error());
        }
    }
    if (Status s = m_model->updateDays(changes.days); !s)
        logReadError("day list", s.error());
    if (keep != 0 && selectedDay() != keep)
        selectDay(keep);
    if (!m_search->text().trimmed().isEmpty())
        startSearch(false);
}

QList<qint64> DayListPanel::rowMasterData() const
{
    QList<qint64> out;
    MasterDataService master(m_db);
    if (auto formats = master.formats(true)) {
        for (const Format &f : *formats)
            out << f.id << f.version;
    }
    out << -1;
    if (auto consultants = master.consultants(true)) {
        for (const Consultant &c : *consultants)
            out << c.id << c.version;
    }
    return out;
}

bool DayListPanel::formatFilterIsAll() const
{
    return m_formatFilter->currentData().toLongLong() == 0;
}

Id DayListPanel::selectedDay() const
{
    return m_view->currentIndex().data(DayListModel::DayIdRole).toLongLong();
}

void DayListPanel::selectDay(Id dayId)
{
    if (dayId == 0)
        return;
    const QModelIndex index = m_model->locateDay(dayId);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DayListPanel::selectFirstDay()
{
    QModelIndex group = m_model->index(0, 0);
    if (group.data(DayListModel::IsPastGroupRole).toBool()) {
        group = m_model->index(0, 0, group); // the newest year
        if (Status s = m_model->loadYear(group.data(DayListModel::YearRole).toInt()); !s)
            logReadError("days of a past year", s.error());
    }
    if (const QModelIndex first = m_model->index(0, 0, group); first.isValid())
        selectDay(first.data(DayListModel::DayIdRole).toLongLong());
}

void DayListPanel::stopSearch()
{
    m_searchTimer->stop();
    m_runner->stop();
}

void DayListPanel::searchTextChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_searchTimer->stop();
        m_searchRequest = 0; // an answer still on its way is dropped
        m_results->clear();
        m_results->setVisible(false);
        return;
    }
    m_searchTimer->start();
}

void DayListPanel::searchNow()
{
    m_searchTimer->stop();
    startSearch(true);
}

void DayListPanel::startSearch(bool showProgress)
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    m_searchRequest = m_runner->request(text, kSearchLimit);
    if (showProgress) {
        m_results->clear();
        auto *busy = new QListWidgetItem(tr("Searching…"), m_results);
        busy->setFlags(Qt::NoItemFlags);
        m_results->setVisible(true);
    }
}

void DayListPanel::showSearchResults(quint64 request, const Result<QList<SearchHit>> &hits)
{
    if (request == 0 || request != m_searchRequest)
        return; // an older request's answer, or the field was cleared meanwhile
    const QListWidgetItem *was = m_results->currentItem();
    const Id keepDay = was ? was->data(kDayRole).toLongLong() : 0;
    const Id keepBooking = was ? was->data(kBookingRole).toLongLong() : 0;
    m_results->clear();
    m_results->setVisible(true);
    if (!hits)
        logReadError("search", hits.error());
    if (!hits || hits->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No company or contact found"), m_results);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const SearchHit &h : *hits) {
        QString line = h.companyName;
        if (!h.contactName.isEmpty())
            line += QStringLiteral(" – ") + h.contactName;
        if (h.bookingId != 0) {
            line += QLatin1Char('\n') + formatDateShort(h.date) + QLatin1Char(' ') + formatTime(h.start) +
                    QLatin1Char(' ') + h.consultantName + QStringLiteral(" · ") + h.formatName;
            if (h.status != BookingStatus::Booked)
                line += QStringLiteral(" (") + displayName(h.status) + QLatin1Char(')');
        } else {
            line += QLatin1Char('\n') + tr("no booking yet");
        }
        auto *item = new QListWidgetItem(line, m_results);
        item->setData(kDayRole, h.dayId);
        item->setData(kBookingRole, h.bookingId);
        if (h.bookingId == 0)
            item->setFlags(Qt::ItemIsEnabled);
        if (keepDay != 0 && h.dayId == keepDay && h.bookingId == keepBooking)
            m_results->setCurrentItem(item);
    }
}

} // namespace Sprechtag
