// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>

namespace Sprechtag {

// The bookings as an iCalendar file (METHOD:PUBLISH) that Outlook and Thunderbird import: one VEVENT per
// booking with a UID that stays the same across exports ("booking-<id>@sprechtag"), so that importing
// again updates the entries; times in UTC; cancelled bookings as STATUS:CANCELLED. dtstamp: the moment
// of the export (now when invalid).
QByteArray toIcs(const QList<BookingRow> &rows, const QDateTime &dtstamp = {});

// The calendar of one consultant: only their bookings, named after them.
QByteArray toIcsForConsultant(const QList<BookingRow> &rows, Id consultantId, const QDateTime &dtstamp = {});

// The same calendar written as the rows come: the bytes go to output in pieces and at finish().
class IcsWriter
{
public:
    using Output = std::function<Status(const QByteArray &)>;
    enum class Naming
    {
        None,
        AfterConsultant, // X-WR-CALNAME "Consultations: <name>", the consultant of the first row
    };
    IcsWriter(Output output, const QDateTime &dtstamp, Naming naming);

    Status add(const BookingRow &row);
    Status finish();

private:
    void appendHead(const QString &name);

    Output m_output;
    QDateTime m_stamp;
    Naming m_naming;
    QByteArray m_buffer;
    bool m_begun = false;
};

// The instant of a wall-clock time in Germany (Europe/Berlin), minutes after midnight of the date.
QDateTime berlinToUtc(const QDate &date, int minutes);

// The same by the EU summer-time rule alone, for systems without a time zone database.
QDateTime berlinToUtcByEuRule(const QDate &date, int minutes);

} // namespace Sprechtag
