// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/BriefingSheet.h"

#include "documents/PagedDocument.h"
#include "documents/PlanWords.h"
#include "scheduling/Schedule.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QTextCursor>
#include <QTextTable>

namespace Sprechtag {

namespace {

const qreal kBase = 10;
const QColor kMuted(85, 85, 85);
const QColor kBand(225, 225, 225);

QString addressOf(const Company &c)
{
    const QString city = QStringList{c.postcode.simplified(), c.city.simplified()}.join(QLatin1Char(' '));
    QStringList parts;
    for (const QString &p : {c.street.simplified(), city.trimmed()}) {
        if (!p.isEmpty())
            parts << p;
    }
    return parts.join(QStringLiteral(", "));
}

QString visitLine(const BookingDetails &b)
{
    QString line =
        QStringList{formatDateShort(b.slot.slot.date) + QLatin1Char(' ') + formatTime(b.slot.slot.time.start),
                    b.slot.formatName.simplified(), PlanWords::with().arg(b.slot.consultantName.simplified())}
            .join(QStringLiteral(" · "));
    if (b.booking.status != BookingStatus::Booked)
        line += QStringLiteral(" (") + PlanWords::bookingStatus(b.booking.status) + QLatin1Char(')');
    return line;
}

// A label and its value as one row of the details table; the value keeps its own line breaks.
QTextCursor addRow(QTextTable *table, const QString &label)
{
    const int row = table->rows();
    table->appendRows(1);
    QTextCursor l = table->cellAt(row, 0).firstCursorPosition();
    l.insertText(label, textFormat(kBase - 1, true, false, kMuted));
    return table->cellAt(row, 1).firstCursorPosition();
}

void addDetail(QTextTable *table, const QString &label, const QString &value)
{
    QTextCursor v = addRow(table, label);
    const QString text = value.trimmed().isEmpty() ? PlanWords::absent() : value.trimmed();
    v.insertText(text, textFormat(kBase));
}

// Each earlier visit as a line, its topic below it in italics.
void addVisits(QTextTable *table, const QList<BookingDetails> &visits)
{
    QTextCursor v = addRow(table, PlanWords::earlierVisits());
    if (visits.isEmpty()) {
        v.insertText(PlanWords::none(), textFormat(kBase));
        return;
    }
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const BookingDetails &b = visits.at(i);
        if (i > 0) {
            QTextBlockFormat spaced;
            spaced.setTopMargin(mmToLayout(1));
            v.insertBlock(spaced);
        }
        v.insertText(visitLine(b), textFormat(kBase));
        if (!b.booking.topic.trimmed().isEmpty()) {
            v.insertBlock(QTextBlockFormat());
            v.insertText(b.booking.topic.simplified(), textFormat(kBase - 1, false, true, kMuted));
        }
    }
}

void writeEntry(QTextCursor &cursor, const BriefingEntry &e)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(mmToLayout(1.2));
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 76)});
    format.setTopMargin(mmToLayout(4));
    QTextTable *table = cursor.insertTable(1, 2, format);
    // The band: time and company.
    table->mergeCells(0, 0, 1, 2);
    QTextTableCell band = table->cellAt(0, 0);
    QTextTableCellFormat bandFormat = band.format().toTableCellFormat();
    bandFormat.setBackground(kBand);
    band.setFormat(bandFormat);
    QTextCursor b = band.firstCursorPosition();
    b.insertText(timeSpan(e.time) + QStringLiteral("   "), textFormat(kBase + 2, true));
    b.insertText(e.cell.booking->companyName.simplified(), textFormat(kBase + 2, true));

    const QString contactName = e.contact ? e.contact->fullName() : e.cell.booking->contactName;
    addDetail(table, PlanWords::contact(), contactName.simplified());
    addDetail(table, PlanWords::phone(), e.contact ? e.contact->phone.simplified() : QString());
    addDetail(table, PlanWords::email(), e.contact ? e.contact->email.simplified() : QString());
    addDetail(table, PlanWords::address(), addressOf(e.company));
    addDetail(table, PlanWords::industry(), e.company.industry.simplified());
    addDetail(table, PlanWords::website(), e.company.website.simplified());
    if (!e.company.membershipNumber.trimmed().isEmpty())
        addDetail(table, PlanWords::membership(), e.company.membershipNumber.simplified());
    addDetail(table, PlanWords::topic(), e.cell.booking->booking.topic);
    addVisits(table, e.earlierVisits);
    cursor.movePosition(QTextCursor::End);
}

