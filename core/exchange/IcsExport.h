// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"

#include <QByteArray>

namespace Sprechtag {

// The bookings as an iCalendar file (METHOD:PUBLISH) that Outlook and Thunderbird import: one VEVENT per
// booking with a UID that stays the same across exports ("booking-<id>@sprechtag"), so that importing
// again updates the entries; times in UTC; cancelled bookings as STATUS:CANCELLED. dtstamp: the moment
// of the export (now when invalid).
QByteArray toIcs(const QList<BookingRow> &rows, const QDateTime &dtstamp = {});

// The calendar of one consultant: only their bookings, named after them.
QByteArray toIcsForConsultant(const QList<BookingRow> &rows, Id consultantId, const QDateTime &dtstamp = {});

// The instant of a wall-clock time in Germany (Europe/Berlin), minutes after midnight of the date.
QDateTime berlinToUtc(const QDate &date, int minutes);

// The same by the EU summer-time rule alone, for systems without a time zone database.
QDateTime berlinToUtcByEuRule(const QDate &date, int minutes);

} // namespace Sprechtag
