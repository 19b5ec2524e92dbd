// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AuditLogDialog.h"

#include "MessageBoxes.h"
#include "models/AuditLogModel.h"
#include "privacy/PrivacyService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Sprechtag {

AuditLogDialog::AuditLogDialog(const Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Change log"));
    m_model = new AuditLogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by staff member, record, action or field"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%n entries shown", nullptr, m_proxy->rowCount()));
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_proxy);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCount"));
    auto *note = new QLabel(tr("Who changed which record and when. The log names the changed fields, never "
                               "their values, and cannot be changed."),
                            this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    connect(reloadButton, &QPushButton::clicked, this, &AuditLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditLogDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 560);
    reload();
}

void AuditLogDialog::reload()
{
    auto entries = PrivacyService(m_db).auditEntries();
    if (!entries) {
        MessageBoxes::showError(this, entries.error());
        return;
    }
    m_model->setEntries(std::move(entries).value());
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n entries shown", nullptr, m_proxy->rowCount()));
}

} // namespace Sprechtag
