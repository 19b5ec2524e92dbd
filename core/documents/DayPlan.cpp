// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DayPlan.h"

#include "common/Clock.h"
#include "documents/OutputFiles.h"
#include "documents/PagedDocument.h"
#include "documents/PlanWords.h"
#include "storage/BookingRepository.h"
#include "storage/CompanyRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/DayRepository.h"
#include "storage/FormatRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextTable>

#include <map>

namespace Sprechtag {

namespace {

const QColor kHeaderShade(225, 225, 225);
const QColor kBreakShade(200, 200, 200);
const QColor kMutedText(85, 85, 85);

void setCellShade(QTextTable *table, int row, int column, const QBrush &brush)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(brush);
    cell.setFormat(format);
}

// Writes lines into a cell as separate paragraphs, each as plain text.
void writeLines(QTextCursor cursor, const QList<std::pair<QString, QTextCharFormat>> &lines,
                Qt::Alignment alignment = Qt::AlignLeft)
{
    bool first = true;
    for (const auto &[text, format] : lines) {
        if (text.trimmed().isEmpty())
            continue;
        QTextBlockFormat block;
        block.setAlignment(alignment);
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.insertText(text.simplified(), format);
        first = false;
    }
}

void writeHeader(QTextCursor &cursor, const DayPlanData &data, qreal base)
{
    QTextBlockFormat block;
    cursor.setBlockFormat(block);
    QString kicker = PlanWords::dayPlan().toUpper();
    if (!data.organisationName.trimmed().isEmpty())
        kicker += QStringLiteral("  ·  ") + data.organisationName.simplified();
    cursor.insertText(kicker, textFormat(base, false, false, kMutedText));

    block.setTopMargin(mmToLayout(1));
    cursor.insertBlock(block);
    cursor.insertText(data.formatName.simplified(), textFormat(base + 8, true));

    cursor.insertBlock(block);
    cursor.insertText(germanLongDate(data.day.date) + QStringLiteral("  ·  ") + timeSpan(data.day.hours) +
                          QLatin1Char(' ') + PlanWords::oClock(),
                      textFormat(base + 3, true));

    const QString place = data.place();
    if (!place.isEmpty()) {
        cursor.insertBlock(block);
        const bool video = data.day.location.trimmed().isEmpty() && !data.day.videoLink.trimmed().isEmpty();
        cursor.insertText((video ? PlanWords::video() : PlanWords::place()) + QStringLiteral(": "),
                          textFormat(base + 1, true));
        cursor.insertText(place, textFormat(base + 1));
    }
    if (!data.day.notes.trimmed().isEmpty()) {
        cursor.insertBlock(block);
        cursor.insertText(PlanWords::note() + QStringLiteral(": "), textFormat(base, true));
        cursor.insertText(data.day.notes.simplified(), textFormat(base));
    }
    cursor.insertBlock(block);
    cursor.insertText(PlanWords::bookedOf().arg(data.bookedCount).arg(data.slotCount),
                      textFormat(base, false, false, kMutedText));
    QTextBlockFormat spacer;
    spacer.setTopMargin(mmToLayout(3));
    cursor.insertBlock(spacer);
}

void writeCell(QTextTable *table, int row, int column, const DayPlanCell &cell, qreal base)
{
    const QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    switch (cell.kind) {
    case DayPlanCell::Kind::Booked:
        writeLines(cursor, {{cell.company, textFormat(base, true)},
                            {cell.contact, textFormat(base)},
                            {cell.phone, textFormat(base)}});
        break;
    case DayPlanCell::Kind::Free:
        writeLines(cursor, {{PlanWords::freeSlot(), textFormat(base, false, true, kMutedText)}});
        break;
    case DayPlanCell::Kind::Blocked:
        setCellShade(table, row, column, QBrush(QColor(150, 150, 150), Qt::BDiagPattern));
        writeLines(cursor, {{PlanWords::blocked(), textFormat(base, true, true)}});
        break;
    case DayPlanCell::Kind::Absent:
        writeLines(cursor, {{PlanWords::absent(), textFormat(base, false, false, kMutedText)}},
                   Qt::AlignHCenter);
        break;
    }
}

// The header row and the given rows of the plan as one table; a table after the first starts a new page.
QTextTable *writeTable(QTextCursor &cursor, const DayPlanData &data, qreal base, qreal pageWidth,
                       const QList<int> &rowIndices, bool newPage)
{
    const QPaintDevice *device = cursor.document()->documentLayout()->paintDevice();
    const int columns = int(data.consultants.size()) + 1;
    const int rows = int(rowIndices.size()) + 1;
    const qreal padding = mmToLayout(1.6);

    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(mmToLayout(0.25));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(padding);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (newPage)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // The time column is as wide as "09:00–10:00"; the consultants share the rest equally.
    const QFontMetricsF metrics(documentFont(base, true), device);
    const qreal timeWidth = metrics.horizontalAdvance(QStringLiteral("00:00–00:00")) + mmToDevice(device, 5);
    const qreal timePercent = std::min<qreal>(40, 100 * timeWidth / pageWidth);
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, timePercent)};
    for (int c = 1; c < columns; ++c)
        widths << QTextLength(QTextLength::PercentageLength, (100 - timePercent) / (columns - 1));
    format.setColumnWidthConstraints(widths);

    QTextTable *table = cursor.insertTable(rows, columns, format);
    // With collapsed borders each cell draws its own lines.
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(r, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBorder(mmToLayout(r == 0 ? 0.35 : 0.2));
            cellFormat.setBorderBrush(Qt::black);
            cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setFormat(cellFormat);
        }
    }
    for (int c = 0; c < columns; ++c)
        setCellShade(table, 0, c, kHeaderShade);
    writeLines(table->cellAt(0, 0).firstCursorPosition(),
               {{PlanWords::timeColumn(), textFormat(base, true)}});
    for (int c = 1; c < columns; ++c) {
        const DayPlanConsultant &consultant = data.consultants.at(c - 1);
        writeLines(
            table->cellAt(0, c).firstCursorPosition(),
            {{consultant.name, textFormat(base + 1, true)}, {roomLabel(consultant.room), textFormat(base)}});
    }

    for (int r = 1; r < rows; ++r) {
        const DayPlanRow &row = data.rows.at(rowIndices.at(r - 1));
        writeLines(table->cellAt(r, 0).firstCursorPosition(), {{timeSpan(row.time), textFormat(base, true)}});
        if (!row.isBreak) {
            // Every slot row is as tall as a booking (company, contact, phone): an even grid, with room to
            // write in a walk-in by hand.
            QTextCursor pad = table->cellAt(r, 0).lastCursorPosition();
            pad.insertBlock();
            pad.insertBlock();
        }
        if (row.isBreak) {
            setCellShade(table, r, 0, kBreakShade);
            if (columns > 1) {
                table->mergeCells(r, 1, 1, columns - 1);
                setCellShade(table, r, 1, kBreakShade);
                writeLines(table->cellAt(r, 1).firstCursorPosition(),
                           {{PlanWords::breakTime(), textFormat(base, true)}}, Qt::AlignHCenter);
            }
            continue;
        }
        for (int c = 1; c < columns && c - 1 < row.cells.size(); ++c)
            writeCell(table, r, c, row.cells.at(c - 1), base);
    }
    cursor.movePosition(QTextCursor::End);
    // The paragraph that follows every table: as small as possible, so that it never spills onto the next
    // page and pushes the next table one page further.
    cursor.setBlockCharFormat(textFormat(1));
    return table;
}

