// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

namespace Sprechtag {

// Every file dialog of the app goes through here. Qt's own (widget-based) dialog guesses the type of
// each file it lists and, for a name it cannot place (the database's -wal and -shm), opens and closes the
// file to look inside: that close drops every lock SQLite holds on it in this process, and another
// workstation then deletes the WAL under us. These dialogs work from names only. Whether the platform's
// native dialog is used stays Qt's choice; the arguments are those of QFileDialog's static functions.
namespace FileDialogs {

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                        QString *selectedFilter = nullptr);
QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                        QString *selectedFilter = nullptr);

// Gives a dialog made elsewhere the icon provider that never reads a file (now, or when Qt builds the
// dialog's widgets as it is shown); DontUseCustomDirectoryIcons on.
void makeNameOnly(QFileDialog &dialog);

} // namespace FileDialogs

} // namespace Sprechtag
