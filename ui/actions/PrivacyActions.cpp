// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/PrivacyActions.h"

#include "backup/BackgroundJob.h"
#include "backup/Backups.h"
#include "dialogs/AuditLogDialog.h"
#include "dialogs/SubjectPicker.h"
#include "documents/OutputFiles.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "OutputPaths.h"
#include "privacy/PrivacyService.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <optional>

namespace Sprechtag {

struct PrivacyActions::RetentionRun
{
    QString staffUser;
    QDate today;
    std::optional<Result<RetentionPlan>> plan; // empty: the work did not get to run
};

PrivacyActions::PrivacyActions(WindowContext &context, QObject *parent) : ActionSet(context, parent)
{
    m_retention = new BackgroundJob(this);
    m_retention->setObjectName(QStringLiteral("retentionJob"));
    connect(m_retention, &BackgroundJob::finished, this, &PrivacyActions::retentionEnded);
    setObjectName(QStringLiteral("privacyActions"));
    m_report = makeAction(tr("&Access report…"), "actionPrivacyReport");
    m_erase = makeAction(tr("A&nonymise…"), "actionPrivacyErase");
    m_auditLog = makeAction(tr("&Change log…"), "actionAuditLog");
    connect(m_report, &QAction::triggered, this, &PrivacyActions::onReport);
    connect(m_erase, &QAction::triggered, this, &PrivacyActions::onErase);
    connect(m_auditLog, &QAction::triggered, this, &PrivacyActions::onAuditLog);
}

QMenu *PrivacyActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("P&rivacy"), parent);
    menu->setObjectName(QStringLiteral("privacyMenu"));
    menu->addAction(m_report);
    menu->addAction(m_erase);
    menu->addSeparator();
    menu->addAction(m_auditLog);
    return menu;
}

QString PrivacyActions::previewText(const Database &db, int months, const QDate &today)
{
    if (months <= 0)
        return tr("Off: nothing is anonymised automatically.");
    auto plan = PrivacyService(db).retentionPreview(today, months);
    if (!plan)
        return errorMessage(plan.error());
    return tr("Today this would anonymise %1 companies and %2 contact persons and empty the topics of %3 "
              "bookings before %4.")
        .arg(plan->companies.size())
        .arg(plan->contacts.size())
        .arg(plan->bookings.size())
        .arg(formatDateShort(plan->cutoff));
}

QString PrivacyActions::applyRetention(WindowContext &context, const QDate &today)
{
    const Database &db = context.database();
    if (db.isReadOnly())
        return {};
    return report(context, PrivacyService(db).applyRetention(today));
}

void PrivacyActions::startRetention(const QDate &today)
{
    stopRetention();
    if (db().isReadOnly())
        return;
    auto run = std::make_shared<RetentionRun>();
    run->staffUser = db().staffUser();
    run->today = today;
    m_run = run;
    m_retention->start(
        db().path(), Backups::workerOptions(db()), [run](Database &worker, const BackgroundJob &) {
            worker.setStaffUser(run->staffUser); // the change log names the same person as the window's
            run->plan = PrivacyService(worker).applyRetention(run->today);
        });
}

void PrivacyActions::stopRetention()
{
    if (!m_retention->isRunning())
        return;
    m_retention->cancel();
    m_retention->wait();
    m_run.reset();
}

bool PrivacyActions::retentionRunning() const
{
    return m_retention->isRunning();
}

void PrivacyActions::retentionEnded()
{
    if (m_retention->isRunning())
        return; // the end of an earlier pass; the current one still goes
    const std::shared_ptr<RetentionRun> run = std::move(m_run);
    if (!run)
        return;
    if (std::optional<Error> e = m_retention->openError()) {
        MessageBoxes::showError(window(), *e);
        return;
    }
    if (run->plan)
        report(m_context, *run->plan);
}

