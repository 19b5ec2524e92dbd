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

// Empty is fine: not every person gives an e-mail address or a phone number.
Status checkEmailAndPhone(const QString &email, const QString &phone)
{
    if (!email.trimmed().isEmpty() && !isPlausibleEmail(email))
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                         "This does not look like an e-mail address (name@example.de)."));
    if (!phone.trimmed().isEmpty() && !isPlausiblePhone(phone))
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation",
                                         "A phone number consists of digits, spaces and + - / ( )."));
    return {};
}

Status checkName(const QString &name)
{
    if (!nameKey(name).isEmpty())
        return {};
    return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Name"),
                   QT_TRANSLATE_NOOP("Sprechtag::Validation", "Please fill in this field."));
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
    return checkEmailAndPhone(c.email, c.phone);
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

Status validateFormat(const Format &f)
{
    if (Status s = checkControls(
            {{QT_TRANSLATE_NOOP("Sprechtag::Validation", "Name"), &f.name},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Description"), &f.description},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Partner organisation"), &f.partner},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Default location"), &f.defaultLocation},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Contact person"), &f.contactName},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"), &f.contactPhone},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"), &f.contactEmail},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Letter text"), &f.letterBody},
             {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Colour"), &f.colour}});
        !s)
        return s;
    if (Status s = checkName(f.name); !s)
        return s;
    if (f.defaultHours.end <= f.defaultHours.start)
        return invalid(QT_TRANSLATE_NOOP("Sprechtag::Validation", "Default hours"),
                       QT_TRANSLATE_NOOP("Sprechtag::Validation", "The end must be later than the start."));
    if (f.defaultSlotMinutes <= 0 || f.defaultSlotMinutes > f.defaultHours.end - f.defaultHours.start)
        return invalid(
            QT_TRANSLATE_NOOP("Sprechtag::Validation", "Slot length"),
            QT_TRANSLATE_NOOP("Sprechtag::Validation", "One slot must fit into the default hours."));
    return checkEmailAndPhone(f.contactEmail, f.contactPhone);
}

Status validateConsultant(const Consultant &c)
{
    if (Status s =
            checkControls({{QT_TRANSLATE_NOOP("Sprechtag::Validation", "Name"), &c.name},
                           {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Title"), &c.title},
                           {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Organisation"), &c.organisation},
                           {QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"), &c.email},
                           {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"), &c.phone},
                           {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Profile"), &c.profile}});
        !s)
        return s;
    if (Status s = checkName(c.name); !s)
        return s;
    return checkEmailAndPhone(c.email, c.phone);
}

Status validateSender(const Organisation &o)
{
    if (Status s = checkControls({{QT_TRANSLATE_NOOP("Sprechtag::Validation", "Organisation"), &o.name},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Department"), &o.department},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Street"), &o.street},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Postcode"), &o.postcode},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "City"), &o.city},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Phone"), &o.phone},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "E-mail"), &o.email},
                                  {QT_TRANSLATE_NOOP("Sprechtag::Validation", "Website"), &o.web}});
        !s)
        return s;
    return checkEmailAndPhone(o.email, o.phone);
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
