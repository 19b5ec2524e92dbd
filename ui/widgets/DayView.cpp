// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DayView.h"

#include "Logging.h"
#include "models/DayGridModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace Sprechtag {

DayView::DayView(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("dayHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont f = m_header->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_header->setFont(f);
    layout->addWidget(m_header);
    m_model = new DayGridModel(db, this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("dayGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setDragEnabled(true);
    m_grid->setAcceptDrops(true);
    m_grid->setDropIndicatorShown(true);
    m_grid->setDragDropMode(QAbstractItemView::DragDrop);
    m_grid->setDefaultDropAction(Qt::MoveAction);
    m_grid->setWordWrap(true);
    m_grid->setTabKeyNavigation(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(140);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->verticalHeader()->setMinimumSectionSize(44);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_grid, 1);
    m_grid->viewport()->installEventFilter(this);
    updateHeader();
}

bool DayView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Paint && m_cellPending) {
        QTimer::singleShot(0, this, [this] {
            if (!m_cellPending)
                return;
            m_cellPending = false;
            // Unless the user chose a cell meanwhile.
            if (!m_grid->currentIndex().isValid() && m_model->rowCount() > 0 && m_model->columnCount() > 0)
                m_grid->setCurrentIndex(m_model->index(0, 0));
            Q_EMIT firstCellDone();
        });
    }
    return QWidget::eventFilter(watched, event);
}

void DayView::showDay(Id dayId)
{
    // The day shown already (the day list selects it again after every reload): keep cell and scroll.
    if (dayId != 0 && dayId == m_model->dayId()) {
        reload();
        return;
    }
    if (m_offered && m_offered->first == dayId && dayId != 0)
        m_model->show(dayId, std::move(m_offered->second));
    else if (Status s = m_model->load(dayId); !s)
        logReadError("consultation day for the grid", s.error());
    m_offered.reset();
    updateHeader();
    m_cellPending = std::exchange(m_cellAfterPaint, false);
    if (m_cellPending)
        m_grid->viewport()->update();
    else if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, 0));
}

void DayView::offerGrid(Id dayId, DayGrid grid)
{
    m_offered.emplace(dayId, std::move(grid));
}

void DayView::reload()
{
    const QModelIndex current = m_grid->currentIndex();
    const int row = current.row();
    const int column = current.column();
    const int top = m_grid->verticalScrollBar()->value();
    const int left = m_grid->horizontalScrollBar()->value();
    if (Status s = m_model->reload(); !s)
        logReadError("consultation day for the grid", s.error());
    updateHeader();
    if (row >= 0 && row < m_model->rowCount() && column >= 0 && column < m_model->columnCount())
        m_grid->setCurrentIndex(m_model->index(row, column));
    // The reset scrolled back to the first hour: where the user was, as far as the rows still reach.
    m_grid->verticalScrollBar()->setValue(top);
    m_grid->horizontalScrollBar()->setValue(left);
}

void DayView::selectBooking(Id bookingId)
{
    const QModelIndex index = m_model->indexOfBooking(bookingId);
    if (index.isValid()) {
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index);
    }
}

void DayView::selectSlot(Id slotId)
{
    const QModelIndex index = m_model->indexOfSlot(slotId);
    if (index.isValid()) {
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index);
    }
}

void DayView::updateHeader()
{
    if (m_model->dayId() == 0) {
        m_header->setText(tr("Select a consultation day on the left."));
        return;
    }
    const ConsultationDay &d = m_model->day();
    QString text = m_model->formatName() + QStringLiteral(" – ") +
                   QLocale().toString(d.date, QStringLiteral("dddd, d. MMMM yyyy"));
    const QString place = d.videoLink.isEmpty() ? d.location : d.videoLink;
    if (!place.isEmpty())
        text += QLatin1Char('\n') + place;
    if (d.status != DayStatus::Open)
        text += QStringLiteral(" (") + displayName(d.status) + QLatin1Char(')');
    m_header->setText(text);
}

} // namespace Sprechtag
