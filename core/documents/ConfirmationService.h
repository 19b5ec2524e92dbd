// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Sprechtag {

class Database;

// Which confirmation letters to produce: one booking's, or those of a date's active bookings (optionally
// of one format, by id or by name).
struct ConfirmationRequest
{
    Id bookingId = 0;   // set: this booking only
    QDate date;         // otherwise: the active bookings of this date
    Id formatId = 0;    // 0: any format ...
    QString formatName; // ... unless named (NotFound when there is no such format)
};

// What producing the letters did.
struct ConfirmationResult
{
    int written = 0;      // letters in the PDF; 0: nothing to confirm, no file written
    QList<Id> bookingIds; // recorded as "confirmation produced"
    QString shownPath;    // the PDF as shown to the user
};

// Confirmation letters (Terminbestätigungen), the one use case the command line and the window share:
// load, refuse a cancelled booking, render to a PDF through the output gate, record "confirmation
// produced".
class ConfirmationService
{
public:
    explicit ConfirmationService(const Database &db) : m_db(db) {}

    // The letters of the request. One booking: NotFound when it does not exist, BookingAlreadyCancelled
    // when it is cancelled. A date: the active bookings on days not cancelled, by format, time and
    // consultant; an empty list when there are none.
    Result<QList<LetterData>> load(const ConfirmationRequest &request) const;

    // Renders the letters into one PDF (all or nothing, through documents/OutputFiles) and records that
    // they were produced. No letters: nothing is written. DocumentNotRecorded when the PDF was written
    // but the record could not be made.
    Result<ConfirmationResult> produce(const QList<LetterData> &letters, const QString &pdfPath) const;

    // The whole use case: checks the output path first, then loads and produces.
    Result<ConfirmationResult> produce(const ConfirmationRequest &request, const QString &pdfPath) const;

private:
    const Database &m_db;
};

} // namespace Sprechtag
