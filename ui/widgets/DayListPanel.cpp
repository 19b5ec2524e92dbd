// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DayListPanel.h"

#include "Logging.h"
#include "models/DayListModel.h"
#include "scheduling/Schedule.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

constexpr int kDayRole = Qt::UserRole + 1;
constexpr int kBookingRole = Qt::UserRole + 2;

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

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QVariant id = current.data(DayListModel::DayIdRole);
                if (id.isValid())
                    Q_EMIT daySelected(id.toLongLong());
            });
    connect(m_formatFilter, &QComboBox::activated, this, [this] {
        const Id keep = selectedDay();
        m_model->setFormatFilter(m_formatFilter->currentData().toLongLong());
        m_view->expandAll();
        if (QModelIndex past = m_model->pastGroupIndex(); past.isValid())
            m_view->collapse(past);
        selectDay(keep);
    });
    connect(m_search, &QLineEdit::textChanged, this, &DayListPanel::runSearch);
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
}

void DayListPanel::reload()
{
    const Id keep = selectedDay();
    reloadFormats();
    if (Status s = m_model->reload(); !s)
        logReadError("day list", s.error());
    m_view->expandAll();
    if (QModelIndex past = m_model->pastGroupIndex(); past.isValid())
        m_view->collapse(past);
    if (keep != 0)
        selectDay(keep);
    if (!m_search->text().isEmpty())
        runSearch(m_search->text());
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
    const QModelIndex index = m_model->indexOfDay(dayId);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void DayListPanel::runSearch(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_results->setVisible(false);
        return;
    }
    auto hits = Schedule(m_db).search(text, 100);
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
    }
}

} // namespace Sprechtag