// Which rows go on which page, so that no row is split between two pages: the rows are measured in an
// unpaginated copy of the document, then filled into pages below the repeated header row.
QList<QList<int>> paginate(const DayPlanData &data, QPagedPaintDevice *device, qreal base, const QSizeF &page)
{
    QList<int> all;
    for (int i = 0; i < data.rows.size(); ++i)
        all << i;
    QTextDocument measure;
    measure.documentLayout()->setPaintDevice(device);
    measure.setDefaultFont(documentFont(base));
    measure.setDocumentMargin(0);
    measure.setTextWidth(page.width());
    QTextCursor cursor(&measure);
    writeHeader(cursor, data, base);
    QTextTable *table = writeTable(cursor, data, base, page.width(), all, false);
    const QAbstractTextDocumentLayout *layout = measure.documentLayout();
    const QRectF frame = layout->frameBoundingRect(table);
    QList<qreal> tops;
    for (int r = 0; r < table->rows(); ++r)
        tops << layout->blockBoundingRect(table->cellAt(r, 0).firstCursorPosition().block()).top();
    tops << frame.bottom() + (tops.first() - frame.top());
    const qreal headerHeight = tops.at(1) - tops.at(0);
    const qreal slack = mmToDevice(device, 3);

    QList<QList<int>> pages{{}};
    qreal room = page.height() - frame.top() - headerHeight - slack;
    for (int i = 0; i < all.size(); ++i) {
        const qreal height = tops.at(i + 2) - tops.at(i + 1);
        if (height > room && !pages.last().isEmpty()) {
            pages << QList<int>();
            room = page.height() - headerHeight - slack;
        }
        pages.last() << i;
        room -= height;
    }
    return pages;
}

} // namespace

