// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Sprechtag {

class AuditLogModel;
class Database;

// Shows the change log, newest first, read-only, with a filter over every column. It never writes.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(const Database &db, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Reads the log again.
    void reload();

private:
    const Database &m_db;
    AuditLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace Sprechtag
