// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "scheduling/BookingService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;
class QVBoxLayout;
class QWidget;

namespace Sprechtag {

class Database;

// Books a free slot, or edits an existing booking's company, contact and topic. It only reads the
// database; the caller hands request() or edit() to BookingService (so that undo can wrap it).
class BookingDialog : public QDialog
{
    Q_OBJECT

public:
    // A new booking in the slot.
    BookingDialog(const Database &db, const SlotDetails &slot, QWidget *parent = nullptr);
    // Editing an existing booking: company and contact data and the topic, not the slot.
    BookingDialog(const Database &db, const BookingDetails &existing, QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    // For a new booking: an existing company or contact by id when one was picked, otherwise the data typed.
    BookingRequest request() const;
    // For an edit: the booking's id and version as loaded, the company and contact as edited.
    BookingEdit edit() const;

    void accept() override;

private:
    void buildUi();
    QWidget *buildSlotBox();
    QWidget *buildCompanyBox();
    QWidget *buildContactBox();
    // The topic, the error line and the buttons.
    void buildFooter(QVBoxLayout *layout);
    void showSlot();
    void loadExisting();
    void refillCompletions(const QString &text);
    void matchCompany(const QString &text);
    void fillContactPicker(const QList<Contact> &contacts);
    void contactPicked(int index);
    void updateSameDayWarning();
    void updateReadOnly();
    Company typedCompany() const;
    Contact typedContact() const;
    bool contactFieldsEmpty() const;
    std::optional<Contact> pickedContact() const;
    void showError(const QString &text, QWidget *field);

    const Database &m_db;
    SlotDetails m_slot;
    std::optional<BookingDetails> m_existing;
    // New booking: the known company whose name matches the typed one. Edit: the booking's company.
    std::optional<Company> m_company;
    QList<Contact> m_contacts;
    // The known contact whose data the contact fields show (0: a new contact, or none).
    Id m_shownContactId = 0;
    bool m_sameDayConflict = false;

    QLabel *m_formatLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_consultantLabel = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_companyEdit = nullptr;
    QStringListModel *m_completionModel = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_knownCompanyHint = nullptr;
    QLabel *m_sameDayWarning = nullptr;
    QCheckBox *m_allowSecondSlot = nullptr;
    QLineEdit *m_streetEdit = nullptr;
    QLineEdit *m_postcodeEdit = nullptr;
    QLineEdit *m_cityEdit = nullptr;
    QComboBox *m_contactPicker = nullptr;
    QComboBox *m_salutationBox = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLineEdit *m_firstNameEdit = nullptr;
    QLineEdit *m_lastNameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QPlainTextEdit *m_topicEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Sprechtag
