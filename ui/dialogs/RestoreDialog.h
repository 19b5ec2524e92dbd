// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/Backups.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Sprechtag {

// The backups of one database file, newest first, each checked when the dialog opens: date, kind, size,
// bookings and whether it can be restored. Returns the chosen file; restoring is the caller's job.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreDialog(const Backups &backups, QWidget *parent = nullptr);

    // The chosen backup (empty when none is selected).
    QString selectedPath() const;
    BackupInfo selectedBackup() const;
    // How the dialog and the question name a backup: its date and time.
    static QString describe(const BackupInfo &backup);
    static QString kindName(BackupKind kind);

private:
    void updateButton();

    QList<BackupInfo> m_backups;
    QTableWidget *m_table = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace Sprechtag
