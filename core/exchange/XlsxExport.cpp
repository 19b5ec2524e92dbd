// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxExport.h"

#include "documents/OutputFiles.h"
#include "exchange/BookingColumns.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

// Owns the workbook until it is closed, so that every early return frees it.
class Workbook
{
public:
    Workbook(const QByteArray &fileName, lxw_workbook_options *options)
        : m_workbook(workbook_new_opt(fileName.constData(), options))
    {}
    // Abandoned after an error: freed without writing anything.
    ~Workbook()
    {
        if (m_workbook)
            lxw_workbook_free(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        lxw_workbook *wb = m_workbook;
        m_workbook = nullptr;
        return workbook_close(wb);
    }

private:
    lxw_workbook *m_workbook;
};

// libxlsxwriter reports every failure also as a raw "[ERROR]..." line on stderr. The user gets our sentence
// naming the output file instead, so its lines go nowhere while it works (exports run on the main thread,
// for milliseconds).
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

lxw_error writeCells(lxw_workbook *workbook, const QList<BookingRow> &rows)
{
    const QByteArray sheetName = QCoreApplication::translate("Sprechtag::Export", "Bookings").toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, nullptr);
    if (!sheet)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;

    lxw_format *bold = workbook_add_format(workbook);
    lxw_format *dateFormat = workbook_add_format(workbook);
    lxw_format *timeFormat = workbook_add_format(workbook);
    lxw_format *stampFormat = workbook_add_format(workbook);
    if (!bold || !dateFormat || !timeFormat || !stampFormat)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    format_set_bold(bold);
    format_set_num_format(dateFormat, "dd.mm.yyyy");
    format_set_num_format(timeFormat, "hh:mm");
    format_set_num_format(stampFormat, "dd.mm.yyyy hh:mm");

    const lxw_col_t lastColumn = lxw_col_t(kBookingColumnCount - 1);
    for (lxw_col_t c = 0; c <= lastColumn; ++c) {
        if (lxw_error e = worksheet_set_column(sheet, c, c, kColumnWidths[c], nullptr); e != LXW_NO_ERROR)
            return e;
    }
    // Constant-memory mode writes row by row: the header first, then the data in order.
    const QStringList titles = bookingColumnTitles();
    for (lxw_col_t c = 0; c <= lastColumn; ++c) {
        if (lxw_error e = worksheet_write_string(sheet, 0, c, titles.at(c).toUtf8().constData(), bold);
            e != LXW_NO_ERROR)
            return e;
    }
    lxw_row_t r = 0;
    for (const BookingRow &row : rows) {
        ++r;
        for (int c = 0; c < kBookingColumnCount; ++c) {
            const auto column = BookingColumn(c);
            const auto col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            lxw_datetime when{};
            switch (column) {
            case BookingColumn::Date:
                when = dateOnly(row.date);
                e = worksheet_write_datetime(sheet, r, col, &when, dateFormat);
                break;
            case BookingColumn::Start:
            case BookingColumn::End:
                when = timeOnly(column == BookingColumn::Start ? row.time.start : row.time.end);
                e = worksheet_write_datetime(sheet, r, col, &when, timeFormat);
                break;
            case BookingColumn::BookedAt:
            case BookingColumn::ConfirmationAt: {
                const QDateTime &stamp =
                    column == BookingColumn::BookedAt ? row.createdAt : row.confirmationSentAt;
                if (stamp.isValid()) {
                    when = localDateTime(stamp);
                    e = worksheet_write_datetime(sheet, r, col, &when, stampFormat);
                }
                break;
            }
            default: {
                // A string cell is never read as a formula, so no prefix here (unlike the CSV).
                const QString text = bookingCellText(row, column).left(kMaxCellLength);
                if (!text.isEmpty())
                    e = worksheet_write_string(sheet, r, col, text.toUtf8().constData(), nullptr);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return e;
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return worksheet_autofilter(sheet, 0, 0, r, lastColumn);
}

} // namespace

Status writeXlsx(const QList<BookingRow> &rows, const QString &path)
{
    if (rows.size() >= LXW_ROW_MAX)
        return makeError(
            ErrorCode::InvalidInput,
            {QCoreApplication::translate("Sprechtag::Export", "Booking list"),
             QCoreApplication::translate("Sprechtag::Export", "Too many bookings for one Excel worksheet.")});
    // libxlsxwriter writes to a file name: it gets the new private file beside the target, which then goes
    // into place under the rules of every output (never over the database, never through a link).
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
    {
        const QuietStderr quiet;
        Workbook workbook(fileName, &options);
        if (!workbook.get())
            return makeError(ErrorCode::StorageFailure, {QStringLiteral("xlsx")});
        errno = 0;
        result = writeCells(workbook.get(), rows);
        if (result == LXW_NO_ERROR)
            result = workbook.close();
        savedErrno = errno;
    }
    if (result != LXW_NO_ERROR)
        return writeError(result, savedErrno, file);
    return file.commit();
}

} // namespace Sprechtag
