// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BookingDetailsPanel.h"

#include "Logging.h"
#include "scheduling/Schedule.h"

#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace Sprechtag {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // names and topics come from users
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString stamp(const QDateTime &when, const QString &who)
{
    if (!when.isValid())
        return {};
    const QString time = QLocale().toString(when.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"));
    return who.isEmpty() ? time : time + QStringLiteral(" (") + who + QLatin1Char(')');
}

} // namespace

BookingDetailsPanel::BookingDetailsPanel(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("bookingDetails"));
    auto *layout = new QVBoxLayout(this);
    m_title = plainLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    layout->addWidget(m_title);
    // The rows and the history are made when the first booking is shown (the window's first paint
    // shows "No booking selected" only); below them, what takes the room while no history is shown.
    layout->addStretch(1);
    clear();
}

void BookingDetailsPanel::buildRows()
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->insertWidget(1, m_form);
    m_company = addRow(tr("Company"), "detailsCompany");
    m_address = addRow(tr("Address"), "detailsAddress");
    m_contact = addRow(tr("Contact"), "detailsContact");
    m_email = addRow(tr("E-mail"), "detailsEmail");
    m_phone = addRow(tr("Phone"), "detailsPhone");
    m_topic = addRow(tr("Topic"), "detailsTopic");
    m_status = addRow(tr("Status"), "detailsStatus");
    m_created = addRow(tr("Booked"), "detailsCreated");
    m_changed = addRow(tr("Changed"), "detailsChanged");
    m_confirmation = addRow(tr("Confirmation"), "detailsConfirmation");
    m_historyLabel = new QLabel(tr("Visits of this company"), this);
    layout->insertWidget(2, m_historyLabel);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("detailsHistory"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setFocusPolicy(Qt::NoFocus);
    layout->insertWidget(3, m_history, 1);
    layout->setStretch(4, 0); // the history takes the room when it is shown
}

QLabel *BookingDetailsPanel::addRow(const QString &label, const char *objectName)
{
    QLabel *value = plainLabel(m_form);
    value->setObjectName(QString::fromLatin1(objectName));
    static_cast<QFormLayout *>(m_form->layout())->addRow(label + QLatin1Char(':'), value);
    return value;
}

void BookingDetailsPanel::clear()
{
    m_bookingId = 0;
    m_title->setText(tr("No booking selected"));
    if (!m_form)
        return;
    m_form->setVisible(false);
    m_historyLabel->setVisible(false);
    m_history->setVisible(false);
    m_history->clear();
}

void BookingDetailsPanel::showFreeSlot(const QString &description)
{
    clear();
    m_title->setText(description);
}

void BookingDetailsPanel::showBooking(Id bookingId)
{
    const Schedule schedule(m_db);
    auto found = schedule.booking(bookingId);
    if (!found || !*found) {
        if (!found)
            logReadError("booking details", found.error());
        clear();
        return;
    }
    const BookingDetails &b = **found;
    m_bookingId = bookingId;
    if (!m_form)
        buildRows();
    m_title->setText(QLocale().toString(b.slot.slot.date, QStringLiteral("dddd, d. MMMM yyyy")) +
                     QLatin1Char('\n') + formatTime(b.slot.slot.time.start) + QStringLiteral("–") +
                     formatTime(b.slot.slot.time.end) + QStringLiteral(", ") + b.slot.consultantName);
    m_form->setVisible(true);
    Company company;
    if (auto c = schedule.company(b.booking.companyId); !c)
        logReadError("company of the booking", c.error());
    else if (*c)
        company = **c;
    Contact contact;
    if (b.booking.contactId != 0) {
        if (auto c = schedule.contact(b.booking.contactId); !c)
            logReadError("contact person of the booking", c.error());
        else if (*c)
            contact = **c;
    }
    m_company->setText(company.name);
    QStringList address;
    if (!company.street.isEmpty())
        address << company.street;
    const QString city = (company.postcode + QLatin1Char(' ') + company.city).trimmed();
    if (!city.isEmpty())
        address << city;
    m_address->setText(address.join(QLatin1Char('\n')));
    QString salutation;
    if (contact.salutation != Salutation::None)
        salutation = toKey(contact.salutation) + QLatin1Char(' ');
    m_contact->setText(contact.id == 0 ? tr("none") : salutation + contact.fullName());
    m_email->setText(contact.email);
    m_phone->setText(contact.phone);
    m_topic->setText(b.booking.topic);
    QString status = displayName(b.booking.status);
    if (b.booking.status == BookingStatus::Cancelled && !b.booking.cancelReason.isEmpty())
        status += QStringLiteral(" (") + b.booking.cancelReason + QLatin1Char(')');
    m_status->setText(status);
    m_created->setText(stamp(b.booking.createdAt, b.booking.createdBy));
    m_changed->setText(stamp(b.booking.changedAt, b.booking.changedBy));
    m_confirmation->setText(b.booking.confirmationSentAt.isValid() ? stamp(b.booking.confirmationSentAt, {})
                                                                   : tr("not yet produced"));
    m_history->clear();
    m_historyLabel->setVisible(true);
    m_history->setVisible(true);
    auto history = schedule.bookingsOfCompany(b.booking.companyId);
    if (!history)
        logReadError("booking history of the company", history.error());
    else {
        for (const BookingDetails &h : *history) {
            m_history->addItem(formatDateShort(h.slot.slot.date) + QLatin1Char(' ') +
                               formatTime(h.slot.slot.time.start) + QStringLiteral("  ") + h.slot.formatName +
                               QStringLiteral(" – ") + displayName(h.booking.status));
        }
    }
}

} // namespace Sprechtag
