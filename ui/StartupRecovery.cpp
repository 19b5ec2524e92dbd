// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupRecovery.h"

#include "backup/Backups.h"
#include "dialogs/RestoreDialog.h"
#include "MessageBoxes.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Sprechtag {

bool StartupRecovery::canHelpWith(const Error &error)
{
    return error.code == ErrorCode::Corrupt || error.code == ErrorCode::NotADatabase ||
           error.code == ErrorCode::EmptyFile;
}

std::unique_ptr<Database> StartupRecovery::offer(QWidget *parent, const QString &databasePath,
                                                 const Error &error, const QDate &today)
{
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    const QString title = tr("Damaged database");
    const Backups backups(path);
    const std::optional<BackupInfo> newest = backups.newestSound();
    if (!newest) {
        MessageBoxes::critical(
            parent, title,
            tr("%1\n\nThere is no usable backup of it in %2.\n\nThe file is at %3. Please keep it and ask "
               "your IT support to restore it from their data backup, or start Sprechtag with another file.")
                .arg(errorMessage(error), QDir::toNativeSeparators(backups.folder()),
                     QDir::toNativeSeparators(path)));
        return nullptr;
    }
    const auto facts = Backups::inspect(newest->path);
    const QString bookings = facts && facts->bookings >= 0
                                 ? tr("%n active booking(s)", nullptr, int(facts->bookings))
                                 : tr("bookings not counted");
    const QString question =
        tr("%1\n\nThe newest intact backup is from %2 (%3). Restore it now? Changes made after that time are "
           "missing afterwards. The damaged file is kept next to it under a new name and is not deleted.")
            .arg(errorMessage(error), RestoreDialog::describe(*newest), bookings);
    if (MessageBoxes::question(parent, title, question, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::Yes) != QMessageBox::Yes)
        return nullptr;

    auto aside = Backups::recover(path, newest->path, today);
    if (!aside) {
        MessageBoxes::critical(parent, title,
                               tr("The backup could not be restored: %1").arg(errorMessage(aside.error())));
        return nullptr;
    }
    OpenOptions options;
    options.create = false;
    auto opened = Database::open(path, options);
    if (!opened) {
        MessageBoxes::critical(parent, title,
                               tr("The backup was restored, but the database still cannot be opened: %1")
                                   .arg(errorMessage(opened.error())));
        return nullptr;
    }
    MessageBoxes::information(parent, title,
                              tr("The backup from %1 was restored. The damaged file was kept as %2. Please "
                                 "check the bookings made since then.")
                                  .arg(RestoreDialog::describe(*newest), QDir::toNativeSeparators(*aside)));
    return std::move(opened).value();
}

} // namespace Sprechtag