QString DayPlanData::place() const
{
    QStringList parts;
    if (!day.location.trimmed().isEmpty())
        parts << day.location.simplified();
    if (!day.videoLink.trimmed().isEmpty())
        parts << day.videoLink.trimmed();
    return parts.join(QStringLiteral(" · "));
}

qsizetype DayPlanData::consultantIndex(Id consultantId) const
{
    for (qsizetype i = 0; i < consultants.size(); ++i) {
        if (consultants.at(i).id == consultantId)
            return i;
    }
    return -1;
}

Result<DayPlanData> loadDayPlan(const Database &db, Id dayId)
{
    DayRepository days(db);
    auto day = days.byId(dayId);
    if (!day)
        return day.error();
    if (!*day)
        return makeError(ErrorCode::NotFound,
                         {QCoreApplication::translate("Sprechtag::Documents", "Consultation day"),
                          QString::number(dayId)});
    DayPlanData data;
    data.day = **day;
    data.loadedAt = Clock::nowLocal();

    auto format = FormatRepository(db).byId(data.day.formatId);
    if (!format)
        return format.error();
    if (*format)
        data.formatName = (*format)->name;
    auto organisation = OrganisationRepository(db).get();
    if (!organisation)
        return organisation.error();
    data.organisationName = organisation->name;

    ConsultantRepository consultants(db);
    for (const DayConsultant &dc : data.day.consultants) {
        auto consultant = consultants.byId(dc.consultantId);
        if (!consultant)
            return consultant.error();
        data.consultants << DayPlanConsultant{dc.consultantId, *consultant ? (*consultant)->name : QString(),
                                              dc.room, dc.hours.value_or(data.day.hours)};
    }

    auto slots = days.slotsOfDay(dayId);
    if (!slots)
        return slots.error();
    auto bookings = BookingRepository(db).forDay(dayId);
    if (!bookings)
        return bookings.error();
    QHash<Id, BookingDetails> bookingOfSlot;
    for (const BookingDetails &b : *bookings)
        bookingOfSlot.insert(b.booking.slotId, b);

    // Rows by time: every distinct slot time, and the breaks.
    std::map<std::pair<int, int>, DayPlanRow> rows;
    const int columns = int(data.consultants.size());
    for (const TimeRange &b : data.day.breaks)
        rows[{b.start, b.end}] = DayPlanRow{b, true, {}};
    CompanyRepository companies(db);
    for (const SlotDetails &s : *slots) {
        const qsizetype column = data.consultantIndex(s.slot.consultantId);
        if (column < 0)
            continue;
        DayPlanRow &row = rows[{s.slot.time.start, s.slot.time.end}];
        if (row.cells.isEmpty()) {
            row.time = s.slot.time;
            row.isBreak = false;
            row.cells.resize(columns);
        }
        DayPlanCell &cell = row.cells[column];
        cell.slotId = s.slot.id;
        cell.kind = s.slot.blocked ? DayPlanCell::Kind::Blocked : DayPlanCell::Kind::Free;
        if (!s.slot.blocked)
            ++data.slotCount;
        const auto booking = bookingOfSlot.constFind(s.slot.id);
        if (booking == bookingOfSlot.constEnd())
            continue;
        ++data.bookedCount;
        cell.kind = DayPlanCell::Kind::Booked;
        cell.bookingId = booking->booking.id;
        cell.companyId = booking->booking.companyId;
        cell.contactId = booking->booking.contactId;
        cell.status = booking->booking.status;
        cell.company = booking->companyName;
        cell.contact = booking->contactName;
        cell.topic = booking->booking.topic;
        if (cell.contactId != 0) {
            auto contact = companies.contactById(cell.contactId);
            if (!contact)
                return contact.error();
            if (*contact) {
                cell.phone = (*contact)->phone;
                cell.email = (*contact)->email;
            }
        }
    }
    for (auto &[key, row] : rows)
        data.rows << std::move(row);
    return data;
}

