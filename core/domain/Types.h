// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Sprechtag {

using Id = qint64;

enum class Salutation
{
    None,
    Frau,
    Herr,
};

enum class DayStatus
{
    Planning,
    Open,
    Done,
    Cancelled,
};

enum class BookingStatus
{
    Booked,
    Cancelled,
    Attended,
    NoShow,
};

// A span of the day in minutes after midnight, [start, end).
struct TimeRange
{
    int start = 0;
    int end = 0;

    bool overlaps(const TimeRange &other) const { return start < other.end && other.start < end; }
    bool contains(const TimeRange &other) const { return start <= other.start && other.end <= end; }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

// The sender of every letter.
struct Organisation
{
    QString name;
    QString department;
    QString street;
    QString postcode;
    QString city;
    QString phone;
    QString email;
    QString web;
    friend bool operator==(const Organisation &, const Organisation &) = default;
};

// A recurring offer such as the Social Media Sprechtag.
struct Format
{
    Id id = 0;
    QString name;
    QString description;
    QString partner;
    QString defaultLocation;
    TimeRange defaultHours{9 * 60, 16 * 60};
    int defaultSlotMinutes = 60;
    QString contactName;
    QString contactPhone;
    QString contactEmail;
    QString letterBody;
    QString colour;
    bool archived = false;
    int version = 1;
};

struct Consultant
{
    Id id = 0;
    QString name;
    QString title;
    QString organisation;
    QString email;
    QString phone;
    QString profile;
    bool active = true;
    int version = 1;
};

// A consultant present on a day, optionally in a room of their own and with shorter hours.
struct DayConsultant
{
    Id consultantId = 0;
    QString room;
    std::optional<TimeRange> hours;
    friend bool operator==(const DayConsultant &, const DayConsultant &) = default;
};

struct ConsultationDay
{
    Id id = 0;
    Id formatId = 0;
    QDate date;
    QString location;
    QString videoLink;
    TimeRange hours{9 * 60, 16 * 60};
    int slotMinutes = 60;
    QList<TimeRange> breaks;
    QList<DayConsultant> consultants;
    DayStatus status = DayStatus::Open;
    QDate bookingDeadline;
    QString notes;
    int version = 1;
};

struct Slot
{
    Id id = 0;
    Id dayId = 0;
    Id consultantId = 0;
    QDate date;
    TimeRange time;
    bool blocked = false;
};

struct Company
{
    Id id = 0;
    QString name;
    QString street;
    QString postcode;
    QString city;
    QString membershipNumber;
    QString industry;
    QString website;
    bool archived = false;
    int version = 1;
};

struct Contact
{
    Id id = 0;
    Id companyId = 0;
    Salutation salutation = Salutation::None;
    QString title;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    bool archived = false;
    int version = 1;

    QString fullName() const;
};

struct Booking
{
    Id id = 0;
    Id slotId = 0;
    Id companyId = 0;
    Id contactId = 0; // 0: no contact person
    QString topic;
    BookingStatus status = BookingStatus::Booked;
    QString cancelReason;
    QDateTime createdAt;
    QString createdBy;
    QDateTime changedAt;
    QString changedBy;
    QDateTime confirmationSentAt;
    int version = 1;

    bool isActive() const { return status != BookingStatus::Cancelled; }
};

// A request that found no free slot; offered the slot that a cancellation frees.
struct WaitlistEntry
{
    Id id = 0;
    Id formatId = 0;
    Id dayId = 0; // 0: any day of the format
    Id companyId = 0;
    Id contactId = 0;
    QString note;
    QDateTime createdAt;
    bool resolved = false;
};

// Stable names used in the database and on the command line.
QString toKey(Salutation salutation);
std::optional<Salutation> salutationFromKey(const QString &key);
QString toKey(DayStatus status);
std::optional<DayStatus> dayStatusFromKey(const QString &key);
QString toKey(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromKey(const QString &key);

// Translated words for the UI and messages.
QString displayName(DayStatus status);
QString displayName(BookingStatus status);

// "09:00" for 540; parseTime("09:00") == 540, std::nullopt when malformed.
QString formatTime(int minutes);
std::optional<int> parseTime(const QString &text);
// ISO date "2021-03-25" only.
QDate parseIsoDate(const QString &text);
// "25.03.2021"
QString formatDateShort(const QDate &date);
// A key for case-insensitive, Unicode-aware matching of names ("Müller" == "MÜLLER").
QString nameKey(const QString &name);

} // namespace Sprechtag
