// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Sprechtag {

class Database;

// The right-hand side: everything about the selected booking, and the company's earlier visits.
class BookingDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BookingDetailsPanel(const Database &db, QWidget *parent = nullptr);

    void showBooking(Id bookingId);
    void showFreeSlot(const QString &description);
    void clear();
    Id bookingId() const { return m_bookingId; }

private:
    void buildRows();
    QLabel *addRow(const QString &label, const char *objectName);

    const Database &m_db;
    Id m_bookingId = 0;
    QLabel *m_title = nullptr;
    QWidget *m_form = nullptr; // with the rows and the history below: made by buildRows()
    QLabel *m_company = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_topic = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_changed = nullptr;
    QLabel *m_confirmation = nullptr;
    QLabel *m_historyLabel = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace Sprechtag