QString PrivacyActions::report(WindowContext &context, const Result<RetentionPlan> &plan)
{
    if (!plan) {
        MessageBoxes::showError(context.window(), plan.error());
        return {};
    }
    if (plan->months == 0 || plan->isEmpty())
        return {};
    // Undoing an older change could bring back text that is now gone.
    context.undoStack()->clear();
    context.refresh();
    const QString text = tr("Retention period (%1 months): %2 companies and %3 contact persons anonymised, "
                            "topics of %4 old bookings emptied.")
                             .arg(plan->months)
                             .arg(plan->companies.size())
                             .arg(plan->contacts.size())
                             .arg(plan->bookings.size());
    context.showStatus(text);
    return text;
}

void PrivacyActions::onReport()
{
    SubjectPicker picker(db(), tr("Access report"), tr("&Create report…"), window());
    if (picker.exec() != QDialog::Accepted)
        return;
    const PrivacySubject subject = picker.subject();
    PrivacyService privacy(db());
    auto report = subject.contactId ? privacy.reportForContact(subject.contactId)
                                    : privacy.reportForCompany(subject.companyId);
    if (!report) {
        MessageBoxes::showError(window(), report.error());
        return;
    }
    QSettings settings;
    QString folder = settings.value(QStringLiteral("exportFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Access-report") + QLatin1Char('_') +
                              sanitisedFileNamePart(report->subject) + QStringLiteral(".pdf");
    const QString filter = tr("PDF documents (*.pdf);;CSV files (*.csv)");
    QString selectedFilter;
    const QString chosen = FileDialogs::getSaveFileName(
        window(), tr("Save access report"), folder + QLatin1Char('/') + suggested, filter, &selectedFilter);
    // The type follows the filter the user chose; refused targets are named before any work is done.
    const QString path = confirmedOutputPath(window(), chosen, filter, selectedFilter);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    if (Status s = writeAccessReport(*report, path); !s) {
        MessageBoxes::showError(window(), s.error());
        return;
    }
    m_context.showStatus(tr("Access report saved: %1").arg(shownOutputPath(path)), 8000);
}

void PrivacyActions::onErase()
{
    const Database &db = m_context.database();
    SubjectPicker picker(db, tr("Anonymise"), tr("&Anonymise…"), window());
    if (picker.exec() != QDialog::Accepted)
        return;
    const PrivacySubject subject = picker.subject();
    PrivacyService privacy(db);
    auto counted = privacy.bookingCount(subject.companyId, subject.contactId);
    if (!counted) {
        MessageBoxes::showError(window(), counted.error());
        return;
    }
    const qint64 bookings = *counted;
    const QString question =
        subject.contactId
            ? tr("Anonymise the contact person %1?\n\nName, title, e-mail address and phone number are "
                 "replaced by \"%2\" for good, and the topics of %n booking(s) with this person are deleted. "
                 "The bookings stay in the statistics. This cannot be undone.",
                 nullptr, int(bookings))
                  .arg(subject.name, PrivacyService::placeholder(subject.contactId))
            : tr("Anonymise the company %1 and all its contact persons?\n\nNames, address, membership "
                 "number, website, e-mail addresses and phone numbers are replaced by \"%2\" for good, and "
                 "the topics of its %n booking(s) are deleted. The bookings stay in the statistics. This "
                 "cannot be undone.",
                 nullptr, int(bookings))
                  .arg(subject.name, PrivacyService::placeholder(subject.companyId));
    if (MessageBoxes::question(window(), tr("Anonymise"), question) != QMessageBox::Yes)
        return;
    auto erased =
        subject.contactId ? privacy.eraseContact(subject.contactId) : privacy.eraseCompany(subject.companyId);
    if (!erased) {
        MessageBoxes::showError(window(), erased.error());
        return;
    }
    // Undoing an older change could bring back what was just erased.
    m_context.undoStack()->clear();
    m_context.refresh();
    QString done = tr("%1 is anonymised and now appears as \"%2\".").arg(subject.name, erased->placeholder);
    if (!erased->journalCleared)
        done += QLatin1Char('\n') + tr("Another window or program has the database open: old copies in its "
                                       "journal are overwritten once it is closed.");
    done += QLatin1Char('\n') + tr("Older backups and letters already sent still contain the data.");
    MessageBoxes::information(window(), tr("Anonymise"), done);
}

void PrivacyActions::onAuditLog()
{
    AuditLogDialog dialog(db(), window());
    dialog.exec();
}

} // namespace Sprechtag
