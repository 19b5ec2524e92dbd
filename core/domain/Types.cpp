// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Types.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Sprechtag {

QString Contact::fullName() const
{
    QStringList parts;
    for (const QString &p : {title, firstName, lastName}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

QString toKey(Salutation salutation)
{
    switch (salutation) {
    case Salutation::Frau:
        return QStringLiteral("Frau");
    case Salutation::Herr:
        return QStringLiteral("Herr");
    case Salutation::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Salutation> salutationFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("frau") || k == QLatin1String("ms") || k == QLatin1String("mrs"))
        return Salutation::Frau;
    if (k == QLatin1String("herr") || k == QLatin1String("mr"))
        return Salutation::Herr;
    if (k == QLatin1String("none") || k.isEmpty())
        return Salutation::None;
    return std::nullopt;
}

QString toKey(DayStatus status)
{
    switch (status) {
    case DayStatus::Planning:
        return QStringLiteral("planning");
    case DayStatus::Open:
        return QStringLiteral("open");
    case DayStatus::Done:
        return QStringLiteral("done");
    case DayStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

std::optional<DayStatus> dayStatusFromKey(const QString &key)
{
    for (DayStatus s : {DayStatus::Planning, DayStatus::Open, DayStatus::Done, DayStatus::Cancelled}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString toKey(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Booked:
        return QStringLiteral("booked");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::Attended:
        return QStringLiteral("attended");
    case BookingStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return QStringLiteral("booked");
}

std::optional<BookingStatus> bookingStatusFromKey(const QString &key)
{
    for (BookingStatus s :
         {BookingStatus::Booked, BookingStatus::Cancelled, BookingStatus::Attended, BookingStatus::NoShow}) {
        if (toKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString displayName(DayStatus status)
{
    switch (status) {
    case DayStatus::Planning:
        return QCoreApplication::translate("Sprechtag::Domain", "in planning");
    case DayStatus::Open:
        return QCoreApplication::translate("Sprechtag::Domain", "open for booking");
    case DayStatus::Done:
        return QCoreApplication::translate("Sprechtag::Domain", "held");
    case DayStatus::Cancelled:
        return QCoreApplication::translate("Sprechtag::Domain", "cancelled");
    }
    return {};
}

QString displayName(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Booked:
        return QCoreApplication::translate("Sprechtag::Domain", "booked");
    case BookingStatus::Cancelled:
        return QCoreApplication::translate("Sprechtag::Domain", "cancelled");
    case BookingStatus::Attended:
        return QCoreApplication::translate("Sprechtag::Domain", "attended");
    case BookingStatus::NoShow:
        return QCoreApplication::translate("Sprechtag::Domain", "did not attend");
    }
    return {};
}

namespace {

// Digits written directly: these run once per cell in exports of 100,000 bookings, where QString::arg()
// and date patterns would cost more than reading the rows.
void appendDigits(QString &out, int value, int width)
{
    char16_t digits[10];
    int n = 0;
    do {
        digits[n++] = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value > 0 && n < 10);
    for (int i = n; i < width; ++i)
        out += QLatin1Char('0');
    while (n > 0)
        out += QChar(digits[--n]);
}

} // namespace

QString formatTime(int minutes)
{
    if (minutes < 0)
        return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    QString out;
    out.reserve(5);
    appendDigits(out, minutes / 60, 2);
    out += QLatin1Char(':');
    appendDigits(out, minutes % 60, 2);
    return out;
}

std::optional<int> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return {};
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

QString formatDateShort(const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999)
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    QString out;
    out.reserve(10);
    appendDigits(out, day, 2);
    out += QLatin1Char('.');
    appendDigits(out, month, 2);
    out += QLatin1Char('.');
    appendDigits(out, year, 4);
    return out;
}

} // namespace Sprechtag
