// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Read models: what the storage layer reads for lists, documents and exports, as plain values. Documents,
// exchange formats and the ui name them from here, never from a storage header.
namespace Sprechtag {

// A slot with what a message or a list needs to name it.
struct SlotDetails
{
    Slot slot;
    QString consultantName;
    QString room;
    Id formatId = 0;
    QString formatName;
    DayStatus dayStatus = DayStatus::Open;
    bool retired = false;
};

// One line of the day list.
struct DaySummary
{
    ConsultationDay day;
    QString formatName;
    QString formatColour;
    QStringList consultantNames;
    int totalSlots = 0;
    int bookedSlots = 0;
};

// A year of the day list with how many days it has.
struct YearCount
{
    int year = 0;
    int days = 0;
};

// What other connections changed after a position of the change feed (Schedule::changesSince).
struct DayChanges
{
    // The position to ask from next time.
    qint64 mark = 0;
    // The feed cannot tell (a copy was restored into the file, the position is not of this file):
    // read everything again.
    bool everything = false;
    // Formats, consultants, companies, contacts or the settings changed.
    bool masterData = false;
    // The days whose rows or grid changed (deleted ones too), each once.
    QList<Id> days;
};

// A booking with the names a list, a message or a letter needs.
struct BookingDetails
{
    Booking booking;
    SlotDetails slot;
    QString companyName;
    QString contactName;
    // The contact person's telephone and e-mail; empty when there is none.
    QString contactPhone;
    QString contactEmail;
};

// One match of the search field: a booking of a matching company or contact, or a matching company
// that has no booking yet (bookingId 0).
struct SearchHit
{
    Id companyId = 0;
    QString companyName;
    QString contactName;
    Id bookingId = 0;
    Id dayId = 0;
    QDate date;
    int start = 0;
    QString consultantName;
    QString formatName;
    BookingStatus status = BookingStatus::Booked;
};

// One line of the booking list: a booking with everything the CSV, XLSX and iCalendar exports show.
struct BookingRow
{
    Id bookingId = 0;
    Id dayId = 0;
    Id formatId = 0;
    Id consultantId = 0;
    QDate date;
    TimeRange time;
    QString formatName;
    // The format's contact (the organiser of the calendar entries).
    QString formatContactName;
    QString formatContactEmail;
    QString consultantName;
    QString room;
    QString location;
    QString videoLink;
    QString companyName;
    QString street;
    QString postcode;
    QString city;
    // The contact person (salutation, title, names, e-mail, phone); all empty when the booking has none.
    Contact contact;
    QString topic;
    BookingStatus status = BookingStatus::Booked;
    QDateTime createdAt;          // UTC
    QDateTime confirmationSentAt; // UTC; invalid when no confirmation was made yet
    int version = 1;
};

// Which bookings the booking list holds.
struct BookingListQuery
{
    QDate from;              // invalid: open end
    QDate to;                // invalid: open end
    Id formatId = 0;         // 0: any format
    QList<Id> consultantIds; // empty: any consultant
    bool includeCancelled = false;
};

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
