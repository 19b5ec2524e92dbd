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

namespace {

// Each type opens its output first and writes every row into it as the row is read (none is kept); the
// file takes its final name only when complete (documents/OutputFiles.h).
Result<qsizetype> writeCsv(const Database &db, const BookingListQuery &filter, const QString &path)
{
    auto created = OutputFile::create(path, {QStringLiteral("csv")});
    if (!created)
        return created.error();
    OutputFile file = std::move(created).value();
    CsvWriter csv([&file](const QByteArray &bytes) { return file.write(bytes); });
    if (Status s = csv.begin(); !s)
        return s.error();
    auto read = ExportRepository(db).read(filter, [&csv](const ExportRowView &row) { return csv.add(row); });
    if (!read)
        return read.error();
    if (Status s = csv.finish(); !s)
        return s.error();
    if (Status s = file.commit(); !s)
        return s.error();
    return *read;
}

// One consultant's calendar is named after them.
Result<qsizetype> writeIcs(const Database &db, const BookingListQuery &filter, const QString &path)
{
    auto created = OutputFile::create(path, {QStringLiteral("ics")});
    if (!created)
        return created.error();
    OutputFile file = std::move(created).value();
    IcsWriter ics([&file](const QByteArray &bytes) { return file.write(bytes); }, QDateTime(),
                  filter.consultantIds.size() == 1 ? IcsWriter::Naming::AfterConsultant
                                                   : IcsWriter::Naming::None);
    auto read =
        ExportRepository(db).read(filter, [&ics](const ExportRowView &row) { return ics.add(row.row()); });
    if (!read)
        return read.error();
    if (Status s = ics.finish(); !s)
        return s.error();
    if (Status s = file.commit(); !s)
        return s.error();
    return *read;
}

Result<qsizetype> writeWorkbook(const Database &db, const BookingListQuery &filter, const QString &path)
{
    return streamXlsx(
        [&](const std::function<Status(const BookingRow &)> &sink) {
            return ExportRepository(db).read(filter,
                                             [&sink](const ExportRowView &row) { return sink(row.row()); });
        },
        path);
}

} // namespace

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
    Result<qsizetype> written = qsizetype(0);
    switch (*type) {
    case BookingListType::Csv:
        written = writeCsv(m_db, *filter, path);
        break;
    case BookingListType::Xlsx:
        written = writeWorkbook(m_db, *filter, path);
        break;
    case BookingListType::Ics:
        written = writeIcs(m_db, *filter, path);
        break;
    }
    if (!written)
        return written.error();
    return BookingListResult{int(*written), shownOutputPath(QFileInfo(path).absoluteFilePath())};
}

} // namespace Sprechtag
