// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxExport.h"

#include "documents/OutputFiles.h"
#include "exchange/BookingColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace Sprechtag {

namespace {

// Excel holds at most 32,767 characters in a cell; libxlsxwriter refuses longer strings.
constexpr qsizetype kMaxCellLength = 32767;

// Widths in characters, in the order of BookingColumn.
constexpr double kColumnWidths[kBookingColumnCount] = {11, 7,  7,  28, 22, 10, 32, 8,  8,  14,
                                                       16, 28, 18, 24, 7,  16, 40, 14, 17, 20};

lxw_datetime dateOnly(const QDate &date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// A time of day without a date: Excel's day zero (31.12.1899) plus the fraction of the day.
lxw_datetime timeOnly(int minutes)
{
    return lxw_datetime{1899, 12, 31, minutes / 60, minutes % 60, 0.0};
}

lxw_datetime localDateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return lxw_datetime{local.date().year(), local.date().month(),  local.date().day(),
                        local.time().hour(), local.time().minute(), double(local.time().second())};
}

// libxlsxwriter, with the libcrypto and minizip it brings, costs about 4 ms at every start of the program
// when the executable links it (bench/: start to first paint), for a file written now and then: it is
// opened when the first workbook is written, and its functions are called through these pointers (of
// the types its header declares). It stays loaded until the program ends.
struct XlsxLibrary
{
    decltype(&::workbook_new_opt) workbookNew = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::lxw_workbook_free) workbookFree = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_num_format) setNumFormat = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_datetime) writeDatetime = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::worksheet_autofilter) autofilter = nullptr;
    QString problem; // why it could not be used; empty when every function was found
};

template <typename Function> bool resolve(QLibrary &library, Function &function, const char *name)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    return function != nullptr;
}

const XlsxLibrary &xlsxLibrary()
{
    static const XlsxLibrary loaded = [] {
        XlsxLibrary api;
        QLibrary library(QStringLiteral("xlsxwriter"), 4);
#ifdef Q_OS_WIN
        if (!library.load())
            library.setFileName(QStringLiteral("libxlsxwriter"));
#endif
        if (!library.load()) {
            api.problem = library.errorString();
            return api;
        }
        const bool complete = resolve(library, api.workbookNew, "workbook_new_opt") &&
                              resolve(library, api.workbookClose, "workbook_close") &&
                              resolve(library, api.workbookFree, "lxw_workbook_free") &&
                              resolve(library, api.addWorksheet, "workbook_add_worksheet") &&
                              resolve(library, api.addFormat, "workbook_add_format") &&
                              resolve(library, api.setBold, "format_set_bold") &&
                              resolve(library, api.setNumFormat, "format_set_num_format") &&
                              resolve(library, api.setColumn, "worksheet_set_column") &&
                              resolve(library, api.writeString, "worksheet_write_string") &&
                              resolve(library, api.writeDatetime, "worksheet_write_datetime") &&
                              resolve(library, api.freezePanes, "worksheet_freeze_panes") &&
                              resolve(library, api.autofilter, "worksheet_autofilter");
        if (!complete)
            api.problem = library.errorString();
        return api;
    }();
    return loaded;
}

