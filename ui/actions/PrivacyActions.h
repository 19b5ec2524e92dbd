// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class QMenu;

namespace Sprechtag {

class BackgroundJob;
struct RetentionPlan;
template <typename T> class Result;

// The privacy menu (GDPR): access report, anonymisation, the change log; and the retention period
// applied when a database is opened or the period changed.
class PrivacyActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::PrivacyMenu)

public:
    PrivacyActions(WindowContext &context, QObject *parent);

    // The "Privacy" menu with this set's actions.
    QMenu *createMenu(QWidget *parent) const;

    // Anonymises what the stored retention period reaches on that day, and says in the status bar what
    // it did. Returns that sentence (empty when nothing was due or no period is set).
    static QString applyRetention(WindowContext &context, const QDate &today);
    // The same on a worker thread with its own connection (on start: it reads every company); the
    // status bar says what it did once it is done. A pass still running is cancelled first.
    void startRetention(const QDate &today);
    // Cancels a pass still running (its transaction rolls back) and waits for its thread.
    void stopRetention();
    bool retentionRunning() const;

    // One sentence for the settings dialog: what a period of that many months would anonymise today.
    static QString previewText(const Database &db, int months, const QDate &today);

private:
    static QString report(WindowContext &context, const Result<RetentionPlan> &plan);
    void retentionEnded();
    void onReport();
    void onErase();
    void onAuditLog();

    QAction *m_report = nullptr;
    QAction *m_erase = nullptr;
    QAction *m_auditLog = nullptr;
    BackgroundJob *m_retention = nullptr;
    struct RetentionRun;
    std::shared_ptr<RetentionRun> m_run;
};

} // namespace Sprechtag
