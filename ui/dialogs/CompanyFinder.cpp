// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/CompanyFinder.h"

#include "MessageBoxes.h"
#include "models/CompanyListModel.h"
#include "scheduling/MasterDataService.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTableView>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

// Enough to find a company by typing a few letters, few enough to list at once among 200,000.
constexpr int kListLimit = 500;

} // namespace

CompanyFinder::CompanyFinder(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_model = new CompanyListModel(this);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("companyFilter"));
    m_filter->setPlaceholderText(tr("Beginning of the company name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    filterLabel->setBuddy(m_filter);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("companyList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->verticalHeader()->hide();
    m_list->setMinimumWidth(300);
    // The name gets the room; the city only tells namesakes apart.
    QHeaderView *header = m_list->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(CompanyListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(CompanyListModel::CityColumn,
                          fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);

    m_hint = new QLabel(
        tr("Only the first %1 companies are listed; type the beginning of the name to find the others.")
            .arg(kListLimit),
        this);
    m_hint->setObjectName(QStringLiteral("companyListHint"));
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_showArchived = new QCheckBox(tr("Show archi&ved"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_showArchived);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { reload(m_selected); });
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool shown) {
        reload(m_selected);
        Q_EMIT showArchivedChanged(shown);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting && current.isValid())
                    Q_EMIT companyPicked(current.data(CompanyListModel::IdRole).toLongLong());
            });
}

bool CompanyFinder::eventFilter(QObject *watched, QEvent *event)
{
    // Enter or Down in the search field goes to the list, rather than saving the company in the editor.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
                m_list->setCurrentIndex(m_model->index(0, CompanyListModel::NameColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Result<QList<Company>> CompanyFinder::matching() const
{
    return MasterDataService(m_db).companiesStartingWith(m_filter->text(), kListLimit,
                                                         m_showArchived->isChecked());
}

void CompanyFinder::reload(Id select)
{
    auto found = matching();
    if (!found) {
        MessageBoxes::showError(this, found.error());
        return;
    }
    m_hint->setVisible(found->size() >= kListLimit);
    {
        QScopedValueRollback guard(m_selecting, true);
        m_model->setRecords(std::move(found).value());
    }
    this->select(select);
}

void CompanyFinder::select(Id id)
{
    QScopedValueRollback guard(m_selecting, true);
    m_selected = id;
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, CompanyListModel::NameColumn));
    else
        m_list->selectionModel()->clear();
}

bool CompanyFinder::showsArchived() const
{
    return m_showArchived->isChecked();
}

void CompanyFinder::setShowArchived(bool show)
{
    m_showArchived->setChecked(show);
}

int CompanyFinder::currentRow() const
{
    return m_model->rowOf(m_selected);
}

QList<QWidget *> CompanyFinder::focusChain() const
{
    return {m_filter, m_list, m_showArchived};
}

} // namespace Sprechtag