// Owns the workbook until it is closed, so that every early return frees it.
class Workbook
{
public:
    Workbook(const XlsxLibrary &api, const QByteArray &fileName, lxw_workbook_options *options)
        : m_api(api), m_workbook(api.workbookNew(fileName.constData(), options))
    {}
    // Abandoned after an error: freed without writing anything.
    ~Workbook()
    {
        if (m_workbook)
            m_api.workbookFree(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        lxw_workbook *wb = m_workbook;
        m_workbook = nullptr;
        return m_api.workbookClose(wb);
    }

private:
    const XlsxLibrary &m_api;
    lxw_workbook *m_workbook;
};

// libxlsxwriter reports every failure also as a raw "[ERROR]..." line on stderr. The user gets our sentence
// naming the output file instead, so its lines go nowhere while it works (the rows are read meanwhile:
// a warning of the database layer in that time goes nowhere too).
class QuietStderr
{
public:
    QuietStderr()
    {
        std::fflush(stderr);
        m_saved = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (m_saved >= 0 && null >= 0)
            ::dup2(null, STDERR_FILENO);
        if (null >= 0)
            ::close(null);
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
    int m_saved = -1;
};

Error writeError(lxw_error error, int savedErrno, const OutputFile &file)
{
    if (error == LXW_ERROR_MEMORY_MALLOC_FAILED)
        return makeError(ErrorCode::StorageFailure, {QStringLiteral("xlsx %1").arg(int(error))});
    return file.writeError(savedErrno);
}

// The worksheet being written, one row after the other.
class SheetWriter
{
public:
    SheetWriter(const XlsxLibrary &api, lxw_workbook *workbook) : m_api(api), m_workbook(workbook) {}

    lxw_error begin();
    lxw_error add(const BookingRow &row);
    lxw_error finish();
    lxw_row_t rows() const { return m_row; }

private:
    lxw_error addCell(const BookingRow &row, BookingColumn column);

