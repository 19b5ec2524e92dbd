// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's documents: confirmation letters, the day plan (printed and PDF), briefing sheets,
// door signs and the booking list exports. Core renders; this file asks where to put the result.
#include "MainWindow.h"

#include "dialogs/ExportDialog.h"
#include "documents/BriefingSheet.h"
#include "documents/ConfirmationService.h"
#include "documents/DayPlan.h"
#include "documents/DoorSign.h"
#include "documents/LetterTemplate.h"
#include "documents/OutputFiles.h"
#include "exchange/BookingListExport.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "models/DayGridModel.h"
#include "OutputPaths.h"
#include "storage/Database.h"
#include "widgets/DayView.h"

#include <QAction>
#include <QDir>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace Sprechtag {

void MainWindow::createDocumentActions()
{
    m_actLetter =
        makeAction(tr("Confirmation &letter (PDF)…"), "actionLetter", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_actDayLetters = makeAction(tr("All confirmations of the &day (PDF)…"), "actionDayLetters");
    m_actPrintPlan = makeAction(tr("&Print day plan…"), "actionPrintDayPlan", QKeySequence::Print);
    m_actPlanPdf = makeAction(tr("Day plan as P&DF…"), "actionDayPlanPdf");
    m_actBriefing = makeAction(tr("&Briefing sheets for the consultants (PDF)…"), "actionBriefing");
    m_actDoorSigns = makeAction(tr("Door &signs (PDF)…"), "actionDoorSigns");
    m_actExport = makeAction(tr("&Export booking list…"), "actionExport");
    connect(m_actLetter, &QAction::triggered, this, &MainWindow::onLetterForBooking);
    connect(m_actDayLetters, &QAction::triggered, this, &MainWindow::onLettersForDay);
    connect(m_actPrintPlan, &QAction::triggered, this, &MainWindow::onPrintDayPlan);
    connect(m_actPlanPdf, &QAction::triggered, this, &MainWindow::onDayPlanPdf);
    connect(m_actBriefing, &QAction::triggered, this, &MainWindow::onBriefing);
    connect(m_actDoorSigns, &QAction::triggered, this, &MainWindow::onDoorSigns);
    connect(m_actExport, &QAction::triggered, this, &MainWindow::onExport);
}

QString MainWindow::askSavePath(const QString &title, const QString &suggestedName, const QString &filter)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("exportFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString chosen = FileDialogs::getSaveFileName(
        this, title, folder + QLatin1Char('/') + suggestedName, filter, &selectedFilter);
    // The type follows the filter the user chose; refused targets are named before any work is done.
    const QString path = confirmedOutputPath(this, chosen, filter, selectedFilter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::onLetterForBooking()
{
    const BookingDetails *b = m_dayView->model()->booking(m_dayView->grid()->currentIndex());
    if (!b)
        return;
    const ConfirmationService confirmations(*m_db);
    auto letters = confirmations.load(ConfirmationRequest{b->booking.id, {}, 0, {}});
    if (!letters) {
        showError(letters.error());
        return;
    }
    const QString path = askSavePath(tr("Save confirmation letter"),
                                     suggestedLetterFileName(letters->first()), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto produced = confirmations.produce(*letters, path);
    if (!produced) {
        showError(produced.error());
        if (produced.error().code != ErrorCode::DocumentNotRecorded)
            return;
    }
    refresh();
    statusBar()->showMessage(tr("Confirmation letter saved: %1").arg(shownOutputPath(path)), 8000);
}

void MainWindow::onLettersForDay()
{
    const ConsultationDay &day = m_dayView->model()->day();
    if (day.id == 0)
        return;
    const ConfirmationService confirmations(*m_db);
    auto letters = confirmations.load(ConfirmationRequest{0, day.date, day.formatId, {}});
    if (!letters) {
        showError(letters.error());
        return;
    }
    if (letters->isEmpty()) {
        MessageBoxes::information(this, tr("Confirmation letters"), tr("This day has no bookings yet."));
        return;
    }
    const QString path = askSavePath(tr("Save confirmation letters"), suggestedDayLettersFileName(day.date),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto produced = confirmations.produce(*letters, path);
    if (!produced) {
        showError(produced.error());
        if (produced.error().code != ErrorCode::DocumentNotRecorded)
            return;
    }
    refresh();
    statusBar()->showMessage(tr("%n confirmation letter(s) saved.", nullptr, int(letters->size())), 8000);
}

void MainWindow::onPrintDayPlan()
{
    const Id dayId = m_dayView->model()->dayId();
    if (dayId == 0)
        return;
    auto plan = loadDayPlan(*m_db, dayId);
    if (!plan) {
        showError(plan.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(dayPlanPageLayout(*plan));
    printer.setDocName(suggestedDayPlanFileName(plan->day.date, plan->formatName));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print day plan"));
    // The preview asks again on every change of its settings: render from the same loaded data each time.
    const DayGrid data = *plan;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [data](QPrinter *p) { renderDayPlan(data, p); });
    preview.exec();
}

void MainWindow::onDayPlanPdf()
{
    const ConsultationDay &day = m_dayView->model()->day();
    if (day.id == 0)
        return;
    const QString path =
        askSavePath(tr("Save day plan"), suggestedDayPlanFileName(day.date, m_dayView->model()->formatName()),
                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeDayPlanPdf(*m_db, day.id, path); !s)
        showError(s.error());
}

void MainWindow::onBriefing()
{
    const ConsultationDay &day = m_dayView->model()->day();
    if (day.id == 0)
        return;
    const QString path = askSavePath(tr("Save briefing sheets"),
                                     suggestedBriefingFileName(day.date, m_dayView->model()->formatName()),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeBriefingPdf(*m_db, day.id, 0, path); !s)
        showError(s.error());
}

void MainWindow::onDoorSigns()
{
    const ConsultationDay &day = m_dayView->model()->day();
    if (day.id == 0)
        return;
    const QString path = askSavePath(tr("Save door signs"),
                                     suggestedDoorSignsFileName(day.date, m_dayView->model()->formatName()),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool withCompanies =
        MessageBoxes::question(this, tr("Door signs"), tr("Show the booked companies on the door signs?")) ==
        QMessageBox::Yes;
    if (Status s = writeDoorSignsPdf(*m_db, day.id, withCompanies, path); !s)
        showError(s.error());
}

void MainWindow::onExport()
{
    const QDate day = m_dayView->model()->day().date;
    ExportDialog dialog(*m_db, day, day, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString base = QStringLiteral("Buchungen");
    QString path = askSavePath(tr("Export booking list"), base + QStringLiteral(".csv"),
                               tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx);;Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    const BookingListRequest request{
        dialog.from(), dialog.to(), dialog.formatId(), {}, {}, dialog.includeCancelled()};
    auto exported = BookingListExport(*m_db).write(request, path);
    if (!exported) {
        showError(exported.error());
        return;
    }
    statusBar()->showMessage(
        tr("%n booking(s) exported to %1.", nullptr, exported->exported).arg(shownOutputPath(path)), 8000);
}

} // namespace Sprechtag
