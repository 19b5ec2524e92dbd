// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/LetterTemplate.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "documents/OutputFiles.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Sprechtag {

namespace {

// "{company}", "{firma}", "{Firma}": anything without blanks and braces between braces counts as a
// placeholder, so that a misspelt one is found.
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}\\s]{1,40})\\}"));
    return re;
}

QString joinNonEmpty(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &p : parts) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            kept << s;
    }
    return kept.join(separator);
}

QString fill(const QString &pattern, const QStringList &args)
{
    return fillPlaceholders(pattern, args);
}

QHash<QString, QString> placeholderValues(const LetterData &l)
{
    return {
        {QStringLiteral("company"), l.company.name.simplified()},
        {QStringLiteral("contact"), l.contact ? addressNameLine(*l.contact) : QString()},
        {QStringLiteral("format"), l.formatName.simplified()},
        {QStringLiteral("weekday_date"), weekdayDateText(l.date)},
        {QStringLiteral("date"), formatDateShort(l.date)},
        {QStringLiteral("start"), formatTime(l.time.start)},
        {QStringLiteral("end"), formatTime(l.time.end)},
        {QStringLiteral("consultant"), l.consultantName.simplified()},
        {QStringLiteral("place"), placeText(l)},
        {QStringLiteral("deadline"), deadlineText(l)},
        {QStringLiteral("ihk_contact"), ihkContactText(l)},
        {QStringLiteral("topic"), l.topic.simplified()},
    };
}

} // namespace

const LetterWording &letterWording()
{
    static const LetterWording wording;
    return wording;
}

QStringList knownPlaceholders()
{
    return {QStringLiteral("{company}"),      QStringLiteral("{contact}"),     QStringLiteral("{format}"),
            QStringLiteral("{weekday_date}"), QStringLiteral("{date}"),        QStringLiteral("{start}"),
            QStringLiteral("{end}"),          QStringLiteral("{consultant}"),  QStringLiteral("{place}"),
            QStringLiteral("{deadline}"),     QStringLiteral("{ihk_contact}"), QStringLiteral("{topic}")};
}

QStringList unknownPlaceholders(const QString &body)
{
    const QStringList known = knownPlaceholders();
    QStringList unknown;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString token = it.next().captured(0);
        if (!known.contains(token) && !unknown.contains(token))
            unknown << token;
    }
    return unknown;
}

QString fillTemplate(const QString &body, const LetterData &letter)
{
    const QHash<QString, QString> values = placeholderValues(letter);
    QString out;
    out.reserve(body.size() * 2);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(last, m.capturedStart(0) - last);
        const auto value = values.constFind(m.captured(1));
        out += value != values.constEnd() ? *value : m.captured(0);
        last = m.capturedEnd(0);
    }
    out += QStringView(body).mid(last);
    return out;
}

QString salutationFor(const std::optional<Contact> &contact)
{
    const LetterWording &w = letterWording();
    if (!contact)
        return w.salutationGeneral;
    const QString titledLastName = joinNonEmpty({contact->title, contact->lastName}, QStringLiteral(" "));
    if (!contact->lastName.trimmed().isEmpty()) {
        if (contact->salutation == Salutation::Frau)
            return fill(w.salutationFrau, {titledLastName});
        if (contact->salutation == Salutation::Herr)
            return fill(w.salutationHerr, {titledLastName});
    }
    const QString name =
        joinNonEmpty({contact->title, contact->firstName, contact->lastName}, QStringLiteral(" "));
    if (name.isEmpty())
        return w.salutationGeneral;
    return fill(w.salutationNeutral, {name});
}

QString addressNameLine(const Contact &contact)
{
    const LetterWording &w = letterWording();
    QString word;
    if (contact.salutation == Salutation::Frau)
        word = w.addressFrau;
    else if (contact.salutation == Salutation::Herr)
        word = w.addressHerr;
    return joinNonEmpty({word, contact.title, contact.firstName, contact.lastName}, QStringLiteral(" "));
}

QStringList recipientLines(const LetterData &letter)
{
    QStringList lines;
    auto add = [&lines](const QString &text) {
        const QString s = text.simplified();
        if (!s.isEmpty())
            lines << s;
    };
    add(letter.company.name);
    if (letter.contact && !letter.contact->fullName().trimmed().isEmpty())
        add(addressNameLine(*letter.contact));
    add(letter.company.street);
    add(joinNonEmpty({letter.company.postcode, letter.company.city}, QStringLiteral(" ")));
    return lines;
}

QString letterSubject(const LetterData &letter)
{
    return fill(letterWording().subject, {letter.formatName.simplified(), formatDateShort(letter.date)});
}

QString weekdayDateText(const QDate &date)
{
    return QLocale(QLocale::German, QLocale::Germany).toString(date, QStringLiteral("dddd, d. MMMM yyyy"));
}

QString placeText(const LetterData &letter)
{
    const LetterWording &w = letterWording();
    const QString physical = joinNonEmpty({letter.location, letter.room}, QStringLiteral(", "));
    const QString video = letter.videoLink.simplified();
    if (video.isEmpty())
        return physical;
    if (physical.isEmpty())
        return fill(w.videoOnly, {video});
    return fill(w.placeAndVideo, {physical, video});
}

QString deadlineText(const LetterData &letter)
{
    if (letter.bookingDeadline.isValid() && letter.bookingDeadline >= effectiveLetterDate(letter) &&
        (!letter.date.isValid() || letter.bookingDeadline <= letter.date))
        return formatDateShort(letter.bookingDeadline);
    if (!letter.date.isValid())
        return QString();
    QDate day = letter.date.addDays(-1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return formatDateShort(day);
}

QString senderPhone(const LetterData &letter)
{
    const QString own = letter.ihkContactPhone.simplified();
    return own.isEmpty() ? letter.organisation.phone.simplified() : own;
}

QString senderEmail(const LetterData &letter)
{
    const QString own = letter.ihkContactEmail.simplified();
    return own.isEmpty() ? letter.organisation.email.simplified() : own;
}

QString ihkContactText(const LetterData &letter)
{
    const LetterWording &w = letterWording();
    QStringList parts;
    parts << letter.ihkContactName.simplified();
    if (const QString phone = senderPhone(letter); !phone.isEmpty())
        parts << fill(w.ihkContactPhone, {phone});
    if (const QString email = senderEmail(letter); !email.isEmpty())
        parts << fill(w.ihkContactEmail, {email});
    return joinNonEmpty(parts, QStringLiteral(", "));
}

QString signatureName(const LetterData &letter)
{
    const QString name = letter.ihkContactName.simplified();
    return name.isEmpty() ? letter.organisation.name.simplified() : name;
}

QDate effectiveLetterDate(const LetterData &letter)
{
    return letter.letterDate.isValid() ? letter.letterDate : Clock::today();
}

QString suggestedLetterFileName(const LetterData &letter)
{
    const QString time = formatTime(letter.time.start).remove(QLatin1Char(':'));
    return letter.date.toString(Qt::ISODate) + QLatin1Char('_') + time + QLatin1Char('_') +
           sanitisedFileNamePart(letter.company.name) + QStringLiteral(".pdf");
}

QString suggestedDayLettersFileName(const QDate &date)
{
    return date.toString(Qt::ISODate) + QLatin1Char('_') + letterWording().dayFileName +
           QStringLiteral(".pdf");
}

} // namespace Sprechtag