    const XlsxLibrary &m_api;
    lxw_workbook *m_workbook;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_time = nullptr;
    lxw_format *m_stamp = nullptr;
    lxw_row_t m_row = 0;
};

constexpr lxw_col_t kLastColumn = lxw_col_t(kBookingColumnCount - 1);

lxw_error SheetWriter::begin()
{
    const QByteArray sheetName = QCoreApplication::translate("Sprechtag::Export", "Bookings").toUtf8();
    m_sheet = m_api.addWorksheet(m_workbook, sheetName.constData());
    if (!m_sheet)
        m_sheet = m_api.addWorksheet(m_workbook, nullptr);
    if (!m_sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;

    m_bold = m_api.addFormat(m_workbook);
    m_date = m_api.addFormat(m_workbook);
    m_time = m_api.addFormat(m_workbook);
    m_stamp = m_api.addFormat(m_workbook);
    if (!m_bold || !m_date || !m_time || !m_stamp)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    m_api.setBold(m_bold);
    m_api.setNumFormat(m_date, "dd.mm.yyyy");
    m_api.setNumFormat(m_time, "hh:mm");
    m_api.setNumFormat(m_stamp, "dd.mm.yyyy hh:mm");

    for (lxw_col_t c = 0; c <= kLastColumn; ++c) {
        if (lxw_error e = m_api.setColumn(m_sheet, c, c, kColumnWidths[c], nullptr); e != LXW_NO_ERROR)
            return e;
    }
    // Constant-memory mode writes row by row: the header first, then the data in order.
    const QStringList titles = bookingColumnTitles();
    for (lxw_col_t c = 0; c <= kLastColumn; ++c) {
        if (lxw_error e = m_api.writeString(m_sheet, 0, c, titles.at(c).toUtf8().constData(), m_bold);
            e != LXW_NO_ERROR)
            return e;
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::add(const BookingRow &row)
{
    ++m_row;
    for (int c = 0; c < kBookingColumnCount; ++c) {
        if (lxw_error e = addCell(row, BookingColumn(c)); e != LXW_NO_ERROR)
            return e;
    }
    return LXW_NO_ERROR;
}

lxw_error SheetWriter::addCell(const BookingRow &row, BookingColumn column)
{
    const auto col = lxw_col_t(column);
    lxw_datetime when{};
    switch (column) {
    case BookingColumn::Date:
        when = dateOnly(row.date);
        return m_api.writeDatetime(m_sheet, m_row, col, &when, m_date);
    case BookingColumn::Start:
    case BookingColumn::End:
        when = timeOnly(column == BookingColumn::Start ? row.time.start : row.time.end);
        return m_api.writeDatetime(m_sheet, m_row, col, &when, m_time);
    case BookingColumn::BookedAt:
    case BookingColumn::ConfirmationAt: {
        const QDateTime &stamp = column == BookingColumn::BookedAt ? row.createdAt : row.confirmationSentAt;
        if (!stamp.isValid())
            return LXW_NO_ERROR;
        when = localDateTime(stamp);
        return m_api.writeDatetime(m_sheet, m_row, col, &when, m_stamp);
    }
    default: {
        // A string cell is never read as a formula, so no prefix here (unlike the CSV).
        const QString text = bookingCellText(row, column).left(kMaxCellLength);
        if (text.isEmpty())
            return LXW_NO_ERROR;
        return m_api.writeString(m_sheet, m_row, col, text.toUtf8().constData(), nullptr);
    }
    }
}

lxw_error SheetWriter::finish()
{
    m_api.freezePanes(m_sheet, 1, 0);
    return m_api.autofilter(m_sheet, 0, 0, m_row, kLastColumn);
}

Error tooManyRows()
{
    return makeError(
        ErrorCode::InvalidInput,
        {QCoreApplication::translate("Sprechtag::Export", "Booking list"),
         QCoreApplication::translate("Sprechtag::Export", "Too many bookings for one Excel worksheet.")});
}

} // namespace

Status writeXlsx(const QList<BookingRow> &rows, const QString &path)
{
    if (rows.size() >= LXW_ROW_MAX)
        return tooManyRows();
    auto written = streamXlsx(
        [&rows](const std::function<Status(const BookingRow &)> &sink) -> Result<qsizetype> {
            for (const BookingRow &row : rows) {
                if (Status s = sink(row); !s)
                    return s.error();
            }
            return rows.size();
        },
        path);
    if (!written)
        return written.error();
    return {};
}

Result<qsizetype> streamXlsx(const BookingRowSource &rows, const QString &path)
{
    // libxlsxwriter writes to a file name: it gets the new private file beside the target, which then goes
    // into place under the rules of every output (never over the database, never through a link).
    const XlsxLibrary &api = xlsxLibrary();
    if (!api.problem.isEmpty()) {
        return makeError(ErrorCode::OutputRefused,
                         {QDir::toNativeSeparators(path),
                          QCoreApplication::translate("Sprechtag::Export",
                                                      "Excel files are written by the library libxlsxwriter, "
                                                      "which could not be loaded (%1). Please reinstall "
                                                      "Sprechtag.")
                              .arg(api.problem)});
    }
    auto created = OutputFile::create(path, {QStringLiteral("xlsx")});
    if (!created)
        return created.error();
    OutputFile file = std::move(created).value();
    const QByteArray fileName = QFile::encodeName(file.temporaryPath());
    // Its own temporary files go to the same disk, so that a full disk is the output's full disk.
    QByteArray folder = QFile::encodeName(QFileInfo(file.temporaryPath()).absolutePath());

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = folder.data();
    lxw_error result = LXW_NO_ERROR;
    int savedErrno = 0;
    qsizetype count = 0;
    {
        const QuietStderr quiet;
        Workbook workbook(api, fileName, &options);
        if (!workbook.get())
            return makeError(ErrorCode::StorageFailure, {QStringLiteral("xlsx")});
        errno = 0;
        SheetWriter sheet(api, workbook.get());
        result = sheet.begin();
        if (result != LXW_NO_ERROR)
            return writeError(result, errno, file);
        auto read = rows([&](const BookingRow &row) -> Status {
            if (sheet.rows() + 1 >= LXW_ROW_MAX)
                return tooManyRows();
            if (lxw_error e = sheet.add(row); e != LXW_NO_ERROR)
                return writeError(e, errno, file);
            return {};
        });
        if (!read)
            return read.error();
        count = *read;
        result = sheet.finish();
        if (result == LXW_NO_ERROR)
            result = workbook.close();
        savedErrno = errno;
    }
    if (result != LXW_NO_ERROR)
        return writeError(result, savedErrno, file);
    if (Status s = file.commit(); !s)
        return s.error();
    return count;
}

} // namespace Sprechtag
