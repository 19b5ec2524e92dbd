// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "domain/Validation.h"
#include "MessageBoxes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Sprechtag {

SettingsDialog::SettingsDialog(const Organisation &current, const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *sender = new QGroupBox(tr("Sender of the letters"), this);
    auto *senderForm = new QFormLayout(sender);
    auto field = [sender, senderForm](const QString &objectName, const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, sender);
        edit->setObjectName(objectName);
        edit->setMinimumWidth(320);
        senderForm->addRow(label, edit);
        return edit;
    };
    m_name = field(QStringLiteral("organisationName"), tr("&Organisation:"), current.name);
    m_department = field(QStringLiteral("organisationDepartment"), tr("&Department:"), current.department);
    m_street = field(QStringLiteral("organisationStreet"), tr("&Street:"), current.street);
    m_postcode = field(QStringLiteral("organisationPostcode"), tr("&Postcode:"), current.postcode);
    m_city = field(QStringLiteral("organisationCity"), tr("&City:"), current.city);
    m_phone = field(QStringLiteral("organisationPhone"), tr("P&hone:"), current.phone);
    m_email = field(QStringLiteral("organisationEmail"), tr("E-ma&il:"), current.email);
    m_web = field(QStringLiteral("organisationWeb"), tr("&Web:"), current.web);

    auto *appearance = new QGroupBox(tr("Program"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("language"));
    // Each language is named in its own language, so that it can be found whichever one is showing.
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int index = m_language->findData(language);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    appearanceForm->addRow(tr("&Language:"), m_language);

    auto *privacy = new QGroupBox(tr("Privacy"), this);
    auto *privacyForm = new QFormLayout(privacy);
    m_retention = new QSpinBox(privacy);
    m_retention->setObjectName(QStringLiteral("retentionMonths"));
    m_retention->setRange(0, 1200);
    m_retention->setSpecialValueText(tr("off"));
    m_retention->setSuffix(tr(" months after the day"));
    privacyForm->addRow(tr("&Retention period:"), m_retention);
    m_retentionPreview = new QLabel(privacy);
    m_retentionPreview->setObjectName(QStringLiteral("retentionPreview"));
    m_retentionPreview->setTextFormat(Qt::PlainText);
    m_retentionPreview->setWordWrap(true);
    privacyForm->addRow(m_retentionPreview);
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int months) {
        if (m_preview)
            m_retentionPreview->setText(m_preview(months));
    });
    privacy->setVisible(false); // shown by setRetention()

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(sender);
    layout->addWidget(appearance);
    layout->addWidget(privacy);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Organisation SettingsDialog::organisation() const
{
    Organisation o;
    o.name = m_name->text().simplified();
    o.department = m_department->text().simplified();
    o.street = m_street->text().trimmed();
    o.postcode = m_postcode->text().trimmed();
    o.city = m_city->text().trimmed();
    o.phone = m_phone->text().trimmed();
    o.email = m_email->text().trimmed();
    o.web = m_web->text().trimmed();
    return o;
}

void SettingsDialog::setRetention(int months, std::function<QString(int)> preview)
{
    m_preview = std::move(preview);
    m_retention->parentWidget()->setVisible(true);
    m_retention->setValue(months);
    if (m_preview)
        m_retentionPreview->setText(m_preview(months));
}

int SettingsDialog::retentionMonths() const
{
    return m_retention->value();
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::accept()
{
    const Organisation o = organisation();
    if (Status s = validateSender(o); !s) {
        MessageBoxes::showError(this, s.error());
        const bool phoneWrong = !o.phone.isEmpty() && !isPlausiblePhone(o.phone);
        (phoneWrong ? m_phone : m_email)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Sprechtag
