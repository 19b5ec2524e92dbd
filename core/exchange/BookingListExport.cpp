// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/BookingListExport.h"

#include "documents/OutputFiles.h"
#include "exchange/CsvExport.h"
#include "exchange/IcsExport.h"
#include "exchange/XlsxExport.h"
#include "storage/ConsultantRepository.h"
#include "storage/ExportRepository.h"
#include "storage/FormatRepository.h"

#include <QFileInfo>

namespace Sprechtag {

std::optional<BookingListType> bookingListTypeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return BookingListType::Csv;
    if (suffix == QLatin1String("xlsx"))
        return BookingListType::Xlsx;
    if (suffix == QLatin1String("ics"))
        return BookingListType::Ics;
    return std::nullopt;
}

Result<BookingListQuery> BookingListExport::query(const BookingListRequest &request) const
{
    BookingListQuery query{request.from, request.to, request.formatId, {}, request.includeCancelled};
    if (!request.formatName.isEmpty()) {
        auto format = FormatRepository(m_db).byName(request.formatName);
        if (!format)
            return format.error();
        if (!*format)
            return notFound(Entity::Format, request.formatName);
        query.formatId = (*format)->id;
    }
    if (!request.consultantName.isEmpty()) {
        auto matches = ConsultantRepository(m_db).byName(request.consultantName);
        if (!matches)
            return matches.error();
        if (matches->isEmpty())
            return notFound(Entity::Consultant, request.consultantName);
        for (const Consultant &c : std::as_const(*matches))
            query.consultantIds << c.id;
    }
    return query;
}

Result<BookingListResult> BookingListExport::write(const BookingListRequest &request,
                                                   const QString &path) const
{
    const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("ics")};
    // Checked with the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(path, suffixes); !checked)
        return checked.error();
    const std::optional<BookingListType> type = bookingListTypeOf(path); // one of the three: checked above
    auto filter = query(request);
    if (!filter)
        return filter.error();
    auto rows = ExportRepository(m_db).rows(*filter);
    if (!rows)
        return rows.error();
    Status written;
    switch (*type) {
    case BookingListType::Csv:
        written = writeFileAtomically(path, toCsv(*rows), {QStringLiteral("csv")});
        break;
    case BookingListType::Xlsx:
        written = writeXlsx(*rows, path);
        break;
    case BookingListType::Ics:
        written = writeFileAtomically(path,
                                      filter->consultantIds.size() == 1
                                          ? toIcsForConsultant(*rows, filter->consultantIds.first())
                                          : toIcs(*rows),
                                      {QStringLiteral("ics")});
        break;
    }
    if (!written)
        return written.error();
    return BookingListResult{int(rows->size()), shownOutputPath(QFileInfo(path).absoluteFilePath())};
}

} // namespace Sprechtag
