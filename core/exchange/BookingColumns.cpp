// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/BookingColumns.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Sprechtag {

QStringList bookingColumnTitles()
{
    static const char *const titles[kBookingColumnCount] = {
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Date"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Start"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "End"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Format"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Consultant"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Room"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Company"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Salutation"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Title"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "First name"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Last name"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "E-mail"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Phone"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Street"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Postcode"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "City"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Topic"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Status"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Booked at"),
        QT_TRANSLATE_NOOP("Sprechtag::Export", "Confirmation created at"),
    };
    QStringList out;
    out.reserve(kBookingColumnCount);
    for (const char *title : titles)
        out << QCoreApplication::translate("Sprechtag::Export", title);
    return out;
}

QString formatTimestampLocal(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    // toLocalTime() asks the C library, which looks at /etc/localtime again on every call; the zone read
    // once gives the same answer at a tenth of the cost.
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    return formatDateShort(local.date()) + QLatin1Char(' ') +
           formatTime(local.time().hour() * 60 + local.time().minute());
}

QString bookingCellText(const BookingRow &row, BookingColumn column)
{
    switch (column) {
    case BookingColumn::Date:
        return formatDateShort(row.date);
    case BookingColumn::Start:
        return formatTime(row.time.start);
    case BookingColumn::End:
        return formatTime(row.time.end);
    case BookingColumn::Format:
        return row.formatName;
    case BookingColumn::Consultant:
        return row.consultantName;
    case BookingColumn::Room:
        return row.room;
    case BookingColumn::Company:
        return row.companyName;
    case BookingColumn::Salutation:
        return row.contact.salutation == Salutation::None ? QString() : toKey(row.contact.salutation);
    case BookingColumn::Title:
        return row.contact.title;
    case BookingColumn::FirstName:
        return row.contact.firstName;
    case BookingColumn::LastName:
        return row.contact.lastName;
    case BookingColumn::Email:
        return row.contact.email;
    case BookingColumn::Phone:
        return row.contact.phone;
    case BookingColumn::Street:
        return row.street;
    case BookingColumn::Postcode:
        return row.postcode;
    case BookingColumn::City:
        return row.city;
    case BookingColumn::Topic:
        return row.topic;
    case BookingColumn::Status:
        return displayName(row.status);
    case BookingColumn::BookedAt:
        return formatTimestampLocal(row.createdAt);
    case BookingColumn::ConfirmationAt:
        return formatTimestampLocal(row.confirmationSentAt);
    }
    return {};
}

} // namespace Sprechtag
