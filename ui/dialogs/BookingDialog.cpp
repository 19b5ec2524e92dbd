// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/BookingDialog.h"

#include "domain/Validation.h"
#include "Logging.h"
#include "scheduling/MasterDataService.h"
#include "scheduling/Schedule.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>

#include <algorithm>

namespace Sprechtag {

namespace {

QString timeSpan(const TimeRange &range)
{
    return formatTime(range.start) + QStringLiteral("\u2013") + formatTime(range.end);
}

} // namespace

BookingDialog::BookingDialog(const Database &db, const SlotDetails &slot, QWidget *parent)
    : QDialog(parent), m_db(db), m_slot(slot)
{
    buildUi();
    setWindowTitle(tr("Book Slot"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));

    m_completionModel = new QStringListModel(this);
    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setObjectName(QStringLiteral("companyCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    // The model holds what the repository found by nameKey() ("GROSS" offers "Groß & Klein GmbH"):
    // shown as it is, not filtered again by QCompleter's own case-insensitive prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_companyEdit->setCompleter(m_completer);
    // Refilled before QLineEdit asks the completer to complete the edited text.
    connect(m_companyEdit, &QLineEdit::textChanged, this, &BookingDialog::refillCompletions);
    connect(m_companyEdit, &QLineEdit::textChanged, this, &BookingDialog::matchCompany);

    fillContactPicker({});
    updateReadOnly();
    updateSameDayWarning();
    m_companyEdit->setFocus();
}

BookingDialog::BookingDialog(const Database &db, const BookingDetails &existing, QWidget *parent)
    : QDialog(parent), m_db(db), m_slot(existing.slot), m_existing(existing)
{
    buildUi();
    setWindowTitle(tr("Edit Booking"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    loadExisting();
    updateReadOnly();
    updateSameDayWarning();
    m_companyEdit->setFocus();
}

void BookingDialog::showSlot()
{
    m_formatLabel->setText(m_slot.formatName);
    m_dateLabel->setText(QLocale().toString(m_slot.slot.date, QLocale::LongFormat));
    m_timeLabel->setText(timeSpan(m_slot.slot.time));
    m_consultantLabel->setText(m_slot.consultantName);

    QStringList place;
    auto summary = Schedule(m_db).day(m_slot.slot.dayId);
    if (!summary)
        logReadError("the place of the booked day", summary.error());
    const std::optional<ConsultationDay> day =
        summary && *summary ? std::optional<ConsultationDay>((*summary)->day) : std::nullopt;
    if (day && !day->location.trimmed().isEmpty())
        place << day->location.trimmed();
    if (!m_slot.room.trimmed().isEmpty())
        place << m_slot.room.trimmed();
    if (day && !day->videoLink.trimmed().isEmpty())
        place << tr("online: %1").arg(day->videoLink.trimmed());
    m_placeLabel->setText(place.isEmpty() ? tr("not specified") : place.join(QStringLiteral(", ")));
}

void BookingDialog::loadExisting()
{
    MasterDataService companies(m_db);
    auto company = companies.company(m_existing->booking.companyId);
    if (!company || !*company) {
        // Without the company's version an edit could only fail; say why instead of offering it.
        m_errorLabel->setText(company ? tr("The booking's company was not found.")
                                      : errorMessage(company.error()));
        m_errorLabel->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_companyEdit->setText(m_existing->companyName);
        fillContactPicker({});
    } else {
        m_company = **company;
        m_companyEdit->setText(m_company->name);
        m_streetEdit->setText(m_company->street);
        m_postcodeEdit->setText(m_company->postcode);
        m_cityEdit->setText(m_company->city);
        QList<Contact> contacts;
        if (auto list = companies.contactsOf(m_company->id); list)
            contacts = *list;
        const Id current = m_existing->booking.contactId;
        const bool listed = std::any_of(contacts.cbegin(), contacts.cend(),
                                        [current](const Contact &c) { return c.id == current; });
        if (current != 0 && !listed) {
            // An archived contact still belongs to this booking.
            if (auto contact = companies.contact(current); contact && *contact)
                contacts.prepend(**contact);
        }
        fillContactPicker(contacts);
        const int index = m_contactPicker->findData(QVariant::fromValue<qlonglong>(current));
        m_contactPicker->setCurrentIndex(index >= 0 ? index : m_contactPicker->count() - 1);
    }
    m_topicEdit->setPlainText(m_existing->booking.topic);
}

void BookingDialog::refillCompletions(const QString &text)
{
    QStringList names;
    const QString prefix = text.simplified();
    if (!prefix.isEmpty()) {
        if (auto found = MasterDataService(m_db).companiesStartingWith(prefix, 50, false); found) {
            for (const Company &c : *found) {
                if (!names.contains(c.name))
                    names << c.name;
            }
        }
    }
    if (names != m_completionModel->stringList())
        m_completionModel->setStringList(names);
}

void BookingDialog::matchCompany(const QString &text)
{
    std::optional<Company> found;
    const QString name = text.simplified();
    MasterDataService companies(m_db);
    if (!name.isEmpty()) {
        if (auto matches = companies.companiesNamed(name); matches && !matches->isEmpty())
            found = matches->first();
    }
    const Id before = m_company ? m_company->id : 0;
    const Id now = found ? found->id : 0;
    m_company = found;
    if (before == now)
        return;
    if (found) {
        m_streetEdit->setText(found->street);
        m_postcodeEdit->setText(found->postcode);
        m_cityEdit->setText(found->city);
        auto contacts = companies.contactsOf(found->id);
        fillContactPicker(contacts ? *contacts : QList<Contact>());
    } else {
        // The fields showed the previously matched company (read-only), not something typed: clear them.
        m_streetEdit->clear();
        m_postcodeEdit->clear();
        m_cityEdit->clear();
        fillContactPicker({});
    }
    updateReadOnly();
    updateSameDayWarning();
}

void BookingDialog::fillContactPicker(const QList<Contact> &contacts)
{
    m_contacts = contacts;
    {
        const QSignalBlocker blocker(m_contactPicker);
        m_contactPicker->clear();
        for (const Contact &c : contacts) {
            QString label = c.fullName();
            if (!c.email.trimmed().isEmpty())
                label += QStringLiteral(" <%1>").arg(c.email.trimmed());
            m_contactPicker->addItem(label, QVariant::fromValue<qlonglong>(c.id));
        }
        m_contactPicker->addItem(tr("New contact person"), QVariant::fromValue<qlonglong>(0));
        m_contactPicker->setCurrentIndex(0);
    }
    m_contactPicker->setEnabled(!contacts.isEmpty());
    contactPicked(0);
}

void BookingDialog::contactPicked(int index)
{
    const Id id = m_contactPicker->itemData(index).toLongLong();
    const auto it =
        std::find_if(m_contacts.cbegin(), m_contacts.cend(), [id](const Contact &c) { return c.id == id; });
    if (id != 0 && it != m_contacts.cend()) {
        const int salutation = m_salutationBox->findData(static_cast<int>(it->salutation));
        m_salutationBox->setCurrentIndex(salutation >= 0 ? salutation : 2);
        m_titleEdit->setText(it->title);
        m_firstNameEdit->setText(it->firstName);
        m_lastNameEdit->setText(it->lastName);
        m_emailEdit->setText(it->email);
        m_phoneEdit->setText(it->phone);
    } else if (m_shownContactId != 0) {
        // Leaving a known contact for a new one: start empty. What was typed for a new one stays.
        m_salutationBox->setCurrentIndex(2);
        m_titleEdit->clear();
        m_firstNameEdit->clear();
        m_lastNameEdit->clear();
        m_emailEdit->clear();
        m_phoneEdit->clear();
    }
    m_shownContactId = (it != m_contacts.cend()) ? id : 0;
    updateReadOnly();
}

std::optional<Contact> BookingDialog::pickedContact() const
{
    if (m_shownContactId == 0)
        return std::nullopt;
    for (const Contact &c : m_contacts) {
        if (c.id == m_shownContactId)
            return c;
    }
    return std::nullopt;
}

void BookingDialog::updateReadOnly()
{
    // A new booking takes a known company or contact by id, as stored; their data is edited elsewhere or by
    // editing the booking afterwards, so typing into it here would be lost.
    const bool knownCompany = !isEditing() && m_company.has_value();
    const bool knownContact = !isEditing() && m_shownContactId != 0;
    for (QLineEdit *edit : {m_streetEdit, m_postcodeEdit, m_cityEdit})
        edit->setReadOnly(knownCompany);
    for (QLineEdit *edit : {m_titleEdit, m_firstNameEdit, m_lastNameEdit, m_emailEdit, m_phoneEdit})
        edit->setReadOnly(knownContact);
    m_salutationBox->setEnabled(!knownContact);
    m_knownCompanyHint->setVisible(knownCompany);
}

void BookingDialog::updateSameDayWarning()
{
    m_sameDayConflict = false;
    QString warning;
    if (!isEditing() && m_company) {
        auto same = Schedule(m_db).activeBookingsOfCompanyOn(m_company->id, m_slot.slot.date);
        if (!same) {
            warning = errorMessage(same.error());
        } else if (!same->isEmpty()) {
            const BookingDetails &other = same->first();
            m_sameDayConflict = true;
            warning = tr("%1 already has a slot on this day: %2 with %3.")
                          .arg(m_company->name, timeSpan(other.slot.slot.time), other.slot.consultantName);
        }
    }
    m_sameDayWarning->setText(warning);
    m_sameDayWarning->setVisible(!warning.isEmpty());
    m_allowSecondSlot->setVisible(m_sameDayConflict);
    if (!m_sameDayConflict)
        m_allowSecondSlot->setChecked(false);
}

Company BookingDialog::typedCompany() const
{
    // Editing keeps the loaded id and version (and the fields this dialog does not show).
    Company c = isEditing() ? m_company.value_or(Company{}) : Company{};
    c.name = m_companyEdit->text().trimmed();
    c.street = m_streetEdit->text().trimmed();
    c.postcode = m_postcodeEdit->text().trimmed();
    c.city = m_cityEdit->text().trimmed();
    return c;
}

Contact BookingDialog::typedContact() const
{
    Contact c = pickedContact().value_or(Contact{});
    if (m_company)
        c.companyId = m_company->id;
    c.salutation = static_cast<Salutation>(m_salutationBox->currentData().toInt());
    c.title = m_titleEdit->text().trimmed();
    c.firstName = m_firstNameEdit->text().trimmed();
    c.lastName = m_lastNameEdit->text().trimmed();
    c.email = m_emailEdit->text().trimmed();
    c.phone = m_phoneEdit->text().trimmed();
    return c;
}

bool BookingDialog::contactFieldsEmpty() const
{
    // A salutation chosen is a detail too: with no name it is refused like an e-mail, never dropped.
    if (static_cast<Salutation>(m_salutationBox->currentData().toInt()) != Salutation::None)
        return false;
    for (const QLineEdit *edit : {m_titleEdit, m_firstNameEdit, m_lastNameEdit, m_emailEdit, m_phoneEdit}) {
        if (!edit->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

BookingRequest BookingDialog::request() const
{
    BookingRequest r;
    r.slotId = m_slot.slot.id;
    const bool knownCompany = m_company && !isEditing();
    if (knownCompany) {
        // An archived company goes by name, so that BookingService brings it back into the lists.
        r.companyId = m_company->archived ? 0 : m_company->id;
        r.company = *m_company;
    } else {
        r.company = typedCompany();
    }
    if (knownCompany && m_shownContactId != 0) {
        r.contactId = m_shownContactId;
    } else if (!contactFieldsEmpty()) {
        Contact c = typedContact();
        c.id = 0;
        r.contact = c;
    }
    r.topic = m_topicEdit->toPlainText().trimmed();
    r.allowSecondSlotSameDay = m_sameDayConflict && m_allowSecondSlot->isChecked();
    return r;
}

BookingEdit BookingDialog::edit() const
{
    BookingEdit e;
    if (!m_existing)
        return e;
    e.bookingId = m_existing->booking.id;
    e.version = m_existing->booking.version;
    e.topic = m_topicEdit->toPlainText().trimmed();
    e.company = typedCompany();
    if (!contactFieldsEmpty())
        e.contact = typedContact();
    return e;
}

void BookingDialog::showError(const QString &text, QWidget *field)
{
    m_errorLabel->setText(text);
    m_errorLabel->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void BookingDialog::accept()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    if (isEditing() && !m_company)
        return;

    const bool knownCompany = !isEditing() && m_company;
    if (!knownCompany) {
        const Company company = typedCompany();
        if (Status s = validateCompany(company); !s) {
            QWidget *field = company.name.simplified().isEmpty() ? m_companyEdit : m_postcodeEdit;
            showError(errorMessage(s.error()), field);
            return;
        }
    }

    const bool knownContact = !isEditing() && m_shownContactId != 0;
    if (!knownContact && !contactFieldsEmpty()) {
        const Contact contact = typedContact();
        if (Status s = validateContact(contact); !s) {
            QWidget *field = m_phoneEdit;
            if (contact.firstName.isEmpty() && contact.lastName.isEmpty())
                field = m_lastNameEdit;
            else if (!contact.email.isEmpty() && !isPlausibleEmail(contact.email))
                field = m_emailEdit;
            showError(errorMessage(s.error()), field);
            return;
        }
    }

    if (!isEditing() && m_sameDayConflict && !m_allowSecondSlot->isChecked()) {
        showError(tr("%1 already has a slot on this day. Tick \"Book a second slot on the same day "
                     "anyway\" "
                     "to book another one, or choose another slot.")
                      .arg(m_company->name),
                  m_allowSecondSlot);
        return;
    }
    QDialog::accept();
}

} // namespace Sprechtag
