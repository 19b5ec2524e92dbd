// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <memory>

namespace Bench {

using Sprechtag::Id;
using Sprechtag::Result;
using Sprechtag::Status;

// A booking as the generator writes it: with the times it was made, changed and confirmed.
struct GenBooking
{
    Sprechtag::Booking booking;
    QString createdAt;
    QString changedAt;
    QString confirmedAt; // empty: no confirmation sent
};

// The rows of the bulk tables through prepared statements of the storage layer (storage/Sql.h), each
// prepared once and reused for every row: the same columns, keys and cleaning as the repositories, at a
// speed that fills a million slots in minutes. Master data (formats, consultants, organisation) goes
// through the repositories themselves.
class BulkWriter
{
public:
    explicit BulkWriter(const Sprechtag::Database &db);
    Result<Id> company(const Sprechtag::Company &company);
    Result<Id> contact(const Sprechtag::Contact &contact);
    // The day with its breaks and consultants.
    Result<Id> day(const Sprechtag::ConsultationDay &day);
    Result<Id> slot(const Sprechtag::Slot &slot);
    Result<Id> booking(const GenBooking &booking);

private:
    Result<Id> run(Sprechtag::Query &q);
    const Sprechtag::Database &m_db;
    // Schema 3 gave contacts a name key; an older file (--schema-version) has no such column.
    bool m_contactNameKey = false;
    std::unique_ptr<Sprechtag::Query> m_company;
    std::unique_ptr<Sprechtag::Query> m_contact;
    std::unique_ptr<Sprechtag::Query> m_day;
    std::unique_ptr<Sprechtag::Query> m_break;
    std::unique_ptr<Sprechtag::Query> m_dayConsultant;
    std::unique_ptr<Sprechtag::Query> m_slot;
    std::unique_ptr<Sprechtag::Query> m_booking;
};

} // namespace Bench
