// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GenNames.h"
#include "GenWriter.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <vector>

namespace Bench {

struct GenOptions
{
    qint64 slots = 10000;
    std::uint64_t seed = 1;
    QString out;
    int schemaVersion = 0; // 0: current
    QDate today;
};

struct GenCounts
{
    qint64 companies = 0;
    qint64 contacts = 0;
    qint64 days = 0;
    qint64 slots = 0;
    qint64 bookings = 0;
    qint64 cancelledBookings = 0;
};

// The notes of the one day with 20 consultants x 8 hours that the day-plan figure renders.
QString bigDayNotes();
// Its date: the first Tuesday four weeks after today.
QDate bigDayDate(const QDate &today);

// Ten years back and one ahead of a department's consultation days, written through the storage layer.
class Generator
{
public:
    Generator(const Sprechtag::Database &db, const GenOptions &options);
    Status run();
    GenCounts counts() const { return m_counts; }

private:
    struct FormatInfo
    {
        Id id = 0;
        Sprechtag::TimeRange hours;
        Sprechtag::TimeRange lunch;
        QString location;
        bool video = false;
    };
    struct CompanyRef
    {
        Id id = 0;
        Id firstContact = 0;
        int contacts = 0;
    };

    Status masterData();
    Status companies();
    Status days();
    Status dayOn(const QDate &date, const FormatInfo &format, const QList<Id> &consultants, bool big);
    Status slotsOf(const Sprechtag::ConsultationDay &day, Id dayId, const Sprechtag::DayConsultant &c);
    Status bookingsOf(const Sprechtag::ConsultationDay &day, Id slotId);
    Status writeBooking(const Sprechtag::ConsultationDay &day, Id slotId, Sprechtag::BookingStatus status);
    QList<Id> freeConsultants(int count, QSet<Id> &used);
    double meanSlotsPerDay() const;
    void progress(const char *what, qint64 done, qint64 total);

    const Sprechtag::Database &m_db;
    GenOptions m_options;
    Random m_random;
    NamePool m_names;
    BulkWriter m_writer;
    QList<FormatInfo> m_formats;
    FormatInfo m_bigFormat;
    QList<Id> m_consultants;
    std::vector<CompanyRef> m_companies;
    QSet<Id> m_companiesToday;
    GenCounts m_counts;
};

} // namespace Bench
