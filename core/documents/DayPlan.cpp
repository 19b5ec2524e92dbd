// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/DayPlan.h"

#include "documents/OutputFiles.h"
#include "documents/PagedDocument.h"
#include "documents/PlanWords.h"
#include "scheduling/Schedule.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextTable>

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

void writeHeader(QTextCursor &cursor, const DayGrid &data, qreal base)
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

void writeCell(QTextTable *table, int row, int column, const DayGridCell &cell, qreal base)
{
    const QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    switch (cell.kind) {
    case DayGridCell::Kind::Booked:
        writeLines(cursor, {{cell.booking->companyName, textFormat(base, true)},
                            {cell.booking->contactName, textFormat(base)},
                            {cell.booking->contactPhone, textFormat(base)}});
        break;
    case DayGridCell::Kind::Free:
        writeLines(cursor, {{PlanWords::freeSlot(), textFormat(base, false, true, kMutedText)}});
        break;
    case DayGridCell::Kind::Blocked:
        setCellShade(table, row, column, QBrush(QColor(150, 150, 150), Qt::BDiagPattern));
        writeLines(cursor, {{PlanWords::blocked(), textFormat(base, true, true)}});
        break;
    case DayGridCell::Kind::Absent:
        writeLines(cursor, {{PlanWords::absent(), textFormat(base, false, false, kMutedText)}},
                   Qt::AlignHCenter);
        break;
    }
}

// The header row and the given rows of the plan as one table; a table after the first starts a new page.
QTextTable *writeTable(QTextCursor &cursor, const DayGrid &data, qreal base, qreal pageWidth,
                       const QList<int> &rowIndices, bool newPage)
{
    const QPaintDevice *device = cursor.document()->documentLayout()->paintDevice();
    const int columns = int(data.columns.size()) + 1;
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
        const DayGridColumn &consultant = data.columns.at(c - 1);
        writeLines(
            table->cellAt(0, c).firstCursorPosition(),
            {{consultant.name, textFormat(base + 1, true)}, {roomLabel(consultant.room), textFormat(base)}});
    }

    for (int r = 1; r < rows; ++r) {
        const DayGridRow &row = data.rows.at(rowIndices.at(r - 1));
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
QList<QList<int>> paginate(const DayGrid &data, QPagedPaintDevice *device, qreal base, const QSizeF &page)
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
    // One edit block: the layout runs once at its end, not again for every cell (which made a plan of 20
    // consultants take half a minute).
    cursor.beginEditBlock();
    writeHeader(cursor, data, base);
    QTextTable *table = writeTable(cursor, data, base, page.width(), all, false);
    cursor.endEditBlock();
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

Result<DayGrid> loadDayPlan(const Database &db, Id dayId)
{
    auto grid = Schedule(db).grid(dayId);
    if (!grid)
        return grid.error();
    if (!*grid)
        return notFound(Entity::Day, dayId);
    return *std::move(grid).value();
}

QPageLayout dayPlanPageLayout(const DayGrid &data)
{
    return a4PageLayout(data.columns.size() > 3 ? QPageLayout::Landscape : QPageLayout::Portrait, 12);
}

void renderDayPlan(const DayGrid &data, QPagedPaintDevice *device)
{
    const qsizetype n = data.columns.size();
    const qreal base = n > 6 ? 7.5 : n > 5 ? 8 : n > 3 ? 9 : 10;
    PagedDocument paged(device, base);
    const QList<QList<int>> pages = paginate(data, device, base, paged.document().pageSize());
    QTextCursor cursor(&paged.document());
    cursor.beginEditBlock();
    writeHeader(cursor, data, base);
    for (qsizetype i = 0; i < pages.size(); ++i)
        writeTable(cursor, data, base, paged.pageWidth(), pages.at(i), i > 0);
    cursor.endEditBlock();
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

Status writeDayPlanPdf(const DayGrid &data, const QString &pdfPath)
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
