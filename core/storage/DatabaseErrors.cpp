// SPDX-License-Identifier: GPL-3.0-or-later
// Driver errors as our errors, by SQLite's result codes; the raw driver text is never part of a message.
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

#include <cerrno>
#include <sqlite3.h>

namespace Sprechtag {

namespace {

// Which rule of the data a SQLITE_CONSTRAINT (extended `code`) broke, in words; `text` is the driver's
// message, which names our triggers' RAISE.
QString brokenRule(int code, const QString &text)
{
    const char *what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "a rule of the data");
    switch (code) {
    case 2067: // UNIQUE
    case 1555: // PRIMARYKEY
        what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "an entry with these values exists already");
        break;
    case 787: // FOREIGNKEY
        what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "it refers to something that does not exist, or "
                                                      "something else still refers to it");
        break;
    case 275: // CHECK
        what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "a value is outside what is allowed");
        break;
    case 1299: // NOTNULL
        what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "a required value is missing");
        break;
    case 1811: // TRIGGER (our RAISE messages)
        if (text.contains(QLatin1String("consultant_overlap")))
            what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "a consultant would be in two places at once");
        else if (text.contains(QLatin1String("slot_not_bookable")))
            what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "the slot is blocked or no longer offered");
        else if (text.contains(QLatin1String("audit_log_append_only")))
            what = QT_TRANSLATE_NOOP("Sprechtag::Errors", "entries of the change log cannot be changed "
                                                          "or deleted");
        break;
    default:
        break;
    }
    return QCoreApplication::translate("Sprechtag::Errors", what);
}

} // namespace

Error Database::mapError(const QSqlError &error) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    Error e;
    e.nativeCode = error.nativeErrorCode();
    if (!numeric) {
        e.code = ErrorCode::StorageFailure;
        return e;
    }
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        e.code = ErrorCode::Busy;
        break;
    case 8: // SQLITE_READONLY
        // SQLITE_READONLY_DBMOVED: SQLite noticed itself that the file is no longer at its path.
        e.code = code == 1032 ? ErrorCode::FileReplaced : ErrorCode::ReadOnly;
        e.args = {shown};
        break;
    case 10: { // SQLITE_IOERR
        // A write that failed for want of space (a journal that could not grow, the shared-memory index
        // of WAL) arrives as an I/O error; the operating system's errno tells the two apart.
        sqlite3 *native = nativeHandle();
        const int systemError = native ? sqlite3_system_errno(native) : 0;
        e.code = systemError == ENOSPC || systemError == EDQUOT ? ErrorCode::DiskFull : ErrorCode::IoError;
        break;
    }
    case 11: // SQLITE_CORRUPT
        e.code = ErrorCode::Corrupt;
        e.args = {shown};
        break;
    case 13: // SQLITE_FULL
        e.code = ErrorCode::DiskFull;
        break;
    case 14: // SQLITE_CANTOPEN
        e.code = ErrorCode::CannotOpen;
        e.args = {shown};
        break;
    case 26: // SQLITE_NOTADB
        e.code = ErrorCode::NotADatabase;
        e.args = {shown};
        break;
    case 19: {             // SQLITE_CONSTRAINT
        if (code == 531) { // SQLITE_CONSTRAINT_COMMITHOOK: commitGuard refused the commit
            e.code = ErrorCode::FileReplaced;
            e.args = {shown};
            break;
        }
        e.code = ErrorCode::ConstraintViolation;
        e.args = {brokenRule(code, error.databaseText())};
        break;
    }
    default:
        e.code = ErrorCode::StorageFailure;
        break;
    }
    return e;
}

} // namespace Sprechtag
