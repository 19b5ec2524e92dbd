// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/FieldChecks.h"

#include "domain/Validation.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateTimeEdit>

#include <algorithm>

namespace Sprechtag {

Error invalidField(const QString &field, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, {field, problem});
}

Status checkEmail(const QString &field, const QString &email)
{
    if (email.trimmed().isEmpty() || isPlausibleEmail(email))
        return {};
    return invalidField(
        field, QCoreApplication::translate("Sprechtag::FieldChecks",
                                           "This does not look like an e-mail address (name@example.de)."));
}

Status checkPhone(const QString &field, const QString &phone)
{
    if (phone.trimmed().isEmpty() || isPlausiblePhone(phone))
        return {};
    return invalidField(
        field, QCoreApplication::translate("Sprechtag::FieldChecks",
                                           "A phone number consists of digits, spaces and + - / ( )."));
}

Status checkRequired(const QString &field, const QString &value)
{
    if (!value.simplified().isEmpty())
        return {};
    return invalidField(field,
                        QCoreApplication::translate("Sprechtag::FieldChecks", "Please fill in this field."));
}

void limitToPlausibleDates(QDateTimeEdit *edit, const QDate &stored)
{
    QDate first = earliestPlausibleDate();
    QDate last = latestPlausibleDate();
    if (stored.isValid()) {
        first = std::min(first, stored);
        last = std::max(last, stored);
    }
    edit->setDateRange(first, last);
}

void limitToPlausibleDates(QCalendarWidget *calendar)
{
    calendar->setDateRange(earliestPlausibleDate(), latestPlausibleDate());
}

} // namespace Sprechtag
