// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Error.h"

#include <QCoreApplication>

namespace Sprechtag {

ErrorKind Error::kind() const
{
    switch (code) {
    case ErrorCode::CannotOpen:
    case ErrorCode::NotADatabase:
    case ErrorCode::NotSprechtagDatabase:
    case ErrorCode::EmptyFile:
    case ErrorCode::Corrupt:
    case ErrorCode::NewerSchema:
    case ErrorCode::ReadOnly:
    case ErrorCode::Busy:
    case ErrorCode::DiskFull:
    case ErrorCode::IoError:
    case ErrorCode::StorageFailure:
    case ErrorCode::CannotWriteFile:
    case ErrorCode::NotAFile:
    case ErrorCode::FolderMissing:
    case ErrorCode::FileReplaced:
    case ErrorCode::OutputDiskFull:
    case ErrorCode::DocumentNotRecorded:
    case ErrorCode::SchemaMismatch:
    case ErrorCode::RestoreFailed:
        return ErrorKind::Storage;
    case ErrorCode::NotFound:
    case ErrorCode::InvalidInput:
    case ErrorCode::SlotTaken:
    case ErrorCode::SlotBlocked:
    case ErrorCode::SlotNotFound:
    case ErrorCode::DayNotBookable:
    case ErrorCode::ConsultantBusy:
    case ErrorCode::CompanyAlreadyBooked:
    case ErrorCode::DayChangeBlocked:
    case ErrorCode::DayExists:
    case ErrorCode::BookingNotActive:
    case ErrorCode::BookingAlreadyCancelled:
    case ErrorCode::ChangedMeanwhile:
    case ErrorCode::DatabaseNotEmpty:
    case ErrorCode::ConstraintViolation:
    case ErrorCode::OutputRefused:
        return ErrorKind::Refused;
    }
    // A value outside the enumeration (a cast gone wrong): treat it as the stronger failure.
    return ErrorKind::Storage;
}

QString entityName(Entity entity)
{
    const char *word = "";
    switch (entity) {
    case Entity::Format:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Format");
        break;
    case Entity::Consultant:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Consultant");
        break;
    case Entity::Company:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Company");
        break;
    case Entity::Contact:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Contact person");
        break;
    case Entity::Day:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Consultation day");
        break;
    case Entity::Slot:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Slot");
        break;
    case Entity::Booking:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Booking");
        break;
    case Entity::Backup:
        word = QT_TRANSLATE_NOOP("Sprechtag::Errors", "Backup");
        break;
    }
    return QCoreApplication::translate("Sprechtag::Errors", word);
}

Error notFound(Entity entity, const QString &key)
{
    return makeError(ErrorCode::NotFound, {entityName(entity), key});
}

namespace {

// NOLINTNEXTLINE(readability-function-size): a data table, one sentence per error code
const char *sentence(ErrorCode code)
{
    switch (code) {
    case ErrorCode::CannotOpen:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The database file %1 cannot be opened. Check that "
                                                      "the folder exists and that you may write to it.");
    case ErrorCode::NotADatabase:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The file %1 is not a Sprechtag database. It was left "
                                                      "unchanged.");
    case ErrorCode::NotSprechtagDatabase:
        return QT_TRANSLATE_NOOP(
            "Sprechtag::Errors",
            "The file %1 is a database of another program, not of Sprechtag. It was left "
            "unchanged.");
    case ErrorCode::EmptyFile:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The file %1 is empty and therefore not a Sprechtag "
                                                      "database. It was left unchanged.");
    case ErrorCode::Corrupt:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The database file %1 is damaged. It was left unchanged; restore a backup.");
    case ErrorCode::NewerSchema:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The database file %1 was written by a newer version of Sprechtag (schema "
                                 "%2, this version knows up to %3). Please update Sprechtag; the file was "
                                 "left unchanged.");
    case ErrorCode::ReadOnly:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The database file %1 is read-only. Nothing was "
                                                      "changed.");
    case ErrorCode::Busy:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The database is being used by another workstation right now. Nothing was "
                                 "changed; please try again in a moment.");
    case ErrorCode::DiskFull:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The disk is full. Nothing was changed; free some space and try again.");
    case ErrorCode::IoError:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The database file could not be read or written (input/"
                                                      "output error). Nothing was changed.");
    case ErrorCode::StorageFailure:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The database reported an unexpected problem (code %1). "
                                 "Nothing was changed.");
    case ErrorCode::CannotWriteFile:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The file %1 could not be written. Check that the folder "
                                 "exists, that you may write there and that there is free "
                                 "space.");
    case ErrorCode::NotAFile:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "%1 is a folder, a device or a pipe, not a database file. Nothing was "
                                 "opened; please choose the database file itself.");
    case ErrorCode::FolderMissing:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The folder %1 does not exist, so the database %2 was not created. Please "
                                 "check the path; Sprechtag creates no folders except its own.");
    case ErrorCode::FileReplaced:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The database file %1 was moved, replaced or deleted while Sprechtag had "
                                 "it open. Nothing was written; open the file again.");
    case ErrorCode::OutputDiskFull:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The file %1 could not be written because the disk is full. An earlier "
                                 "file of that name is unchanged; free some space and try again.");
    case ErrorCode::DocumentNotRecorded:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The file %1 was written, but the database could not record that the "
                                 "confirmations were produced, so the bookings still show them as not "
                                 "produced. %2");
    case ErrorCode::SchemaMismatch:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The file %1 does not have the structure of a Sprechtag database of schema "
                                 "%2 (%3). It was not used and was left unchanged.");
    case ErrorCode::RestoreFailed:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The backup %1 could not be written into the database %2: %3. The "
                                 "database was left as it was.");
    case ErrorCode::NotFound:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "%1 \"%2\" was not found.");
    case ErrorCode::InvalidInput:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "%1: %2");
    case ErrorCode::SlotTaken:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The slot on %1 at %2 with %3 is already booked by %4.");
    case ErrorCode::SlotBlocked:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The slot on %1 at %2 with %3 is blocked.");
    case ErrorCode::SlotNotFound:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "There is no slot on %1 at %2 with %3.");
    case ErrorCode::DayNotBookable:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The consultation day %1 cannot be booked: it is %2.");
    case ErrorCode::ConsultantBusy:
        return QT_TRANSLATE_NOOP(
            "Sprechtag::Errors",
            "%1 is already present at %2 on %3 (%4) and cannot be in two places at once.");
    case ErrorCode::CompanyAlreadyBooked:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "%1 already has a slot on %2 (%3 with %4). A second slot on the same day "
                                 "needs an explicit exception.");
    case ErrorCode::DayChangeBlocked:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The change was not made because these bookings would lose their slot: %1. "
                                 "Move or cancel them first.");
    case ErrorCode::DayExists:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "There is already a %1 on %2.");
    case ErrorCode::BookingNotActive:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "Booking %1 is %2 and cannot be changed that way.");
    case ErrorCode::BookingAlreadyCancelled:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "Booking %1 is already cancelled.");
    case ErrorCode::ChangedMeanwhile:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "%1 was changed meanwhile by someone else. Nothing was overwritten; please "
                                 "look at the current state and try again.");
    case ErrorCode::DatabaseNotEmpty:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The database already contains data; the example data "
                                                      "is only loaded into an empty database.");
    case ErrorCode::ConstraintViolation:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors",
                                 "The change breaks a rule of the database (%1). Nothing was changed.");
    case ErrorCode::OutputRefused:
        return QT_TRANSLATE_NOOP("Sprechtag::Errors", "The file %1 was not written: %2");
    }
    return QT_TRANSLATE_NOOP("Sprechtag::Errors", "Unknown problem.");
}

} // namespace

QString errorMessage(const Error &error)
{
    QStringList args = error.args;
    if (error.code == ErrorCode::StorageFailure && args.isEmpty())
        args << (error.nativeCode.isEmpty() ? QStringLiteral("?") : error.nativeCode);
    return fillPlaceholders(QCoreApplication::translate("Sprechtag::Errors", sentence(error.code)), args);
}

QString fillPlaceholders(const QString &pattern, const QStringList &args)
{
    // One pass, so that a name containing "%2" is never substituted again.
    QString out;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            const int n = pattern.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace Sprechtag
