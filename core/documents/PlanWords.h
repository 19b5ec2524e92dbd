// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QString>

namespace Sprechtag::PlanWords {

// The wording of the day plan, briefing sheets and door signs. These are printed for a German chamber of
// commerce whatever the UI language, so the words are German and kept together here.

inline QString dayPlan()
{
    return QStringLiteral("Tagesplan");
}
inline QString briefing()
{
    return QStringLiteral("Briefing");
}
inline QString doorSigns()
{
    return QStringLiteral("Türschilder");
}
inline QString timeColumn()
{
    return QStringLiteral("Uhrzeit");
}
inline QString freeSlot()
{
    return QStringLiteral("frei");
}
inline QString breakTime()
{
    return QStringLiteral("Pause");
}
inline QString blocked()
{
    return QStringLiteral("gesperrt");
}
inline QString absent()
{
    return QStringLiteral("–");
}
inline QString room()
{
    return QStringLiteral("Raum");
}
inline QString place()
{
    return QStringLiteral("Ort");
}
inline QString video()
{
    return QStringLiteral("Videokonferenz");
}
inline QString oClock()
{
    return QStringLiteral("Uhr");
}
inline QString note()
{
    return QStringLiteral("Hinweis");
}
inline QString pageOf()
{
    return QStringLiteral("Seite %1 von %2");
}
inline QString asOf()
{
    return QStringLiteral("Stand: %1");
}
inline QString bookedOf()
{
    return QStringLiteral("%1 von %2 Terminen gebucht");
}
inline QString consultationHours()
{
    return QStringLiteral("Sprechzeit");
}
inline QString appointments()
{
    return QStringLiteral("Termine");
}
inline QString contact()
{
    return QStringLiteral("Ansprechpartner");
}
inline QString phone()
{
    return QStringLiteral("Telefon");
}
inline QString email()
{
    return QStringLiteral("E-Mail");
}
inline QString address()
{
    return QStringLiteral("Anschrift");
}
inline QString industry()
{
    return QStringLiteral("Branche");
}
inline QString website()
{
    return QStringLiteral("Website");
}
inline QString membership()
{
    return QStringLiteral("Mitgliedsnummer");
}
inline QString topic()
{
    return QStringLiteral("Anliegen / Fragen");
}
inline QString earlierVisits()
{
    return QStringLiteral("Frühere Termine");
}
inline QString none()
{
    return QStringLiteral("keine");
}
inline QString noBookings()
{
    return QStringLiteral("Für diesen Tag liegen noch keine Buchungen vor.");
}
inline QString with()
{
    return QStringLiteral("bei %1");
}

inline QString bookingStatus(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Booked:
        return QStringLiteral("gebucht");
    case BookingStatus::Cancelled:
        return QStringLiteral("abgesagt");
    case BookingStatus::Attended:
        return QStringLiteral("wahrgenommen");
    case BookingStatus::NoShow:
        return QStringLiteral("nicht erschienen");
    }
    return {};
}

} // namespace Sprechtag::PlanWords
