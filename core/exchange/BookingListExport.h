// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Sprechtag {

class Database;

enum class BookingListType
{
    Csv,
    Xlsx,
    Ics,
};

// The type a file name asks for by its suffix (case-insensitive): .csv, .xlsx or .ics; nullopt otherwise.
std::optional<BookingListType> bookingListTypeOf(const QString &path);

// Which bookings to export. A format or consultant given by name must exist (NotFound otherwise); a
// consultant name matches every consultant of that name.
struct BookingListRequest
{
    QDate from;             // invalid: open end
    QDate to;               // invalid: open end
    Id formatId = 0;        // 0: any format ...
    QString formatName;     // ... unless named
    QString consultantName; // empty: any consultant
    bool includeCancelled = false;
};

struct BookingListResult
{
    int exported = 0;
    QString shownPath; // the file as shown to the user
};

// The booking list export, the one use case the command line and the window share: the type from the
// suffix, the filters (all applied by the query), written all or nothing through documents/OutputFiles.
// One consultant's calendar (.ics) is named after them.
class BookingListExport
{
public:
    explicit BookingListExport(const Database &db) : m_db(db) {}

    // The output path is checked first: a suffix other than the three is refused, never guessed.
    Result<BookingListResult> write(const BookingListRequest &request, const QString &path) const;

private:
    Result<BookingListQuery> query(const BookingListRequest &request) const;

    const Database &m_db;
};

} // namespace Sprechtag
