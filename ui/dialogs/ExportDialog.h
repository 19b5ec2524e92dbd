// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace Sprechtag {

class Database;

// What to export: a date range, one format or all, cancelled bookings or not. Returns values only.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Database &db, const QDate &from, const QDate &to, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    Id formatId() const;
    bool includeCancelled() const;

private:
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_cancelled = nullptr;
};

} // namespace Sprechtag
