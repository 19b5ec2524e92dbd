// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Validation.h"

#include "domain/Text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <initializer_list>
#include <utility>

namespace Sprechtag {

namespace {

Error invalid(const char *field, const char *problem)
{
    return makeError(ErrorCode::InvalidInput,
                     {QCoreApplication::translate("Sprechtag::Validation", field),
                      QCoreApplication::translate("Sprechtag::Validation", problem)});
}

// The one rule for text fields (domain/Text.h): control characters are refused, naming the field.
Status checkControls(std::initializer_list<std::pair<const char *, const QString *>> fields)
{
    for (const auto &[field, text] : fields) {
        if (hasForbiddenControl(*text))
            return invalid(field, QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                                    "This contains a control character (such as Escape), "
                                                    "which cannot be stored. Please type it again."));
    }
    return {};
}

} // namespace

bool contactHasDetails(const Contact &c)
{
    return c.salutation != Salutation::None || !nameKey(c.title).isEmpty() ||
           !nameKey(c.firstName).isEmpty() || !nameKey(c.lastName).isEmpty() || !nameKey(c.email).isEmpty() ||
           !nameKey(c.phone).isEmpty();
}

Status validateText(const char *field, const QString &text)
{
    return checkControls({{field, &text}});
}

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
    if (Status s = checkControls({{QT_TRANSLATE_NOOP("Sprechtag::Validation", "Title"), &c.title},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "First name"), &c.firstName},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Last name"), &c.lastName},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"), &c.email},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"), &c.phone}});
        !s)
        return s;
    // The name is what the other details belong to: without it they are refused, never dropped.
    if (nameKey(c.firstName).isEmpty() && nameKey(c.lastName).isEmpty()) {
        if (contactHasDetails(c))
            return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Contact person"),
                           QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                             "An e-mail address, phone number, title or salutation belongs "
                                             "to a person: please enter their first or last name too."));
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Contact person"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation", "Please enter a first or last name."));
    }
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
    if (Status s = checkControls(
            {{QT_TRANSLATE_NOOP("Sprechtag::Validation", "Company"), &c.name},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Street"), &c.street},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Postcode"), &c.postcode},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "City"), &c.city},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Membership number"), &c.membershipNumber},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Industry"), &c.industry},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Website"), &c.website}});
        !s)
        return s;
    if (nameKey(c.name).isEmpty())
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
