// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/DayRepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Sprechtag {

MainWindow::MainWindow(Database &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Sprechtag – %1").arg(QDir::toNativeSeparators(db.path())));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary = new QLabel(central);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    setCentralWidget(central);
    createMenus();
    refresh();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::refresh()
{
    DayRepository days(m_db);
    auto list = days.summaries({}, {});
    int total = 0;
    int booked = 0;
    if (list) {
        for (const DaySummary &d : *list) {
            total += d.totalSlots;
            booked += d.bookedSlots;
        }
    }
    const int dayCount = list ? static_cast<int>(list->size()) : 0;
    m_summary->setText(tr("Database: %1\n%n consultation day(s)", nullptr, dayCount)
                           .arg(QDir::toNativeSeparators(m_db.path())));
    statusBar()->showMessage(tr("%1 of %2 slots booked").arg(booked).arg(total));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace Sprechtag
