// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Sprechtag {

// "About Sprechtag": version, the Qt it runs on, the license and where the database file lives. The path
// is plain, selectable text, so that staff can copy it for a backup or for the IT department.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace Sprechtag
