// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "dialogs/ChangeTracker.h"
#include "domain/Types.h"
#include "models/RecordListModel.h"
#include "scheduling/MasterDataService.h"

#include <QDialog>
#include <QLineEdit>

#include <optional>
#include <utility>

class QCheckBox;
class QHBoxLayout;
class QLayout;
class QListView;
class QModelIndex;
class QPushButton;

namespace Sprechtag {

// The family of master data editors (formats, consultants, companies): a list of records beside an editor
// for the selected one, New / Remove-or-archive / Save / Close, change tracking and the unsaved-changes
// question before the editor would be emptied or the dialog closed. The base owns the flows; a dialog
// supplies its editor and its texts and, when its list is not the plain list view of buildList(), its
// list side. RecordDialog<Record> below does the reads, saves and removals of one record type.
class MasterDetailDialog : public QDialog
{
    Q_OBJECT

public:
    // Offers to save unsaved edits before the dialog closes (Esc, Close, the window's close button).
    void reject() override;

Q_SIGNALS:
    // A record was added, changed, archived or deleted; views that show them reload.
    void recordsChanged();

protected:
    // What remove-or-archive asks and says; %1 in question, archivedText and deletedText is the record's
    // name.
    struct RemovalTexts
    {
        QString questionTitle;
        QString question;
        QString archivedTitle;
        QString archivedText;
        QString deletedTitle;
        QString deletedText;
    };
    // The remove button's text and tooltip for a record in use and for an archived one (restore).
    struct RemoveButtonTexts
    {
        QString remove;
        QString removeTip;
        QString restore;
        QString restoreTip;
    };
    // The unsaved-changes question for a new record and, with %1 for the name typed, for a stored one.
    struct UnsavedTexts
    {
        QString newRecord;
        QString changes;
    };

    MasterDetailDialog(const Database &db, const QString &objectName, const QString &title, QWidget *parent);

    // Building: the list with "Show archived" (formats, consultants), the buttons, the whole layout.
    QLayout *buildList(const QString &label, const QString &objectName, RecordListModelBase *model);
    void createButtons(const QString &newText, const RemoveButtonTexts &removeTexts,
                       const QString &removeName);
    // The name field: focused for a new record, its text names the record in the unsaved-changes question.
    void setNameField(QLineEdit *name, const UnsavedTexts &unsaved);
    void setRemovalTexts(const RemovalTexts &texts) { m_removal = texts; }
    // A line edit of the editor whose changes count (ChangeTracker), parent nullptr: the dialog.
    QLineEdit *watchedLineEdit(const QString &objectName, int minimumWidth, QWidget *parent = nullptr);
    // Lays out the columns above the button row and chains the focus: list, editorChain, buttons.
    void finishLayout(QLayout *columns, const QList<QWidget *> &editorChain, const QSize &size);

    // The editor: the record it shows (0: a new one), its name, whether it can be restored.
    virtual Id currentId() const = 0;
    virtual QString currentName() const = 0;
    virtual bool currentIsArchived() const = 0;
    virtual bool hasUnsavedChanges() const;
    virtual void discardChanges();
    // Loads the stored record and shows it; its archived flag, or nothing when it does not exist (a read
    // error is shown).
    virtual std::optional<bool> loadAndShow(Id id) = 0;
    virtual void showEmpty() = 0;
    virtual bool save() = 0;
    virtual Result<Removal> removeCurrent() = 0;
    // Restores the archived record in the editor (only called when currentIsArchived()).
    virtual Status restoreCurrent() { return {}; }

    // The list side; the defaults serve the list of buildList(), filled by loadRecords().
    virtual Status loadRecords(bool includeArchived);
    virtual void reloadList(Id select);
    virtual void selectListed(Id id);
    virtual int listedRow() const;
    virtual int listedCount() const;
    virtual Id listedIdAt(int row) const;
    virtual bool showsArchived() const;
    virtual void setShowArchived(bool show);
    virtual QList<QWidget *> listChain() const;

    // Shows the stored record (revealing archived ones in the list); reload lists again first.
    bool showStored(Id id, bool reload);
    // selectFormat() and its kin: offers to save first; false when the record does not exist.
    bool selectRecord(Id id);
    // The list picked another record: offers to save, then shows it or stays.
    void picked(Id id);
    bool maybeSave();
    // After save(): shows the stored record, or the error (and someone else's newer state).
    bool finishSave(const Result<Id> &saved);
    void failed(const Error &error);
    void addNew();
    void removeOrRestore();
    // The list's first record, or an empty editor.
    void showFirst();
    // The remove button for the record in the editor.
    void updateRemoveButton();
    // A read error that the user asked for.
    void showReadError(const Error &error);

