// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListView;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace Sprechtag {

class ChangeTracker;
class ColourButton;
class Database;
class FormatListModel;

// The consultation day formats: a list and an editor for the selected one. Every save is one
// transaction; a format with days (or waitlist entries) is archived, one without may be deleted.
class FormatsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormatsDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that format in the editor (an archived one too); false when it does not exist.
    bool selectFormat(Id id);
    // The format in the editor; 0 while a new one is being entered.
    Id currentFormatId() const { return m_current.id; }

    // Offers to save unsaved edits before the dialog closes (Esc, Close, the window's close button).
    void reject() override;

Q_SIGNALS:
    // A format was added, changed, archived or deleted; views that show formats reload.
    void formatsChanged();

private:
    void buildUi();
    void reload(Id select);
    void showFormat(const Format &format);
    Format formatFromEditor() const;
    Status validate(const Format &format) const;
    Result<Id> store(const Format &format);
    bool save();
    void addNew();
    void archiveOrRestore();
    Status removeOrArchive(const Format &format, bool &archived);
    bool maybeSave();
    void currentChanged(const QModelIndex &current);
    void selectRowOf(Id id);
    void updateButtons();

    const Database &m_db;
    FormatListModel *m_model = nullptr;
    ChangeTracker *m_changes = nullptr;
    QListView *m_list = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_partner = nullptr;
    QLineEdit *m_location = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QSpinBox *m_slotMinutes = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QPlainTextEdit *m_letterBody = nullptr;
    ColourButton *m_colourButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    // The format as stored (id 0: a new one), the base for what the editor shows.
    Format m_current;
    // Set while the list selection is changed by the dialog itself rather than by the user.
    bool m_selecting = false;
};

} // namespace Sprechtag
