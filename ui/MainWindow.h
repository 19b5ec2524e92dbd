// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

namespace Sprechtag {

class Database;

// The main window. For now it shows which database is open; the day list, grid and details follow.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void refresh();

    Database &m_db;
    QLabel *m_summary = nullptr;
};

} // namespace Sprechtag
