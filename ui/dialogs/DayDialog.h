// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <optional>

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class QVBoxLayout;

namespace Sprechtag {

class Database;

// Plans one or several consultation days of a format, or changes one. It only reads the database (for the
// lists and the live preview); the caller hands days() to DayService.
class DayDialog : public QDialog
{
    Q_OBJECT

public:
    // New days: one per date added to the list.
    explicit DayDialog(const Database &db, QWidget *parent = nullptr);
    // Changing one day; its id, version and status are kept.
    DayDialog(const Database &db, const ConsultationDay &existing, QWidget *parent = nullptr);

    bool isEditing() const { return m_existing.has_value(); }
    // One day per date, by date; empty when no date is chosen.
    QList<ConsultationDay> days() const;
    // Whether the preview found nothing in the way (what the OK button's state reflects).
    bool isAcceptable() const { return m_acceptable; }

    void accept() override;

private:
    void buildUi();
    QWidget *buildDatesBox(QList<QWidget *> *dateWidgets);
    QWidget *buildTimesBox();
    QWidget *buildConsultantsBox();
    QWidget *buildPlaceBox();
    // The preview and the buttons; returns the cancel button, last in the tab order.
    QWidget *buildFooter(QVBoxLayout *layout);
    void loadFormats();
    void loadConsultants();
    void loadExisting();
    void formatChosen(int index);
    void addDate(const QDate &date);
    void removeSelectedDates();
    void addBreak(const TimeRange &range);
    void removeSelectedBreaks();
    QList<QDate> chosenDates() const;
    ConsultationDay dayFor(const QDate &date) const;
    void updatePreview();

    const Database &m_db;
    std::optional<ConsultationDay> m_existing;
    QList<Format> m_formats;
    bool m_acceptable = false;
    bool m_loading = false;

    QComboBox *m_formatBox = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QPushButton *m_addDateButton = nullptr;
    QPushButton *m_removeDateButton = nullptr;
    QListWidget *m_dateList = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QTimeEdit *m_startEdit = nullptr;
    QTimeEdit *m_endEdit = nullptr;
    QSpinBox *m_slotMinutes = nullptr;
    QTableWidget *m_breakTable = nullptr;
    QPushButton *m_addBreakButton = nullptr;
    QPushButton *m_removeBreakButton = nullptr;
    QTableWidget *m_consultantTable = nullptr;
    QLineEdit *m_locationEdit = nullptr;
    QLineEdit *m_videoLinkEdit = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QPlainTextEdit *m_notesEdit = nullptr;
    QLabel *m_previewLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace Sprechtag
