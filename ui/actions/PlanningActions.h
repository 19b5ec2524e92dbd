// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include <QCoreApplication>

namespace Sprechtag {

// Consultation days (new, change, call off) and the master-data dialogs (formats, consultants,
// companies); the welcome page's "create the first day".
class PlanningActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    PlanningActions(WindowContext &context, QObject *parent);

    // All or nothing; the first new day is selected. False when refused (the user was told).
    bool createDays(const QList<ConsultationDay> &days);
    // Asks for a format and consultants first when the file has none, then for the day.
    void createFirstDay();
    void updateEnabled(bool writable);

    QAction *newDayAction() const { return m_newDay; }
    QAction *editDayAction() const { return m_editDay; }
    QAction *cancelDayAction() const { return m_cancelDay; }
    QAction *formatsAction() const { return m_formats; }
    QAction *consultantsAction() const { return m_consultants; }
    QAction *companiesAction() const { return m_companies; }

private:
    void onNewDay();
    void onEditDay();
    void onCancelDay();
    // Runs a master-data dialog, then reads again.
    template <typename Dialog> void runDialog();

    QAction *m_newDay = nullptr;
    QAction *m_editDay = nullptr;
    QAction *m_cancelDay = nullptr;
    QAction *m_formats = nullptr;
    QAction *m_consultants = nullptr;
    QAction *m_companies = nullptr;
};

} // namespace Sprechtag
