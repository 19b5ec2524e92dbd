// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/MasterDetailDialog.h"

#include "dialogs/ChangeTracker.h"
#include "MessageBoxes.h"
#include "models/RecordListModel.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

namespace Sprechtag {

namespace {

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

MasterDetailDialog::MasterDetailDialog(const Database &db, const QString &objectName, const QString &title,
                                       QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_changes = new ChangeTracker(this);
}

QLayout *MasterDetailDialog::buildList(const QString &label, const QString &objectName,
                                       RecordListModelBase *model)
{
    m_model = model;
    auto *listLabel = new QLabel(label, this);
    m_list = new QListView(this);
    m_list->setObjectName(objectName);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    listLabel->setBuddy(m_list);
    m_showArchived = new QCheckBox(tr("Show archi&ved"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addWidget(m_showArchived);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    picked(current.isValid() ? current.data(RecordListModelBase::IdRole).toLongLong() : 0);
            });
    connect(m_showArchived, &QCheckBox::toggled, this, [this] { reloadList(currentId()); });
    return left;
}

void MasterDetailDialog::createButtons(const QString &newText, const RemoveButtonTexts &removeTexts,
                                       const QString &removeName)
{
    m_removeTexts = removeTexts;
    m_newButton = makeButton(newText, QStringLiteral("newButton"), this);
    m_removeButton = makeButton(removeTexts.remove, removeName, this);
    m_removeButton->setToolTip(removeTexts.removeTip);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = makeButton(tr("Close"), QStringLiteral("closeButton"), this);
    connect(m_newButton, &QPushButton::clicked, this, &MasterDetailDialog::addNew);
    connect(m_removeButton, &QPushButton::clicked, this, &MasterDetailDialog::removeOrRestore);
    connect(m_saveButton, &QPushButton::clicked, this, &MasterDetailDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &MasterDetailDialog::reject);
}

void MasterDetailDialog::setNameField(QLineEdit *name, const UnsavedTexts &unsaved)
{
    m_nameField = name;
    m_unsaved = unsaved;
}

void MasterDetailDialog::updateRemoveButton()
{
    const bool archived = currentIsArchived();
    m_removeButton->setEnabled(currentId() != 0);
    m_removeButton->setText(archived ? m_removeTexts.restore : m_removeTexts.remove);
    m_removeButton->setToolTip(archived ? m_removeTexts.restoreTip : m_removeTexts.removeTip);
}

void MasterDetailDialog::showReadError(const Error &error)
{
    MessageBoxes::showError(this, error);
}

QLineEdit *MasterDetailDialog::watchedLineEdit(const QString &objectName, int minimumWidth, QWidget *parent)
{
    auto *edit = new QLineEdit(parent ? parent : this);
    edit->setObjectName(objectName);
    edit->setMinimumWidth(minimumWidth);
    m_changes->watch(edit);
    return edit;
}

void MasterDetailDialog::finishLayout(QLayout *columns, const QList<QWidget *> &editorChain,
                                      const QSize &size)
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    QList<QWidget *> order = listChain();
    order << editorChain;
    order << QList<QWidget *>{m_newButton, m_removeButton, m_saveButton, m_closeButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    resize(size);
}

bool MasterDetailDialog::hasUnsavedChanges() const
{
    return m_changes->isDirty();
}

void MasterDetailDialog::discardChanges()
{
    m_changes->setDirty(false);
}

Status MasterDetailDialog::loadRecords(bool)
{
    return {};
}

void MasterDetailDialog::reloadList(Id select)
{
    {
        QScopedValueRollback guard(m_selecting, true);
        if (Status s = loadRecords(showsArchived()); !s) {
            MessageBoxes::showError(this, s.error());
            return;
        }
    }
    selectListed(select);
}

void MasterDetailDialog::selectListed(Id id)
{
    QScopedValueRollback guard(m_selecting, true);
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->selectionModel()->clear();
}

int MasterDetailDialog::listedRow() const
{
    return m_list->currentIndex().row();
}

int MasterDetailDialog::listedCount() const
{
    return m_model->rowCount();
}

Id MasterDetailDialog::listedIdAt(int row) const
{
    return m_model->idAt(row);
}

bool MasterDetailDialog::showsArchived() const
{
    return m_showArchived->isChecked();
}

void MasterDetailDialog::setShowArchived(bool show)
{
    m_showArchived->setChecked(show);
}

QList<QWidget *> MasterDetailDialog::listChain() const
{
    return {m_list, m_showArchived};
}

bool MasterDetailDialog::showStored(Id id, bool reload)
{
    const std::optional<bool> archived = loadAndShow(id);
    if (!archived)
        return false;
    if (*archived && !showsArchived())
        setShowArchived(true); // lists again, with this record selected
    else if (reload)
        reloadList(id);
    else
        selectListed(id);
    return true;
}

bool MasterDetailDialog::selectRecord(Id id)
{
    if (!maybeSave())
        return false;
    return showStored(id, true);
}

void MasterDetailDialog::picked(Id id)
{
    if (!maybeSave()) {
        selectListed(currentId());
        return;
    }
    // Saving lists the records again; the picked one is looked up anew.
    if (id != 0 && !showStored(id, false))
        selectListed(currentId());
}

bool MasterDetailDialog::maybeSave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_nameField->text().simplified();
    const QString question = name.isEmpty() ? m_unsaved.newRecord : m_unsaved.changes.arg(name);
    return MessageBoxes::resolveUnsaved(
        this, question, [this] { return save(); }, [this] { discardChanges(); });
}

bool MasterDetailDialog::finishSave(const Result<Id> &saved)
{
    if (!saved) {
        failed(saved.error());
        return false;
    }
    // Shows what is stored now, with its new version, so that the next save is checked against it.
    showStored(*saved, true);
    Q_EMIT recordsChanged();
    return true;
}

void MasterDetailDialog::failed(const Error &error)
{
    MessageBoxes::showError(this, error);
    // Someone else's newer state is shown rather than overwritten; the user enters the change again.
    if (error.code == ErrorCode::ChangedMeanwhile && currentId() != 0)
        showStored(currentId(), true);
}

void MasterDetailDialog::addNew()
{
    if (!maybeSave())
        return;
    selectListed(0);
    showEmpty();
    m_nameField->setFocus();
}

void MasterDetailDialog::showFirst()
{
    if (listedCount() > 0)
        showStored(listedIdAt(0), false);
    else
        showEmpty();
}

void MasterDetailDialog::removeOrRestore()
{
    if (currentId() == 0 || !maybeSave())
        return;
    if (currentIsArchived()) {
        if (Status s = restoreCurrent(); !s)
            failed(s.error());
        else if (showStored(currentId(), true))
            Q_EMIT recordsChanged();
        return;
    }
    const QString name = currentName();
    if (MessageBoxes::question(this, m_removal.questionTitle, m_removal.question.arg(name)) !=
        QMessageBox::Yes)
        return;
    auto removed = removeCurrent();
    if (!removed) {
        MessageBoxes::showError(this, removed.error());
        return;
    }
    const int row = listedRow();
    reloadList(0);
    if (listedCount() > 0)
        showStored(listedIdAt(std::clamp(row, 0, listedCount() - 1)), false);
    else
        showEmpty();
    Q_EMIT recordsChanged();
    if (*removed == Removal::Archived)
        MessageBoxes::information(this, m_removal.archivedTitle, m_removal.archivedText.arg(name));
    else
        MessageBoxes::information(this, m_removal.deletedTitle, m_removal.deletedText.arg(name));
}

void MasterDetailDialog::reject()
{
    if (maybeSave())
        QDialog::reject();
}

} // namespace Sprechtag
