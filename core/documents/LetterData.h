// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Sprechtag {

// Everything one confirmation letter (Terminbestätigung) needs, loaded by LetterRepository. Plain data:
// every text in here is user text and is printed as plain text, never interpreted as markup.
struct LetterData
{
    Id bookingId = 0;
    BookingStatus status = BookingStatus::Booked;
    QString topic;

    // The sender (letterhead, return address, closing when the format names no contact person).
    Organisation organisation;

    // The recipient.
    Company company;
    std::optional<Contact> contact; // nullopt: no contact person

    // The format and its contact person at the IHK (information block, typed name under the closing).
    Id formatId = 0;
    QString formatName;
    QString letterBody;
    QString ihkContactName;
    QString ihkContactPhone;
    QString ihkContactEmail;

    // The appointment.
    QDate date;
    TimeRange time;
    QString consultantName; // with title and organisation, as printed
    QString location;
    QString room;
    QString videoLink;
    QDate bookingDeadline; // invalid: none set

    // The date in the information block; invalid: the day the letter is produced.
    QDate letterDate;
};

} // namespace Sprechtag