QPageLayout dayPlanPageLayout(const DayPlanData &data)
{
    return a4PageLayout(data.consultants.size() > 3 ? QPageLayout::Landscape : QPageLayout::Portrait, 12);
}

void renderDayPlan(const DayPlanData &data, QPagedPaintDevice *device)
{
    const qsizetype n = data.consultants.size();
    const qreal base = n > 6 ? 7.5 : n > 5 ? 8 : n > 3 ? 9 : 10;
    PagedDocument paged(device, base);
    QTextCursor cursor(&paged.document());
    writeHeader(cursor, data, base);
    const QList<QList<int>> pages = paginate(data, device, base, paged.document().pageSize());
    for (qsizetype i = 0; i < pages.size(); ++i)
        writeTable(cursor, data, base, paged.pageWidth(), pages.at(i), i > 0);
    paged.paint(QStringList{PlanWords::dayPlan(), data.formatName.simplified(),
                            formatDateShort(data.day.date),
                            PlanWords::asOf().arg(data.loadedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))}
                    .join(QStringLiteral("  ·  ")));
}

Status writeDayPlanPdf(const Database &db, Id dayId, const QString &pdfPath)
{
    auto data = loadDayPlan(db, dayId);
    if (!data)
        return data.error();
    return writeDayPlanPdf(*data, pdfPath);
}

Status writeDayPlanPdf(const DayPlanData &data, const QString &pdfPath)
{
    return writePdfFile(pdfPath, dayPlanPageLayout(data),
                        PlanWords::dayPlan() + QLatin1Char(' ') + data.formatName + QLatin1Char(' ') +
                            formatDateShort(data.day.date),
                        [&](QPagedPaintDevice *device) { renderDayPlan(data, device); });
}

namespace {

QString suggestedName(const QDate &date, const QString &kind, const QString &formatName)
{
    return date.toString(Qt::ISODate) + QLatin1Char('_') + kind + QLatin1Char('_') +
           sanitisedFileNamePart(formatName) + QStringLiteral(".pdf");
}

} // namespace

QString suggestedDayPlanFileName(const QDate &date, const QString &formatName)
{
    return suggestedName(date, PlanWords::dayPlan(), formatName);
}

QString suggestedBriefingFileName(const QDate &date, const QString &formatName)
{
    return suggestedName(date, PlanWords::briefing(), formatName);
}

QString suggestedDoorSignsFileName(const QDate &date, const QString &formatName)
{
    return suggestedName(date, sanitisedFileNamePart(PlanWords::doorSigns()), formatName);
}

} // namespace Sprechtag
