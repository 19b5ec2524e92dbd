// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/DocumentActions.h"

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
#include "OutputPaths.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>

namespace Sprechtag {

DocumentActions::DocumentActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_letter =
        makeAction(tr("Confirmation &letter (PDF)…"), "actionLetter", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_dayLetters = makeAction(tr("All confirmations of the &day (PDF)…"), "actionDayLetters");
    m_printPlan = makeAction(tr("&Print day plan…"), "actionPrintDayPlan", QKeySequence::Print);
    m_planPdf = makeAction(tr("Day plan as P&DF…"), "actionDayPlanPdf");
    m_briefing = makeAction(tr("&Briefing sheets for the consultants (PDF)…"), "actionBriefing");
    m_doorSigns = makeAction(tr("Door &signs (PDF)…"), "actionDoorSigns");
    m_export = makeAction(tr("&Export booking list…"), "actionExport");
    connect(m_letter, &QAction::triggered, this, &DocumentActions::onLetterForBooking);
    connect(m_dayLetters, &QAction::triggered, this, &DocumentActions::onLettersForDay);
    connect(m_printPlan, &QAction::triggered, this, &DocumentActions::onPrintDayPlan);
    connect(m_planPdf, &QAction::triggered, this, &DocumentActions::onDayPlanPdf);
    connect(m_briefing, &QAction::triggered, this, &DocumentActions::onBriefing);
    connect(m_doorSigns, &QAction::triggered, this, &DocumentActions::onDoorSigns);
    connect(m_export, &QAction::triggered, this, &DocumentActions::onExport);
}

void DocumentActions::updateEnabled()
{
    const BookingDetails *b = m_context.currentBooking();
    const bool hasDay = m_context.currentDay().id != 0;
    m_letter->setEnabled(b && b->booking.status != BookingStatus::Cancelled);
    m_dayLetters->setEnabled(hasDay);
    m_printPlan->setEnabled(hasDay);
    m_planPdf->setEnabled(hasDay);
    m_briefing->setEnabled(hasDay);
    m_doorSigns->setEnabled(hasDay);
}

QString DocumentActions::askSavePath(const QString &title, const QString &suggestedName,
                                     const QString &filter)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("exportFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString chosen = FileDialogs::getSaveFileName(
        window(), title, folder + QLatin1Char('/') + suggestedName, filter, &selectedFilter);
    // The type follows the filter the user chose; refused targets are named before any work is done.
    const QString path = confirmedOutputPath(window(), chosen, filter, selectedFilter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

void DocumentActions::onLetterForBooking()
{
    const BookingDetails *b = m_context.currentBooking();
    if (!b)
        return;
    ConfirmationRequest request;
    request.bookingId = b->booking.id;
    const ConfirmationService confirmations(db());
    auto letters = confirmations.load(request);
    if (!letters || letters->isEmpty()) {
        if (!letters)
            m_context.showError(letters.error());
        return;
    }
    const QString path = askSavePath(tr("Save confirmation letter"),
                                     suggestedLetterFileName(letters->first()), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto produced = confirmations.produce(*letters, path);
    m_context.refresh();
    if (!produced) {
        m_context.showError(produced.error());
        return;
    }
    m_context.showStatus(tr("Confirmation letter saved: %1").arg(produced->shownPath), 8000);
}

void DocumentActions::onLettersForDay()
{
    const ConsultationDay day = m_context.currentDay();
    if (day.id == 0)
        return;
    ConfirmationRequest request;
    request.date = day.date;
    request.formatId = day.formatId;
    const ConfirmationService confirmations(db());
    auto all = confirmations.load(request);
    if (!all) {
        m_context.showError(all.error());
        return;
    }
    if (all->isEmpty()) {
        MessageBoxes::information(window(), tr("Confirmation letters"), tr("This day has no bookings yet."));
        return;
    }
    const QString path = askSavePath(tr("Save confirmation letters"), suggestedDayLettersFileName(day.date),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto produced = confirmations.produce(*all, path);
    m_context.refresh();
    if (!produced) {
        m_context.showError(produced.error());
        return;
    }
    m_context.showStatus(tr("%n confirmation letter(s) saved.", nullptr, produced->written), 8000);
}

void DocumentActions::onPrintDayPlan()
{
    const Id dayId = m_context.currentDay().id;
    if (dayId == 0)
        return;
    auto plan = loadDayPlan(db(), dayId);
    if (!plan) {
        m_context.showError(plan.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(dayPlanPageLayout(*plan));
    printer.setDocName(suggestedDayPlanFileName(plan->day.date, plan->formatName));
    QPrintPreviewDialog preview(&printer, window());
    preview.setWindowTitle(tr("Print day plan"));
    // The preview asks again on every change of its settings: render from the same loaded data each time.
    const DayGrid &data = *plan;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [data](QPrinter *p) { renderDayPlan(data, p); });
    preview.exec();
}

void DocumentActions::onDayPlanPdf()
{
    const ConsultationDay day = m_context.currentDay();
    if (day.id == 0)
        return;
    const QString path =
        askSavePath(tr("Save day plan"), suggestedDayPlanFileName(day.date, m_context.currentFormatName()),
                    tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeDayPlanPdf(db(), day.id, path); !s)
        m_context.showError(s.error());
}

void DocumentActions::onBriefing()
{
    const ConsultationDay day = m_context.currentDay();
    if (day.id == 0)
        return;
    const QString path = askSavePath(tr("Save briefing sheets"),
                                     suggestedBriefingFileName(day.date, m_context.currentFormatName()),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeBriefingPdf(db(), day.id, 0, path); !s)
        m_context.showError(s.error());
}

void DocumentActions::onDoorSigns()
{
    const ConsultationDay day = m_context.currentDay();
    if (day.id == 0)
        return;
    const QString path = askSavePath(tr("Save door signs"),
                                     suggestedDoorSignsFileName(day.date, m_context.currentFormatName()),
                                     tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool withCompanies =
        MessageBoxes::question(window(), tr("Door signs"),
                               tr("Show the booked companies on the door signs?")) == QMessageBox::Yes;
    if (Status s = writeDoorSignsPdf(db(), day.id, withCompanies, path); !s)
        m_context.showError(s.error());
}

void DocumentActions::onExport()
{
    const QDate day = m_context.currentDay().date;
    ExportDialog dialog(db(), day, day, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString base = QStringLiteral("Buchungen");
    QString path = askSavePath(tr("Export booking list"), base + QStringLiteral(".csv"),
                               tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx);;Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    BookingListRequest request;
    request.from = dialog.from();
    request.to = dialog.to();
    request.formatId = dialog.formatId();
    request.includeCancelled = dialog.includeCancelled();
    auto written = BookingListExport(db()).write(request, path);
    if (!written) {
        m_context.showError(written.error());
        return;
    }
    m_context.showStatus(
        tr("%n booking(s) exported to %1.", nullptr, written->exported).arg(written->shownPath), 8000);
}

} // namespace Sprechtag