    ChangeTracker *changes() const { return m_changes; }
    QPushButton *newButton() const { return m_newButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    MasterDataService service() const { return MasterDataService(m_db); }
    const Database &database() const { return m_db; }

private:
    const Database &m_db;
    ChangeTracker *m_changes = nullptr;
    // The list of buildList(); unused when a dialog brings its own list side.
    RecordListModelBase *m_model = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_showArchived = nullptr;
    // New, Remove (or Archive / Restore), Save, Close.
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    // The texts of the editor's questions and of the remove button.
    QLineEdit *m_nameField = nullptr;
    RemoveButtonTexts m_removeTexts;
    UnsavedTexts m_unsaved;
    RemovalTexts m_removal;
    // Set while the list selection is changed by the dialog itself rather than by the user.
    bool m_selecting = false;
};

// How a RecordDialog reads, saves and removes its record type through MasterDataService.
template <typename Record> struct RecordAccess
{
    Result<QList<Record>> (MasterDataService::*list)(bool includeArchived);
    Result<std::optional<Record>> (MasterDataService::*byId)(Id id);
    Result<Id> (MasterDataService::*save)(const Record &record);
    Result<Removal> (MasterDataService::*remove)(Id id);
    // Archived records are listed only with "Show archived".
    bool (*archived)(const Record &record);
    // Whether the remove button restores an archived record (formats, companies) or removes it again.
    bool restores;
};

// A master-detail dialog over one record type: the record in the editor, the reads, the save and the
// remove-or-archive through RecordAccess. A dialog adds its editor: fillEditor() and editedRecord().
template <typename Record> class RecordDialog : public MasterDetailDialog
{
protected:
    // model: the list's model (the dialog takes it over); nullptr when the dialog lists by itself.
    RecordDialog(const Database &db, RecordAccess<Record> access, RecordListModel<Record> *model,
                 const QString &objectName, const QString &title, QWidget *parent)
        : MasterDetailDialog(db, objectName, title, parent), m_access(access), m_records(model)
    {
        if (m_records)
            m_records->setParent(this);
    }

    // A line edit for a text field of the record: filled by showRecord(), read back by editedRecord()
    // (the name simplified, the others trimmed); its changes count.
    QLineEdit *textField(const QString &objectName, QString Record::*field, int minimumWidth,
                         QWidget *parent = nullptr)
    {
        QLineEdit *edit = watchedLineEdit(objectName, minimumWidth, parent);
        m_textFields.append({edit, field});
        return edit;
    }
    // Shows what textField() does not (a new record: Record{}); changes made here do not count as edits.
    virtual void fillEditor(const Record &) {}
    // The record as the editor has it now, based on current(); the text fields by default.
    virtual Record editedRecord() const
    {
        Record record = m_current;
        for (const auto &[edit, field] : m_textFields)
            record.*field = field == &Record::name ? edit->text().simplified() : edit->text().trimmed();
        return record;
    }

    const Record &current() const { return m_current; }
    RecordListModel<Record> *records() const { return m_records; }
    void showRecord(const Record &record)
    {
        {
            ChangeTracker::Pause pause(*changes());
            m_current = record;
            for (const auto &[edit, field] : m_textFields)
                edit->setText(record.*field);
            fillEditor(record);
        }
        changes()->setDirty(false);
        updateRemoveButton();
    }

    Id currentId() const override { return m_current.id; }
    QString currentName() const override { return m_current.name; }
    bool currentIsArchived() const override { return m_access.restores && m_access.archived(m_current); }
    void showEmpty() override { showRecord(Record{}); }
    bool save() override { return finishSave((service().*m_access.save)(editedRecord())); }
    Result<Removal> removeCurrent() override { return (service().*m_access.remove)(m_current.id); }

    Status loadRecords(bool includeArchived) override
    {
        auto records = (service().*m_access.list)(includeArchived);
        if (!records)
            return records.error();
        m_records->setRecords(std::move(records).value());
        return {};
    }

    std::optional<bool> loadAndShow(Id id) override
    {
        auto found = (service().*m_access.byId)(id);
        if (!found)
            showReadError(found.error());
        if (!found || !*found)
            return std::nullopt;
        showRecord(**found);
        return m_access.archived(**found);
    }

private:
    RecordAccess<Record> m_access;
    RecordListModel<Record> *m_records = nullptr;
    QList<std::pair<QLineEdit *, QString Record::*>> m_textFields;
    // The record as stored (id 0: a new one), the base for what the editor shows.
    Record m_current;
};

} // namespace Sprechtag
