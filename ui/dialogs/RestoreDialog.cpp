// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RestoreDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Sprechtag {

RestoreDialog::RestoreDialog(const Backups &backups, QWidget *parent)
    : QDialog(parent), m_backups(backups.list())
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore backup"));

    auto *intro = new QLabel(tr("Backups in %1. Restoring replaces the current data for every workstation; "
                                "the current state is kept as a backup first.")
                                 .arg(QDir::toNativeSeparators(backups.folder())),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(m_backups.size()), 5, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size"), tr("Bookings"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups.at(row);
        const auto facts = Backups::inspect(b.path);
        auto *made = new QTableWidgetItem(describe(b));
        made->setData(Qt::UserRole, b.path);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(b.sizeBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *bookings = new QTableWidgetItem(facts && facts->bookings >= 0 ? locale.toString(facts->bookings)
                                                                            : QString());
        bookings->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *state = new QTableWidgetItem(facts ? tr("checked, can be restored") : tr("cannot be restored"));
        if (!facts)
            state->setToolTip(errorMessage(facts.error()));
        const QList<QTableWidgetItem *> items{made, new QTableWidgetItem(kindName(b.kind)), size, bookings,
                                              state};
        for (int column = 0; column < items.size(); ++column) {
            if (!facts)
                items.at(column)->setFlags(Qt::ItemIsEnabled); // visible, but not selectable
            m_table->setItem(row, column, items.at(column));
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreDialog::updateButton);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_backups.isEmpty()) {
        auto *none = new QLabel(tr("There are no backups of this database yet."), this);
        none->setObjectName(QStringLiteral("noBackupsLabel"));
        layout->addWidget(none);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    // Preselect the newest copy that can be restored.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->flags() & Qt::ItemIsSelectable) {
            m_table->selectRow(row);
            break;
        }
    }
    updateButton();
}

QString RestoreDialog::selectedPath() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    return m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
}

BackupInfo RestoreDialog::selectedBackup() const
{
    const QString path = selectedPath();
    for (const BackupInfo &b : m_backups) {
        if (b.path == path)
            return b;
    }
    return {};
}

QString RestoreDialog::describe(const BackupInfo &backup)
{
    // Four-digit years, as everywhere else in the app (the short format gives "27.11.26").
    return QLocale().toString(backup.made, QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString RestoreDialog::kindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return tr("daily");
    case BackupKind::Manual:
        return tr("made by hand");
    case BackupKind::BeforeRestore:
        return tr("before a restore");
    case BackupKind::BeforeUpdate:
        return tr("before an update");
    }
    return {};
}

void RestoreDialog::updateButton()
{
    m_restore->setEnabled(!selectedPath().isEmpty());
}

} // namespace Sprechtag
