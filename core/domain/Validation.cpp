// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sprechtag {

namespace {

Error invalid(const char *field, const char *problem)
{
    return makeError(ErrorCode::InvalidInput,
                     {QCoreApplication::translate("Sprechtag::Validation", field),
                      QCoreApplication::translate("Sprechtag::Validation", problem)});
}

} // namespace

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

bool isPlausiblePhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()/\\-]+$"));
    const QString p = phone.trimmed();
    qsizetype digits = 0;
    for (QChar c : p)
        digits += c.isDigit() ? 1 : 0;
    return allowed.match(p).hasMatch() && digits >= 3 && digits <= 20;
}

Status validateContact(const Contact &c)
{
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Contact person"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation", "Please enter a first or last name."));
    if (!c.email.trimmed().isEmpty() && !isPlausibleEmail(c.email))
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                         "This does not look like an e-mail address (name@example.de)."));
    if (!c.phone.trimmed().isEmpty() && !isPlausiblePhone(c.phone))
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                         "A phone number consists of digits, spaces and + - / ( )."));
    return {};
}

Status validateCompany(const Company &c)
{
    if (c.name.simplified().isEmpty())
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Company"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation", "Please enter the company's name."));
    static const QRegularExpression postcode(QStringLiteral("^[0-9]{5}$"));
    if (!c.postcode.trimmed().isEmpty() && !postcode.match(c.postcode.trimmed()).hasMatch())
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Postcode"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation", "A German postcode has five digits."));
    return {};
}

QDate earliestPlausibleDate()
{
    return QDate(1990, 1, 1);
}

QDate latestPlausibleDate()
{
    return QDate(2200, 12, 31);
}

bool isPlausibleDate(const QDate &date)
{
    return date.isValid() && date >= earliestPlausibleDate() && date <= latestPlausibleDate();
}

Status validateDate(const QDate &date, const QString &field)
{
    if (isPlausibleDate(date))
        return {};
    return makeError(
        ErrorCode::InvalidInput,
        {field, QCoreApplication::translate("Sprechtag::Validation", "Please enter a date between %1 and %2.")
                    .arg(formatDateShort(earliestPlausibleDate()), formatDateShort(latestPlausibleDate()))});
}

} // namespace Sprechtag
