// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacy/AccessReport.h"

#include "documents/OutputFiles.h"
#include "documents/PagedDocument.h"
#include "exchange/CsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextCursor>
#include <QTextTable>

namespace Sprechtag {

namespace {

QString title()
{
    return QCoreApplication::translate("Sprechtag::AccessReport", "Access report (Art. 15 GDPR)");
}

QString generatedLine(const AccessReport &report)
{
    return QCoreApplication::translate("Sprechtag::AccessReport", "Everything stored about %1, as of %2.")
        .arg(report.subject, report.generatedAt.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm")));
}

void appendRow(QString &text, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(';');
        text += csvField(cells.at(i));
    }
    text += QLatin1String("\r\n");
}

void renderPdf(const AccessReport &report, QPagedPaintDevice *device)
{
    PagedDocument paged(device, 9.5);
    QTextCursor cursor(&paged.document());
    cursor.insertText(title(), textFormat(15, true));
    cursor.insertBlock();
    cursor.insertText(generatedLine(report), textFormat(9.5));
    QString section;
    for (const ReportRecord &record : report.records) {
        if (record.section != section) {
            section = record.section;
            cursor.insertBlock();
            cursor.insertBlock();
            cursor.insertText(section, textFormat(12, true));
        }
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(record.heading, textFormat(10, true));
        QTextTableFormat tableFormat;
        tableFormat.setBorder(0);
        tableFormat.setCellPadding(mmToLayout(0.6));
        tableFormat.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68)});
        tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable *table = cursor.insertTable(int(record.fields.size()), 2, tableFormat);
        for (int row = 0; row < int(record.fields.size()); ++row) {
            table->cellAt(row, 0).firstCursorPosition().insertText(
                record.fields.at(row).first, textFormat(9.5, false, false, Qt::darkGray));
            table->cellAt(row, 1).firstCursorPosition().insertText(record.fields.at(row).second,
                                                                   textFormat(9.5));
        }
        cursor.movePosition(QTextCursor::End);
    }
    paged.paint(title() + QStringLiteral("  ·  ") + report.subject);
}

} // namespace

QByteArray accessReportCsv(const AccessReport &report)
{
    QString text;
    text += QChar(0xFEFF);
    appendRow(text, {title(), generatedLine(report)});
    appendRow(text, {QCoreApplication::translate("Sprechtag::AccessReport", "Section"),
                     QCoreApplication::translate("Sprechtag::AccessReport", "Record"),
                     QCoreApplication::translate("Sprechtag::AccessReport", "Field"),
                     QCoreApplication::translate("Sprechtag::AccessReport", "Value")});
    for (const ReportRecord &record : report.records) {
        for (const auto &[field, value] : record.fields)
            appendRow(text, {record.section, record.heading, field, value});
    }
    return text.toUtf8();
}

Status writeAccessReportPdf(const AccessReport &report, const QString &path)
{
    return writePdfFile(path, a4PageLayout(QPageLayout::Portrait, 18),
                        title() + QLatin1Char(' ') + report.subject,
                        [&](QPagedPaintDevice *device) { renderPdf(report, device); });
}

Status writeAccessReport(const AccessReport &report, const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return writeAccessReportPdf(report, path);
    return writeFileAtomically(path, accessReportCsv(report), {QStringLiteral("csv"), QStringLiteral("pdf")});
}

} // namespace Sprechtag
