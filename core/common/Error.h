// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace Sprechtag {

// Why something could not be done. Services return these instead of showing anything; the caller turns
// them into a sentence with errorMessage() in the chosen language.
enum class ErrorCode
{
    // Storage problems (command line exit code 3).
    CannotOpen,
    NotADatabase,
    NotSprechtagDatabase,
    EmptyFile,
    Corrupt,
    NewerSchema,
    ReadOnly,
    Busy,
    DiskFull,
    IoError,
    StorageFailure,
    CannotWriteFile,
    NotAFile,
    FolderMissing,
    FileReplaced,
    OutputDiskFull,
    DocumentNotRecorded,
    SchemaMismatch,
    RestoreFailed,
    // Refusals by a rule, or something not found (exit code 2).
    NotFound,
    InvalidInput,
    SlotTaken,
    SlotBlocked,
    SlotNotFound,
    DayNotBookable,
    ConsultantBusy,
    CompanyAlreadyBooked,
    DayChangeBlocked,
    DayExists,
    BookingNotActive,
    BookingAlreadyCancelled,
    ChangedMeanwhile,
    DatabaseNotEmpty,
    ConstraintViolation,
    OutputRefused,
};

enum class ErrorKind
{
    Storage,
    Refused,
};

struct Error
{
    ErrorCode code = ErrorCode::StorageFailure;
    // The names of what is in the way, filled into the sentence in order (%1, %2, ...).
    QStringList args;
    // The driver's own code, for diagnostics only; never shown as the message.
    QString nativeCode;

    ErrorKind kind() const;
};

inline Error makeError(ErrorCode code, QStringList args = {})
{
    return Error{code, std::move(args), {}};
}

// What was looked for; its word is translated once, in entityName().
enum class Entity
{
    Format,
    Consultant,
    Company,
    Contact,
    Day,
    Slot,
    Booking,
    Backup,
};

// The translated word for an entity ("Format", "Beratungstag", ...), context "Sprechtag::Errors".
QString entityName(Entity entity);

// "%1 "%2" was not found." with the entity's word and the key that was looked for (a name, a date or a
// number).
Error notFound(Entity entity, const QString &key);
inline Error notFound(Entity entity, qint64 id)
{
    return notFound(entity, QString::number(id));
}

// The translated sentence for an error (context "Sprechtag::Errors").
QString errorMessage(const Error &error);

// Replaces %1..%9 in one pass; text inside the arguments is never treated as a placeholder.
QString fillPlaceholders(const QString &pattern, const QStringList &args);

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    T &&value() &&
    {
        Q_ASSERT(m_value);
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        Q_ASSERT(m_value);
        return &*m_value;
    }
    const T &operator*() const
    {
        Q_ASSERT(m_value);
        return *m_value;
    }
    const Error &error() const
    {
        Q_ASSERT(m_error);
        return *m_error;
    }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        Q_ASSERT(m_error);
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Sprechtag