void writeSection(QTextCursor &cursor, const DayGrid &plan, const BriefingSection &section, bool first)
{
    QTextBlockFormat block;
    if (first) {
        cursor.setBlockFormat(block);
    } else {
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(block);
    }
    QString kicker = PlanWords::briefing().toUpper();
    if (!plan.organisationName.trimmed().isEmpty())
        kicker += QStringLiteral("  ·  ") + plan.organisationName.simplified();
    cursor.insertText(kicker, textFormat(kBase - 1, false, false, kMuted));

    QTextBlockFormat plain;
    plain.setTopMargin(mmToLayout(1));
    cursor.insertBlock(plain);
    cursor.insertText(section.consultant.name.simplified(), textFormat(kBase + 8, true));
    cursor.insertBlock(plain);
    cursor.insertText(plan.formatName.simplified(), textFormat(kBase + 2, true));
    cursor.insertBlock(plain);
    QStringList when{germanLongDate(plan.day.date),
                     timeSpan(section.consultant.hours) + QLatin1Char(' ') + PlanWords::oClock()};
    if (!section.consultant.room.trimmed().isEmpty())
        when << roomLabel(section.consultant.room);
    cursor.insertText(when.join(QStringLiteral("  ·  ")), textFormat(kBase + 1));
    if (!plan.place().isEmpty()) {
        cursor.insertBlock(plain);
        cursor.insertText(PlanWords::place() + QStringLiteral(": "), textFormat(kBase, true));
        cursor.insertText(plan.place(), textFormat(kBase));
    }
    if (section.entries.isEmpty()) {
        QTextBlockFormat spaced;
        spaced.setTopMargin(mmToLayout(6));
        cursor.insertBlock(spaced);
        cursor.insertText(PlanWords::noBookings(), textFormat(kBase, false, true));
        return;
    }
    for (const BriefingEntry &e : section.entries)
        writeEntry(cursor, e);
}

} // namespace

namespace {

// The company, contact person and earlier visits of one booked cell.
Result<BriefingEntry> loadEntry(const Schedule &schedule, const DayGridRow &row, const DayGridCell &cell,
                                const QDate &date)
{
    BriefingEntry entry{row.time, cell, {}, std::nullopt, {}};
    const Booking &booking = cell.booking->booking;
    auto company = schedule.company(booking.companyId);
    if (!company)
        return company.error();
    if (*company)
        entry.company = **company;
    if (booking.contactId != 0) {
        auto contact = schedule.contact(booking.contactId);
        if (!contact)
            return contact.error();
        entry.contact = *contact;
    }
    auto history = schedule.bookingsOfCompany(booking.companyId);
    if (!history)
        return history.error();
    for (const BookingDetails &b : *history) {
        if (b.booking.id != booking.id && b.booking.isActive() && b.slot.slot.date < date)
            entry.earlierVisits << b;
    }
    return entry;
}

} // namespace

Result<BriefingData> loadBriefing(const Database &db, Id dayId, Id consultantId)
{
    auto plan = loadDayPlan(db, dayId);
    if (!plan)
        return plan.error();
    BriefingData data;
    data.plan = std::move(plan).value();
    if (consultantId != 0 && data.plan.columnIndex(consultantId) < 0)
        return notFound(Entity::Consultant, consultantId);
    const Schedule schedule(db);
    for (qsizetype column = 0; column < data.plan.columns.size(); ++column) {
        const DayGridColumn &consultant = data.plan.columns.at(column);
        if (consultantId != 0 && consultant.consultantId != consultantId)
            continue;
        BriefingSection section{consultant, {}};
        for (const DayGridRow &row : data.plan.rows) {
            if (row.isBreak || column >= row.cells.size() ||
                row.cells.at(column).kind != DayGridCell::Kind::Booked)
                continue;
            auto entry = loadEntry(schedule, row, row.cells.at(column), data.plan.day.date);
            if (!entry)
                return entry.error();
            section.entries << *entry;
        }
        data.sections << section;
    }
    return data;
}

QPageLayout briefingPageLayout()
{
    return a4PageLayout(QPageLayout::Portrait, 18);
}

void renderBriefing(const BriefingData &data, QPagedPaintDevice *device)
{
    PagedDocument paged(device, kBase);
    QTextCursor cursor(&paged.document());
    // One edit block: laid out once at the end, not again after every inserted cell.
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < data.sections.size(); ++i)
        writeSection(cursor, data.plan, data.sections.at(i), i == 0);
    if (data.sections.isEmpty())
        cursor.insertText(data.plan.formatName.simplified() + QStringLiteral("  ·  ") +
                              germanLongDate(data.plan.day.date),
                          textFormat(kBase + 2, true));
    cursor.endEditBlock();
    paged.paint(QStringList{
        PlanWords::briefing(), data.plan.formatName.simplified(), formatDateShort(data.plan.day.date),
        PlanWords::asOf().arg(data.plan.loadedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))}
                    .join(QStringLiteral("  ·  ")));
}

Status writeBriefingPdf(const Database &db, Id dayId, Id consultantId, const QString &pdfPath)
{
    auto data = loadBriefing(db, dayId, consultantId);
    if (!data)
        return data.error();
    return writePdfFile(pdfPath, briefingPageLayout(),
                        PlanWords::briefing() + QLatin1Char(' ') + data->plan.formatName + QLatin1Char(' ') +
                            formatDateShort(data->plan.day.date),
                        [&](QPagedPaintDevice *device) { renderBriefing(*data, device); });
}

} // namespace Sprechtag
