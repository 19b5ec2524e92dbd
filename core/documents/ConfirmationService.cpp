// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/ConfirmationService.h"

#include "common/Clock.h"
#include "documents/LetterRenderer.h"
#include "documents/OutputFiles.h"
#include "storage/FormatRepository.h"
#include "storage/LetterRepository.h"

#include <QDateTime>
#include <QFileInfo>

namespace Sprechtag {

namespace {

Result<Id> formatOf(const Database &db, const ConfirmationRequest &request)
{
    if (request.formatName.isEmpty())
        return request.formatId;
    auto format = FormatRepository(db).byName(request.formatName);
    if (!format)
        return format.error();
    if (!*format)
        return notFound(Entity::Format, request.formatName);
    return (*format)->id;
}

} // namespace

Result<QList<LetterData>> ConfirmationService::load(const ConfirmationRequest &request) const
{
    LetterRepository letters(m_db);
    if (request.bookingId != 0) {
        auto letter = letters.forBooking(request.bookingId);
        if (!letter)
            return letter.error();
        if (!*letter)
            return notFound(Entity::Booking, request.bookingId);
        if ((*letter)->status == BookingStatus::Cancelled)
            return makeError(ErrorCode::BookingAlreadyCancelled, {QString::number(request.bookingId)});
        return QList<LetterData>{**letter};
    }
    auto formatId = formatOf(m_db, request);
    if (!formatId)
        return formatId.error();
    return letters.activeOnDate(request.date, *formatId);
}

Result<ConfirmationResult> ConfirmationService::produce(const QList<LetterData> &letters,
                                                        const QString &pdfPath) const
{
    ConfirmationResult result;
    if (letters.isEmpty())
        return result;
    if (Status s = renderLetters(letters, pdfPath); !s)
        return s.error();
    for (const LetterData &l : letters)
        result.bookingIds << l.bookingId;
    result.written = int(letters.size());
    result.shownPath = shownOutputPath(QFileInfo(pdfPath).absoluteFilePath());
    // The PDF exists now; a record that cannot be updated must not read as if nothing had been written.
    if (Status s = LetterRepository(m_db).markConfirmationProduced(result.bookingIds, Clock::nowUtc()); !s)
        return makeError(ErrorCode::DocumentNotRecorded, {result.shownPath, errorMessage(s.error())});
    return result;
}

Result<ConfirmationResult> ConfirmationService::produce(const ConfirmationRequest &request,
                                                        const QString &pdfPath) const
{
    // With the database open, so that the check knows what the output must not land on.
    if (auto checked = checkOutputPath(pdfPath, {QStringLiteral("pdf")}); !checked)
        return checked.error();
    auto letters = load(request);
    if (!letters)
        return letters.error();
    return produce(*letters, pdfPath);
}

} // namespace Sprechtag
