// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets of BookingDialog, box by box; what they do is in BookingDialog.cpp.
#include "dialogs/BookingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

void setTextColour(QLabel *label, const QColor &colour)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

} // namespace

void BookingDialog::buildUi()
{
    setObjectName(QStringLiteral("bookingDialog"));
    setMinimumWidth(600);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildSlotBox());
    showSlot();
    layout->addWidget(buildCompanyBox());
    layout->addWidget(buildContactBox());
    buildFooter(layout);

    const QList<QWidget *> order{m_companyEdit,
                                 m_allowSecondSlot,
                                 m_streetEdit,
                                 m_postcodeEdit,
                                 m_cityEdit,
                                 m_contactPicker,
                                 m_salutationBox,
                                 m_titleEdit,
                                 m_firstNameEdit,
                                 m_lastNameEdit,
                                 m_emailEdit,
                                 m_phoneEdit,
                                 m_topicEdit,
                                 m_buttons->button(QDialogButtonBox::Ok),
                                 m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QWidget *BookingDialog::buildSlotBox()
{
    auto *slotBox = new QGroupBox(tr("Slot"), this);
    slotBox->setObjectName(QStringLiteral("slotBox"));
    auto *slotForm = new QFormLayout(slotBox);
    m_formatLabel = plainLabel(QStringLiteral("slotFormat"), slotBox);
    m_dateLabel = plainLabel(QStringLiteral("slotDate"), slotBox);
    m_timeLabel = plainLabel(QStringLiteral("slotTime"), slotBox);
    m_consultantLabel = plainLabel(QStringLiteral("slotConsultant"), slotBox);
    m_placeLabel = plainLabel(QStringLiteral("slotPlace"), slotBox);
    slotForm->addRow(tr("Format:"), m_formatLabel);
    slotForm->addRow(tr("Date:"), m_dateLabel);
    slotForm->addRow(tr("Time:"), m_timeLabel);
    slotForm->addRow(tr("Consultant:"), m_consultantLabel);
    slotForm->addRow(tr("Place:"), m_placeLabel);
    return slotBox;
}

QWidget *BookingDialog::buildCompanyBox()
{
    auto *companyBox = new QGroupBox(tr("Company"), this);
    companyBox->setObjectName(QStringLiteral("companyBox"));
    auto *companyForm = new QFormLayout(companyBox);
    m_companyEdit = lineEdit(QStringLiteral("company"), companyBox);
    m_companyEdit->setMinimumWidth(320);
    m_companyEdit->setPlaceholderText(tr("Type to search known companies"));
    companyForm->addRow(tr("&Name:"), m_companyEdit);
    m_knownCompanyHint = plainLabel(QStringLiteral("knownCompanyHint"), companyBox);
    m_knownCompanyHint->setText(tr("Known company: the address is taken from the company records."));
    m_knownCompanyHint->hide();
    companyForm->addRow(m_knownCompanyHint);
    m_sameDayWarning = plainLabel(QStringLiteral("sameDayWarning"), companyBox);
    setTextColour(m_sameDayWarning, QColor(0x9a, 0x5b, 0x00));
    m_sameDayWarning->hide();
    companyForm->addRow(m_sameDayWarning);
    m_allowSecondSlot = new QCheckBox(tr("Book a second slot on the same day anyway"), companyBox);
    m_allowSecondSlot->setObjectName(QStringLiteral("allowSecondSlot"));
    m_allowSecondSlot->hide();
    companyForm->addRow(m_allowSecondSlot);
    m_streetEdit = lineEdit(QStringLiteral("street"), companyBox);
    companyForm->addRow(tr("&Street:"), m_streetEdit);
    m_postcodeEdit = lineEdit(QStringLiteral("postcode"), companyBox);
    m_postcodeEdit->setMaxLength(10);
    m_postcodeEdit->setMaximumWidth(90);
    m_cityEdit = lineEdit(QStringLiteral("city"), companyBox);
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_postcodeEdit);
    placeRow->addWidget(m_cityEdit, 1);
    auto *postcodeLabel = new QLabel(tr("P&ostcode, city:"), companyBox);
    postcodeLabel->setBuddy(m_postcodeEdit);
    companyForm->addRow(postcodeLabel, placeRow);
    return companyBox;
}

QWidget *BookingDialog::buildContactBox()
{
    auto *contactBox = new QGroupBox(tr("Contact Person"), this);
    contactBox->setObjectName(QStringLiteral("contactBox"));
    auto *contactForm = new QFormLayout(contactBox);
    m_contactPicker = new QComboBox(contactBox);
    m_contactPicker->setObjectName(QStringLiteral("contactPicker"));
    m_contactPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contactPicker->setMinimumContentsLength(24);
    contactForm->addRow(tr("&Person:"), m_contactPicker);
    m_salutationBox = new QComboBox(contactBox);
    m_salutationBox->setObjectName(QStringLiteral("salutation"));
    m_salutationBox->addItem(tr("Ms"), static_cast<int>(Salutation::Frau));
    m_salutationBox->addItem(tr("Mr"), static_cast<int>(Salutation::Herr));
    m_salutationBox->addItem(tr("not specified"), static_cast<int>(Salutation::None));
    m_salutationBox->setCurrentIndex(2);
    contactForm->addRow(tr("Sal&utation:"), m_salutationBox);
    m_titleEdit = lineEdit(QStringLiteral("title"), contactBox);
    m_titleEdit->setPlaceholderText(tr("e.g. Dr."));
    contactForm->addRow(tr("&Title:"), m_titleEdit);
    m_firstNameEdit = lineEdit(QStringLiteral("firstName"), contactBox);
    contactForm->addRow(tr("&First name:"), m_firstNameEdit);
    m_lastNameEdit = lineEdit(QStringLiteral("lastName"), contactBox);
    contactForm->addRow(tr("&Last name:"), m_lastNameEdit);
    m_emailEdit = lineEdit(QStringLiteral("email"), contactBox);
    contactForm->addRow(tr("&E-mail:"), m_emailEdit);
    m_phoneEdit = lineEdit(QStringLiteral("phone"), contactBox);
    contactForm->addRow(tr("P&hone:"), m_phoneEdit);
    connect(m_contactPicker, &QComboBox::currentIndexChanged, this, &BookingDialog::contactPicked);

    return contactBox;
}

void BookingDialog::buildFooter(QVBoxLayout *layout)
{
    auto *topicLabel = new QLabel(tr("T&opic and questions:"), this);
    m_topicEdit = new QPlainTextEdit(this);
    m_topicEdit->setObjectName(QStringLiteral("topic"));
    m_topicEdit->setTabChangesFocus(true);
    m_topicEdit->setMinimumHeight(80);
    topicLabel->setBuddy(m_topicEdit);
    layout->addWidget(topicLabel);
    layout->addWidget(m_topicEdit, 1);

    m_errorLabel = plainLabel(QStringLiteral("errorLabel"), this);
    setTextColour(m_errorLabel, QColor(0xb0, 0x00, 0x20));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);
    layout->addWidget(m_buttons);
}

} // namespace Sprechtag
