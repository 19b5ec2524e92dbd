// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/IcsExport.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <libical/ical.h>

namespace Sprechtag {

namespace {

// User text for a TEXT value: libical escapes , ; \ and line breaks, but passes other control characters
// through, and a lone CR would come out as a non-standard "\r".
QByteArray icalText(const QString &text, bool singleLine)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += singleLine ? QLatin1Char(' ') : QLatin1Char('\n');
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
        } else if (c.unicode() >= 0x20 && (c.unicode() < 0x7f || c.category() != QChar::Other_Control)) {
            out += c;
        }
    }
    return (singleLine ? out.simplified() : out.trimmed()).toUtf8();
}

// A parameter value may not contain a double quote, and libical does not escape one.
QByteArray icalParameter(const QString &text)
{
    QString t = QString::fromUtf8(icalText(text, true));
    t.remove(QLatin1Char('"'));
    return t.toUtf8();
}

// The ORGANIZER is a URI that libical writes as it is: only a plain address goes in.
QByteArray organizerUri(const QString &email)
{
    static const QRegularExpression plain(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    const QString e = email.trimmed();
    return QByteArrayLiteral("mailto:") +
           (plain.match(e).hasMatch() ? e.toUtf8() : QByteArrayLiteral("noreply@invalid"));
}

icaltimetype utcTime(const QDateTime &when)
{
    return icaltime_from_timet_with_zone(time_t(when.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QString contactLine(const BookingRow &row)
{
    QStringList parts;
    if (row.contact.salutation != Salutation::None)
        parts << toKey(row.contact.salutation);
    for (const QString &p : {row.contact.title, row.contact.firstName, row.contact.lastName}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

QString description(const BookingRow &row)
{
    QStringList lines;
    auto add = [&lines](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << QCoreApplication::translate("Sprechtag::Export", label).arg(value.trimmed());
    };
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Consultant: %1"), row.consultantName);
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Company: %1"), row.companyName);
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Contact: %1"), contactLine(row));
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Phone: %1"), row.contact.phone);
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "E-mail: %1"), row.contact.email);
    const QString cityLine = QStringList{row.postcode.trimmed(), row.city.trimmed()}.join(QLatin1Char(' '));
    QStringList address;
    for (const QString &part : {row.street.trimmed(), cityLine.trimmed()}) {
        if (!part.isEmpty())
            address << part;
    }
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Address: %1"), address.join(QStringLiteral(", ")));
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Topic: %1"), row.topic);
    add(QT_TRANSLATE_NOOP("Sprechtag::Export", "Video link: %1"), row.videoLink);
    return lines.join(QLatin1Char('\n'));
}

QString place(const BookingRow &row)
{
    QStringList parts;
    for (const QString &p : {row.room, row.location, row.videoLink}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text, bool singleLine)
{
    const QByteArray value = icalText(text, singleLine);
    if (!value.isEmpty())
        icalcomponent_add_property(event, make(value.constData()));
}

icalcomponent *eventFor(const BookingRow &row, const icaltimetype &stamp)
{
    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    const QByteArray uid =
        QByteArrayLiteral("booking-") + QByteArray::number(row.bookingId) + QByteArrayLiteral("@sprechtag");
    icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(event,
                               icalproperty_new_dtstart(utcTime(berlinToUtc(row.date, row.time.start))));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(berlinToUtc(row.date, row.time.end))));
    // Each change of the booking raises its version, so a later import replaces the older entry.
    icalcomponent_add_property(event, icalproperty_new_sequence(qMax(0, row.version - 1)));
    addText(event, icalproperty_new_summary, row.formatName + QStringLiteral(": ") + row.companyName, true);
    addText(event, icalproperty_new_location, place(row), true);
    addText(event, icalproperty_new_description, description(row), false);
    icalproperty *organizer = icalproperty_new_organizer(organizerUri(row.formatContactEmail).constData());
    if (const QByteArray cn = icalParameter(row.formatContactName); !cn.isEmpty())
        icalproperty_add_parameter(organizer, icalparameter_new_cn(cn.constData()));
    icalcomponent_add_property(event, organizer);
    icalcomponent_add_property(event, icalproperty_new_status(row.status == BookingStatus::Cancelled
                                                                  ? ICAL_STATUS_CANCELLED
                                                                  : ICAL_STATUS_CONFIRMED));
    return event;
}

const QByteArray kCalendarEnd = QByteArrayLiteral("END:VCALENDAR\r\n");

QByteArray serialised(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    const QByteArray out(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(component);
    return out;
}

QString consultantCalendarName(const QString &consultantName)
{
    return consultantName.isEmpty()
               ? QString()
               : QCoreApplication::translate("Sprechtag::Export", "Consultations: %1").arg(consultantName);
}

} // namespace

IcsWriter::IcsWriter(Output output, const QDateTime &dtstamp, Naming naming)
    : m_output(std::move(output)), m_stamp(dtstamp.isValid() ? dtstamp : Clock::nowUtc()), m_naming(naming)
{}

// The calendar's properties, without its end line: the events go between them and the end one at a time,
// so that 100,000 bookings never sit in memory as one libical tree.
void IcsWriter::appendHead(const QString &name)
{
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(cal,
                               icalproperty_new_prodid("-//Sprechtag//Sprechtag " SPRECHTAG_VERSION "//DE"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (const QByteArray calName = icalText(name, true); !calName.isEmpty()) {
        icalproperty *p = icalproperty_new_x(calName.constData());
        icalproperty_set_x_name(p, "X-WR-CALNAME");
        icalcomponent_add_property(cal, p);
    }
    QByteArray head = serialised(cal);
    Q_ASSERT(head.endsWith(kCalendarEnd));
    head.chop(kCalendarEnd.size());
    m_buffer += head;
    m_begun = true;
}

Status IcsWriter::add(const BookingRow &row)
{
    if (!m_begun)
        appendHead(m_naming == Naming::AfterConsultant ? consultantCalendarName(row.consultantName)
                                                       : QString());
    m_buffer += serialised(eventFor(row, utcTime(m_stamp)));
    if (m_buffer.size() < 256 * 1024)
        return {};
    Status written = m_output(m_buffer);
    m_buffer.resize(0);
    return written;
}

Status IcsWriter::finish()
{
    if (!m_begun)
        appendHead(QString());
    m_buffer += kCalendarEnd;
    Status written = m_output(m_buffer);
    m_buffer.resize(0);
    return written;
}

namespace {

QByteArray calendar(const QList<BookingRow> &rows, const QDateTime &dtstamp, IcsWriter::Naming naming)
{
    QByteArray out;
    IcsWriter writer(
        [&out](const QByteArray &bytes) {
            out += bytes;
            return Status{};
        },
        dtstamp, naming);
    for (const BookingRow &row : rows) {
        if (Status s = writer.add(row); !s)
            return {};
    }
    if (Status s = writer.finish(); !s)
        return {};
    return out;
}

QDate lastSunday(int year, int month)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

} // namespace

QDateTime berlinToUtc(const QDate &date, int minutes)
{
    static const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    if (!berlin.isValid())
        return berlinToUtcByEuRule(date, minutes);
    const QDate day = date.addDays(minutes / (24 * 60));
    const QTime time = QTime(0, 0).addSecs((minutes % (24 * 60)) * 60);
    return QDateTime(day, time, berlin).toUTC();
}

QDateTime berlinToUtcByEuRule(const QDate &date, int minutes)
{
    // Central European Time, UTC+1; summer time, UTC+2, from the last Sunday of March to the last Sunday
    // of October, switching at 01:00 UTC.
    const QDateTime wall = QDateTime(date, QTime(0, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
    const QDateTime summerStart(lastSunday(date.year(), 3), QTime(1, 0), Qt::UTC);
    const QDateTime summerEnd(lastSunday(date.year(), 10), QTime(1, 0), Qt::UTC);
    const QDateTime summer = wall.addSecs(-2 * 3600);
    if (summer >= summerStart && summer < summerEnd)
        return summer;
    return wall.addSecs(-3600);
}

QByteArray toIcs(const QList<BookingRow> &rows, const QDateTime &dtstamp)
{
    return calendar(rows, dtstamp, IcsWriter::Naming::None);
}

QByteArray toIcsForConsultant(const QList<BookingRow> &rows, Id consultantId, const QDateTime &dtstamp)
{
    QList<BookingRow> own;
    for (const BookingRow &row : rows) {
        if (row.consultantId == consultantId)
            own << row;
    }
    return calendar(own, dtstamp, IcsWriter::Naming::AfterConsultant);
}

} // namespace Sprechtag
