// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ActionSet.h"

#include <QCoreApplication>

namespace Sprechtag {

// The file menu's own actions: a new or another database, the example data, the settings, quit; and
// the help menu's "About".
class FileActions : public ActionSet
{
    Q_DECLARE_TR_FUNCTIONS(Sprechtag::MainWindow)

public:
    FileActions(WindowContext &context, QObject *parent);

    void openDatabase();
    void loadExample();

    // The file was moved, replaced or deleted while open: say so once and offer to open it again.
    void offerReopen();
    // For a FileReplaced error: schedules the offer in place of the plain message, once, and returns
    // true; false (show the plain message) when it was offered already or a dialog is open.
    bool offerReopenLater();
    bool reopenOffered() const { return m_reopenOffered; }
    // Another file is open: its replacement will be offered again.
    void fileOpened() { m_reopenOffered = false; }

    QAction *newDatabaseAction() const { return m_newDb; }
    QAction *openAction() const { return m_open; }
    QAction *loadExampleAction() const { return m_loadExample; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }
    QAction *aboutAction() const { return m_about; }

private:
    void onNewDatabase();
    void onSettings();
    void onAbout();

    QAction *m_newDb = nullptr;
    QAction *m_open = nullptr;
    QAction *m_loadExample = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    bool m_reopenOffered = false;
};

} // namespace Sprechtag
