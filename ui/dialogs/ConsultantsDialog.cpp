// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ConsultantsDialog.h"

#include "models/ConsultantListModel.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Sprechtag {

namespace {

// An inactive consultant is listed as archived; Remove removes them again (deleting one never planned).
const RecordAccess<Consultant> kAccess{&MasterDataService::consultants,
                                       &MasterDataService::consultant,
                                       &MasterDataService::saveConsultant,
                                       &MasterDataService::removeOrArchiveConsultant,
                                       [](const Consultant &c) { return !c.active; },
                                       false};

} // namespace

ConsultantsDialog::ConsultantsDialog(const Database &db, QWidget *parent)
    : RecordDialog<Consultant>(db, kAccess, new ConsultantListModel, QStringLiteral("consultantsDialog"),
                               tr("Consultants"), parent)
{
    connect(this, &MasterDetailDialog::recordsChanged, this, &ConsultantsDialog::consultantsChanged);
    buildUi();
    reloadList(0);
    showFirst();
}

void ConsultantsDialog::buildUi()
{
    QLayout *left = buildList(tr("C&onsultants:"), QStringLiteral("consultantList"), records());
    constexpr int width = 280;
    m_name = textField(QStringLiteral("consultantName"), &Consultant::name, width);
    m_title = textField(QStringLiteral("consultantTitle"), &Consultant::title, width);
    m_organisation = textField(QStringLiteral("consultantOrganisation"), &Consultant::organisation, width);
    m_email = textField(QStringLiteral("consultantEmail"), &Consultant::email, width);
    m_phone = textField(QStringLiteral("consultantPhone"), &Consultant::phone, width);
    m_profile = new QPlainTextEdit(this);
    m_profile->setObjectName(QStringLiteral("consultantProfile"));
    m_profile->setTabChangesFocus(true);
    m_profile->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_profile->setPlaceholderText(tr("What the consultant advises on, for the briefing sheet"));
    changes()->watch(m_profile);
    m_active = new QCheckBox(tr("A&ctive: can be planned for new consultation days"), this);
    m_active->setObjectName(QStringLiteral("consultantActive"));
    changes()->watch(m_active);

    auto *details = new QGroupBox(tr("Consultant"), this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("O&rganisation:"), m_organisation);
    form->addRow(tr("E-ma&il:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Pro&file:"), m_profile);
    form->addRow(QString(), m_active);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(details, 2);

    const QString remove = tr("&Remove…");
    const QString removeTip =
        tr("Archive the consultant, or delete them when they were never planned for a consultation day");
    createButtons(tr("&New"), {remove, removeTip, remove, removeTip}, QStringLiteral("removeButton"));
    setNameField(m_name, {tr("Save the new consultant?"), tr("Save the changes to %1?")});
    setRemovalTexts(
        {tr("Remove consultant"),
         tr("Remove %1? A consultant who is planned for a consultation day is archived and kept for "
            "the history; one who never was is deleted."),
         tr("Consultant archived"),
         tr("%1 is planned for consultation days and was therefore archived, not deleted. Their days "
            "and bookings stay unchanged; they are no longer offered for new days."),
         tr("Consultant deleted"), tr("%1 was never planned for a consultation day and was deleted.")});
    finishLayout(columns, {m_name, m_title, m_organisation, m_email, m_phone, m_profile, m_active},
                 QSize(860, 560));
}

void ConsultantsDialog::fillEditor(const Consultant &consultant)
{
    m_profile->setPlainText(consultant.profile);
    m_active->setChecked(consultant.active);
}

Consultant ConsultantsDialog::editedRecord() const
{
    Consultant c = RecordDialog<Consultant>::editedRecord();
    c.profile = m_profile->toPlainText().trimmed();
    c.active = m_active->isChecked();
    return c;
}

} // namespace Sprechtag
