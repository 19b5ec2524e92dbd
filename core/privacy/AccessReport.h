// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Sprechtag {

// One stored record in an access report: its kind ("Booking"), a heading ("Booking 42") and every field
// with its value as text.
struct ReportRecord
{
    QString section;
    QString heading;
    QList<std::pair<QString, QString>> fields;
};

// Everything stored about one company or one contact person (GDPR Art. 15).
struct AccessReport
{
    QString subject; // "Müller GmbH" or "Erika Muster (Müller GmbH)"
    QDateTime generatedAt;
    QList<ReportRecord> records;
};

// CSV in the booking list's conventions (UTF-8 with BOM, ";", CRLF, formula-injection prefix) with the
// columns section, record, field, value.
QByteArray accessReportCsv(const AccessReport &report);
// A4 PDF; user text goes in as plain text, never as HTML.
Status writeAccessReportPdf(const AccessReport &report, const QString &path);
// By the file name's suffix: .pdf or .csv (any other is refused). Written as every output
// (documents/OutputFiles.h): atomically, 0600, never over the database or through a link.
Status writeAccessReport(const AccessReport &report, const QString &path);

} // namespace Sprechtag
