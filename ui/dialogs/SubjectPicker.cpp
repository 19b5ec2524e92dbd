// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SubjectPicker.h"

#include "Logging.h"
#include "MessageBoxes.h"
#include "privacy/PrivacyService.h"
#include "scheduling/MasterDataService.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

constexpr int kCompanyRole = Qt::UserRole;
constexpr int kContactRole = Qt::UserRole + 1;

} // namespace

SubjectPicker::SubjectPicker(const Database &db, const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("subjectPicker"));
    setWindowTitle(title);
    auto *label = new QLabel(tr("Company or contact person:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("subjectFilter"));
    m_filter->setPlaceholderText(tr("Beginning of the company name"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("subjectTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okText);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SubjectPicker::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SubjectPicker::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &SubjectPicker::reload);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_ok->setEnabled(current != nullptr); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(480, 520);
    reload();
}

void SubjectPicker::reload()
{
    m_tree->clear();
    PrivacyService privacy(m_db);
    auto companies = privacy.companiesStartingWith(m_filter->text().simplified());
    if (!companies) {
        MessageBoxes::showError(this, companies.error());
        return;
    }
    MasterDataService masterData(m_db);
    for (const RetentionCandidate &c : std::as_const(*companies)) {
        auto *item = new QTreeWidgetItem(m_tree, {c.name});
        item->setData(0, kCompanyRole, c.id);
        item->setData(0, kContactRole, Id(0));
        auto contacts = masterData.contactsOf(c.id, true);
        if (!contacts) {
            logReadError("contact persons of a company", contacts.error());
            continue;
        }
        for (const Contact &person : std::as_const(*contacts)) {
            const QString name = person.fullName().simplified();
            auto *child = new QTreeWidgetItem(
                item, {person.email.isEmpty() ? name : tr("%1 <%2>").arg(name, person.email)});
            child->setData(0, kCompanyRole, c.id);
            child->setData(0, kContactRole, person.id);
        }
    }
    m_tree->expandAll();
    m_ok->setEnabled(false);
}

PrivacySubject SubjectPicker::subject() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    PrivacySubject s;
    s.companyId = item->data(0, kCompanyRole).toLongLong();
    s.contactId = item->data(0, kContactRole).toLongLong();
    s.name = item->text(0);
    return s;
}

} // namespace Sprechtag
