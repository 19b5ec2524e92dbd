// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include <QCoreApplication>

namespace Sprechtag {

// Confirmation letters, the day plan (printed and PDF), briefing sheets, door signs and the booking list
// exports. Core renders; this set asks where to put the result.
class DocumentActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    DocumentActions(WindowContext &context, QObject *parent);

    void updateEnabled();

    QAction *letterAction() const { return m_letter; }
    QAction *dayLettersAction() const { return m_dayLetters; }
    QAction *printPlanAction() const { return m_printPlan; }
    QAction *planPdfAction() const { return m_planPdf; }
    QAction *briefingAction() const { return m_briefing; }
    QAction *doorSignsAction() const { return m_doorSigns; }
    QAction *exportAction() const { return m_export; }

private:
    QString askSavePath(const QString &title, const QString &suggestedName, const QString &filter);
    void onLetterForBooking();
    void onLettersForDay();
    void onPrintDayPlan();
    void onDayPlanPdf();
    void onBriefing();
    void onDoorSigns();
    void onExport();

    QAction *m_letter = nullptr;
    QAction *m_dayLetters = nullptr;
    QAction *m_printPlan = nullptr;
    QAction *m_planPdf = nullptr;
    QAction *m_briefing = nullptr;
    QAction *m_doorSigns = nullptr;
    QAction *m_export = nullptr;
};

} // namespace Sprechtag
