// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QSpinBox;
class QLineEdit;

namespace Sprechtag {

// The sender of every letter and the language of the app. Returns what was entered and changes nothing
// itself: the caller saves the organisation and applies the language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // language: "de" or "en"; anything else shows German.
    SettingsDialog(const Organisation &current, const QString &language, QWidget *parent = nullptr);

    Organisation organisation() const;
    // "de" or "en".
    QString language() const;

    // The retention period in months (0: off); preview says what a period would anonymise today.
    void setRetention(int months, std::function<QString(int)> preview);
    int retentionMonths() const;

    // Refuses an implausible e-mail address or phone number, which would end up on every letter.
    void accept() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_web = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_retention = nullptr;
    QLabel *m_retentionPreview = nullptr;
    std::function<QString(int)> m_preview;
};

} // namespace Sprechtag
