// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QAction;

namespace Sprechtag {

class Database;
class MainWindow;

// The main window's privacy menu (GDPR): access report, anonymisation, the change log; and the
// retention period applied when a database is opened. Kept apart from MainWindow, which only creates it.
class PrivacyMenu : public QObject
{
    Q_OBJECT

public:
    explicit PrivacyMenu(MainWindow *window);

    // Anonymises what the stored retention period reaches on that day, and says in the status bar what
    // it did. Returns that sentence (empty when nothing was due or no period is set).
    QString applyRetention(const QDate &today);

    // One sentence for the settings dialog: what a period of that many months would anonymise today.
    static QString previewText(const Database &db, int months, const QDate &today);

private:
    void onReport();
    void onErase();
    void onAuditLog();

    MainWindow *m_window;
    QAction *m_report = nullptr;
    QAction *m_erase = nullptr;
    QAction *m_auditLog = nullptr;
};

} // namespace Sprechtag
