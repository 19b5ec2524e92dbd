// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dialogs/MasterDetailDialog.h"
#include "models/FormatListModel.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace Sprechtag {

class ColourButton;

// The consultation day formats: a list and an editor for the selected one. MasterDataService saves them
// (the name unique, the defaults plausible) and archives a format with days (or waitlist entries) instead
// of deleting it.
class FormatsDialog : public RecordDialog<Format>
{
    Q_OBJECT

public:
    explicit FormatsDialog(const Database &db, QWidget *parent = nullptr);

    // Shows that format in the editor (an archived one too); false when it does not exist.
    bool selectFormat(Id id) { return selectRecord(id); }
    // The format in the editor; 0 while a new one is being entered.
    Id currentFormatId() const { return current().id; }

Q_SIGNALS:
    // A format was added, changed, archived or deleted; views that show formats reload.
    void formatsChanged();

protected:
    void fillEditor(const Format &format) override;
    Format editedRecord() const override;
    Status restoreCurrent() override;

private:
    void buildUi();
    QWidget *buildGeneral();
    QWidget *buildDefaults();
    QWidget *buildContact();
    QWidget *buildLetter();

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
};

} // namespace Sprechtag
