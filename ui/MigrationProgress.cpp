// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace Sprechtag {

MigrationProgress::MigrationProgress() = default;

MigrationProgress::~MigrationProgress() = default;

OpenOptions MigrationProgress::options()
{
    OpenOptions o;
    o.migrationProgress = [this](int done, int total) {
        report(done, total);
    };
    return o;
}

void MigrationProgress::report(int done, int total)
{
    if (!m_dialog) {
        m_dialog = std::make_unique<QProgressDialog>();
        m_dialog->setWindowTitle(QCoreApplication::translate("Sprechtag::MigrationProgress", "Sprechtag"));
        m_dialog->setLabelText(QCoreApplication::translate(
            "Sprechtag::MigrationProgress", "The database is being converted to the new version…"));
        // A migration runs in one transaction after a checked copy: it cannot be stopped half-way.
        m_dialog->setCancelButton(nullptr);
        m_dialog->setMinimumDuration(0);
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
    }
    m_dialog->setMaximum(total);
    // setValue() of a modal dialog lets the event loop paint it while the opening thread works.
    m_dialog->setValue(done);
    QCoreApplication::processEvents();
    // The last step: gone before the window comes (the object itself lives on in main()).
    if (done >= total)
        m_dialog.reset();
}

} // namespace Sprechtag
