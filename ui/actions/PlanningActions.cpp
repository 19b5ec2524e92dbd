// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/PlanningActions.h"

#include "dialogs/CompaniesDialog.h"
#include "dialogs/ConsultantsDialog.h"
#include "dialogs/DayDialog.h"
#include "dialogs/FormatsDialog.h"
#include "Logging.h"
#include "MessageBoxes.h"
#include "scheduling/DayService.h"
#include "scheduling/MasterDataService.h"
#include "storage/Database.h"

#include <QAction>

namespace Sprechtag {

PlanningActions::PlanningActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_newDay = makeAction(tr("&New consultation day…"), "actionNewDay", QKeySequence::New);
    m_editDay = makeAction(tr("&Edit consultation day…"), "actionEditDay");
    m_cancelDay = makeAction(tr("Call off consultation day…"), "actionCancelDay");
    m_formats = makeAction(tr("&Formats…"), "actionFormats");
    m_consultants = makeAction(tr("C&onsultants…"), "actionConsultants");
    m_companies = makeAction(tr("Com&panies…"), "actionCompanies");
    connect(m_newDay, &QAction::triggered, this, &PlanningActions::onNewDay);
    connect(m_editDay, &QAction::triggered, this, &PlanningActions::onEditDay);
    connect(m_cancelDay, &QAction::triggered, this, &PlanningActions::onCancelDay);
    connect(m_formats, &QAction::triggered, this, &PlanningActions::runDialog<FormatsDialog>);
    connect(m_consultants, &QAction::triggered, this, &PlanningActions::runDialog<ConsultantsDialog>);
    connect(m_companies, &QAction::triggered, this, &PlanningActions::runDialog<CompaniesDialog>);
}

template <typename Dialog> void PlanningActions::runDialog()
{
    Dialog dialog(db(), window());
    dialog.exec();
    m_context.refresh();
}

void PlanningActions::updateEnabled(bool writable)
{
    const ConsultationDay &day = m_context.currentDay();
    m_editDay->setEnabled(writable && day.id != 0);
    m_cancelDay->setEnabled(writable && day.id != 0 && day.status != DayStatus::Cancelled);
    m_newDay->setEnabled(writable);
}

bool PlanningActions::createDays(const QList<ConsultationDay> &days)
{
    // All or nothing: one transaction around every day of the request.
    auto created = DayService(db()).createDays(days);
    if (!created) {
        m_context.showError(created.error());
        return false;
    }
    m_context.refresh();
    if (!created->isEmpty())
        m_context.selectDay(created->first());
    return true;
}

void PlanningActions::onNewDay()
{
    DayDialog dialog(db(), window());
    while (dialog.exec() == QDialog::Accepted) {
        if (createDays(dialog.days()))
            return;
    }
}

void PlanningActions::onEditDay()
{
    if (m_context.currentDay().id == 0)
        return;
    DayDialog dialog(db(), m_context.currentDay(), window());
    while (dialog.exec() == QDialog::Accepted) {
        const QList<ConsultationDay> days = dialog.days();
        if (days.isEmpty())
            return;
        auto changed = DayService(db()).change(days.first());
        if (changed) {
            m_context.refresh();
            return;
        }
        m_context.showError(changed.error());
    }
}

void PlanningActions::onCancelDay()
{
    const ConsultationDay day = m_context.currentDay();
    if (day.id == 0)
        return;
    const QString question = tr("Call off the consultation day on %1? It stays in the list as cancelled.")
                                 .arg(formatDateShort(day.date));
    if (MessageBoxes::question(window(), tr("Call off consultation day"), question) != QMessageBox::Yes)
        return;
    if (Status s = DayService(db()).setStatus(day.id, DayStatus::Cancelled); !s)
        m_context.showError(s.error());
    m_context.refresh();
}

void PlanningActions::createFirstDay()
{
    // A day needs a format and consultants: ask for them first when the file has none.
    auto formats = MasterDataService(db()).formats();
    if (!formats)
        logReadError("formats for the first day", formats.error());
    if (formats && formats->isEmpty()) {
        MessageBoxes::information(window(), tr("First steps"),
                                  tr("First describe the format of your consultation days (for example "
                                     "\"Social Media Sprechtag\"), then the consultants."));
        FormatsDialog dialog(db(), window());
        dialog.exec();
    }
    auto consultants = MasterDataService(db()).consultants();
    if (!consultants)
        logReadError("consultants for the first day", consultants.error());
    if (consultants && consultants->isEmpty()) {
        ConsultantsDialog dialog(db(), window());
        dialog.exec();
    }
    onNewDay();
    m_context.refresh();
}

} // namespace Sprechtag
