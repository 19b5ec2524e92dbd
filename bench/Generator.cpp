// SPDX-License-Identifier: GPL-3.0-or-later
#include "Generator.h"

#include "storage/BookingRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"
#include "storage/Sql.h"

#include <QTimeZone>

#include <cstdio>

using namespace Sprechtag;

namespace Bench {

namespace {

struct FormatSeed
{
    const char *name;
    const char *colour;
    int start; // hour
    int end;
    bool video;
};

// Several formats of a chamber's consultation days, each with its colour and hours (lunch 12-13).
constexpr FormatSeed kFormats[] = {
    {"Social Media Sprechtag", "#1e88e5", 9, 16, true},
    {"Website-Check", "#43a047", 9, 16, true},
    {"Patentsprechtag", "#8e24aa", 9, 17, false},
    {"Finanzierungssprechtag", "#fb8c00", 8, 16, false},
    {"Nachfolgesprechtag", "#6d4c41", 9, 16, false},
    {"Existenzgründung", "#e53935", 9, 17, false},
    {"Export & Zoll", "#00897b", 9, 16, false},
    {"Datenschutz (DSGVO)", "#3949ab", 10, 18, true},
    {"Fördermittelberatung", "#c0ca33", 9, 16, false},
    {"Energieberatung", "#fdd835", 8, 16, false},
    {"Steuersprechtag", "#5e35b1", 9, 17, false},
    {"Rechtssprechtag", "#546e7a", 9, 16, false},
    {"Fachkräftesicherung", "#d81b60", 9, 16, true},
    {"IT-Sicherheit", "#039be5", 10, 18, true},
    {"Innovationsberatung", "#7cb342", 9, 17, false},
    {"Unternehmenskrise – „Neustart“", "#f4511e", 9, 16, false},
};

const QStringList kStaff{QStringLiteral("sekretariat1"), QStringLiteral("sekretariat2"),
                         QStringLiteral("empfang"), QStringLiteral("beratung")};

// As the program stores a moment ("2021-03-25T08:15:00.000Z").
QString stamp(const QDate &date, int minute)
{
    return isoTimestamp(QDateTime(date, QTime(minute / 60, minute % 60), QTimeZone::utc()));
}

bool isHoliday(const QDate &d)
{
    return (d.month() == 12 && d.day() >= 24) || (d.month() == 1 && d.day() == 1) ||
           (d.month() == 5 && d.day() == 1) || (d.month() == 10 && d.day() == 3);
}

} // namespace

QString bigDayNotes()
{
    return QStringLiteral("Großer Sprechtag: 20 Beraterinnen und Berater, 8 Stunden");
}

QDate bigDayDate(const QDate &today)
{
    QDate d = today.addDays(28);
    while (d.dayOfWeek() != Qt::Tuesday)
        d = d.addDays(1);
    return d;
}

Generator::Generator(const Database &db, const GenOptions &options)
    : m_db(db), m_options(options), m_random(options.seed), m_names(m_random), m_writer(db)
{}

void Generator::progress(const char *what, qint64 done, qint64 total)
{
    std::fprintf(stderr, "%s %lld / %lld\n", what, static_cast<long long>(done),
                 static_cast<long long>(total));
}

Status Generator::run()
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = masterData(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (Status s = companies(); !s)
        return s;
    return days();
}

Status Generator::masterData()
{
    Organisation org{QStringLiteral("Industrie- und Handelskammer Musterstadt"),
                     QStringLiteral("Starthilfe und Unternehmensförderung"),
                     QStringLiteral("Königsallee 1"),
                     QStringLiteral("40212"),
                     QStringLiteral("Düsseldorf"),
                     QStringLiteral("+49 211 0000-0"),
                     QStringLiteral("sprechtage@ihk-musterstadt.example"),
                     QStringLiteral("ihk-musterstadt.example")};
    if (Status s = OrganisationRepository(m_db).save(org); !s)
        return s;
    FormatRepository formats(m_db);
    for (const FormatSeed &seed : kFormats) {
        Format f;
        f.name = QString::fromUtf8(seed.name);
        f.colour = QString::fromLatin1(seed.colour);
        f.defaultHours = {seed.start * 60, seed.end * 60};
        f.defaultLocation =
            QStringLiteral("IHK Musterstadt, Königsallee 1, Raum %1").arg(m_random.below(5) + 101);
        f.contactName = m_names.person().last;
        f.contactEmail = QStringLiteral("sprechtage@ihk-musterstadt.example");
        const Result<Id> id = formats.insert(f);
        if (!id)
            return id.error();
        m_formats << FormatInfo{*id, f.defaultHours, {12 * 60, 13 * 60}, f.defaultLocation, seed.video};
    }
    Format big;
    big.name = QStringLiteral("Außenwirtschaftstag");
    big.colour = QStringLiteral("#263238");
    big.defaultHours = {9 * 60, 17 * 60};
    big.defaultLocation = QStringLiteral("IHK Musterstadt, Großer Saal");
    const Result<Id> bigId = formats.insert(big);
    if (!bigId)
        return bigId.error();
    m_bigFormat = FormatInfo{*bigId, big.defaultHours, {}, big.defaultLocation, false};

    // Enough consultants that every date finds its 2-6 per day free, and 20 for the big day.
    const int pool = std::max(30, int(m_options.slots / 6000));
    ConsultantRepository consultants(m_db);
    for (int i = 0; i < pool; ++i) {
        const PersonName p = m_names.person();
        Consultant c;
        c.name = (p.title.isEmpty() ? QString() : p.title + QLatin1Char(' ')) + p.first + QLatin1Char(' ') +
                 p.last;
        c.organisation = m_names.company(i).name;
        c.email = m_names.email(p, QStringLiteral("berater.example"));
        c.phone = m_names.phone();
        c.active = i < pool - 3; // a few who have left
        const Result<Id> id = consultants.insert(c);
        if (!id)
            return id.error();
        m_consultants << *id;
    }
    return {};
}

Status Generator::companies()
{
    const qint64 total = std::max<qint64>(20, m_options.slots / 5);
    m_companies.reserve(std::size_t(total));
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 i = 0; i < total; ++i) {
        const CompanyText t = m_names.company(int(i));
        Company c;
        c.name = t.name;
        c.street = t.street;
        c.postcode = t.postcode;
        c.city = t.city;
        c.industry = t.industry;
        c.membershipNumber = QString::number(1000000 + i * 7);
        c.website = m_random.chance(0.7) ? QStringLiteral("https://www.") + t.domain : QString();
        c.archived = m_random.chance(0.02);
        const Result<Id> id = m_writer.company(c);
        if (!id)
            return id.error();
        CompanyRef ref{*id, 0, 1 + m_random.skewed(3)};
        for (int k = 0; k < ref.contacts; ++k) {
            const PersonName p = m_names.person();
            Contact ct;
            ct.companyId = *id;
            ct.salutation = m_random.chance(0.1) ? Salutation::None
                            : p.female           ? Salutation::Frau
                                                 : Salutation::Herr;
            ct.title = p.title;
            ct.firstName = p.first;
            ct.lastName = p.last;
            ct.email = m_names.email(p, t.domain);
            ct.phone = m_random.chance(0.8) ? m_names.phone() : QString();
            const Result<Id> contactId = m_writer.contact(ct);
            if (!contactId)
                return contactId.error();
            if (k == 0)
                ref.firstContact = *contactId;
        }
        m_counts.contacts += ref.contacts;
        m_companies.push_back(ref);
        ++m_counts.companies;
        if ((i + 1) % 20000 == 0 || i + 1 == total) {
            if (Status s = tx.commit(); !s)
                return s;
            progress("companies", i + 1, total);
            if (i + 1 < total)
                if (Status s = tx.begin(); !s)
                    return s;
        }
    }
    return {};
}

double Generator::meanSlotsPerDay() const
{
    double hours = 0;
    for (const FormatInfo &f : m_formats)
        hours += (f.hours.end - f.hours.start - (f.lunch.end - f.lunch.start)) / 60.0;
    // 2-6 consultants, 4 on average; one in ten two hours shorter.
    const double average = hours / double(m_formats.size());
    return 4.0 * average * (1.0 - 0.1 * 2.0 / average);
}

QList<Id> Generator::freeConsultants(int count, QSet<Id> &used)
{
    QList<Id> out;
    while (out.size() < count && used.size() < m_consultants.size() - 3) {
        const Id id = m_consultants.at(m_random.below(int(m_consultants.size()) - 3));
        if (!used.contains(id)) {
            used.insert(id);
            out << id;
        }
    }
    return out;
}

Status Generator::days()
{
    const QDate today = m_options.today;
    const QDate first = today.addYears(-10);
    const QDate last = today.addYears(1);
    const QDate big = bigDayDate(today);
    int dates = 0;
    for (QDate d = first; d <= last; d = d.addDays(1))
        dates += d.dayOfWeek() <= 5 && !isHoliday(d) ? 1 : 0;
    const double perDate = double(m_options.slots) / meanSlotsPerDay() / dates;
    double carry = 0;
    int done = 0;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (d.dayOfWeek() > 5 || isHoliday(d))
            continue;
        QSet<Id> used;
        m_companiesToday.clear();
        if (d == big)
            if (Status s = dayOn(d, m_bigFormat, freeConsultants(20, used), true); !s)
                return s;
        carry += perDate;
        const int n = std::min(int(carry), int(m_formats.size()));
        carry -= n;
        QList<int> order;
        for (int i = 0; i < m_formats.size(); ++i)
            order.insert(m_random.below(int(order.size()) + 1), i);
        for (int i = 0; i < n; ++i) {
            const QList<Id> people = freeConsultants(2 + m_random.below(5), used);
            if (people.size() < 2)
                break;
            if (Status s = dayOn(d, m_formats.at(order.at(i)), people, false); !s)
                return s;
        }
        if (++done % 200 == 0 || d == last) {
            if (Status s = tx.commit(); !s)
                return s;
            progress("dates", done, dates);
            if (d < last)
                if (Status s = tx.begin(); !s)
                    return s;
        }
    }
    return {};
}

Status Generator::dayOn(const QDate &date, const FormatInfo &format, const QList<Id> &consultants, bool big)
{
    const QDate today = m_options.today;
    ConsultationDay day;
    day.formatId = format.id;
    day.date = date;
    day.location = format.location;
    day.hours = format.hours;
    if (format.lunch.end > format.lunch.start)
        day.breaks << format.lunch;
    if (format.video && m_random.chance(0.3))
        day.videoLink =
            QStringLiteral("https://meet.ihk-musterstadt.example/%1").arg(100000 + m_random.below(900000));
    // The coming two weeks are open for booking, without a deadline (the shown day of the window figures).
    const bool soon = date >= today && date <= today.addDays(14);
    if (date < today)
        day.status = m_random.chance(0.02) ? DayStatus::Cancelled : DayStatus::Done;
    else if (soon)
        day.status = DayStatus::Open;
    else
        day.status = m_random.chance(0.03)   ? DayStatus::Cancelled
                     : m_random.chance(0.08) ? DayStatus::Planning
                                             : DayStatus::Open;
    if (big)
        day.status = DayStatus::Open;
    if (!soon && m_random.chance(0.5))
        day.bookingDeadline = date.addDays(-2);
    day.notes = big                    ? bigDayNotes()
                : m_random.chance(0.1) ? QStringLiteral("Beamer im Raum prüfen")
                                       : QString();
    int room = 1;
    for (const Id id : consultants) {
        DayConsultant c{
            id, QStringLiteral("Raum %1.%2").arg(1 + m_random.below(3)).arg(room++, 2, 10, QLatin1Char('0')),
            std::nullopt};
        if (!big && m_random.chance(0.1))
            c.hours = TimeRange{day.hours.start + 60, day.hours.end - 60};
        day.consultants << c;
    }
    const Result<Id> dayId = m_writer.day(day);
    if (!dayId)
        return dayId.error();
    ++m_counts.days;
    for (const DayConsultant &c : std::as_const(day.consultants))
        if (Status s = slotsOf(day, *dayId, c); !s)
            return s;
    return {};
}

Status Generator::slotsOf(const ConsultationDay &day, Id dayId, const DayConsultant &c)
{
    const TimeRange hours = c.hours.value_or(day.hours);
    for (int start = hours.start; start + day.slotMinutes <= hours.end; start += day.slotMinutes) {
        const TimeRange time{start, start + day.slotMinutes};
        if (!day.breaks.isEmpty() && day.breaks.first().overlaps(time))
            continue;
        const Slot slot{0, dayId, c.consultantId, day.date, time, m_random.chance(0.03)};
        const Result<Id> id = m_writer.slot(slot);
        if (!id)
            return id.error();
        ++m_counts.slots;
        if (!slot.blocked)
            if (Status s = bookingsOf(day, *id); !s)
                return s;
    }
    return {};
}

Status Generator::bookingsOf(const ConsultationDay &day, Id slotId)
{
    const bool past = day.date < m_options.today;
    const bool booked = m_random.chance(day.date > m_options.today.addMonths(3) ? 0.25 : 0.62);
    if (day.status == DayStatus::Cancelled)
        return booked ? writeBooking(day, slotId, BookingStatus::Cancelled) : Status();
    // Cancelled bookings beside active ones: someone cancelled, the slot went to another company.
    if (m_random.chance(booked ? 0.08 : 0.04))
        if (Status s = writeBooking(day, slotId, BookingStatus::Cancelled); !s)
            return s;
    if (!booked)
        return {};
    BookingStatus status = BookingStatus::Booked;
    if (past)
        status = m_random.chance(0.9)   ? BookingStatus::Attended
                 : m_random.chance(0.7) ? BookingStatus::NoShow
                                        : BookingStatus::Booked;
    return writeBooking(day, slotId, status);
}

Status Generator::writeBooking(const ConsultationDay &day, Id slotId, BookingStatus status)
{
    const CompanyRef *company = nullptr;
    for (int tries = 0; tries < 8 && !company; ++tries) {
        const CompanyRef &c = m_companies.at(std::size_t(m_random.skewed(int(m_companies.size()))));
        if (status == BookingStatus::Cancelled || !m_companiesToday.contains(c.id))
            company = &c;
    }
    if (!company)
        company = &m_companies.at(std::size_t(m_random.below(int(m_companies.size()))));
    if (status != BookingStatus::Cancelled)
        m_companiesToday.insert(company->id);
    GenBooking g;
    Booking &b = g.booking;
    b.slotId = slotId;
    b.companyId = company->id;
    b.contactId = m_random.chance(0.9) ? company->firstContact + m_random.below(company->contacts) : 0;
    b.topic = m_names.topic();
    b.status = status;
    b.createdBy = m_random.pick(kStaff);
    b.changedBy = m_random.pick(kStaff);
    const QDate made = day.date.addDays(-1 - m_random.below(60));
    g.createdAt = stamp(made, 420 + m_random.below(600));
    g.changedAt = g.createdAt;
    if (status == BookingStatus::Cancelled) {
        b.cancelReason = day.status == DayStatus::Cancelled ? QStringLiteral("Sprechtag abgesagt")
                                                            : m_names.cancelReason();
        g.changedAt = stamp(made.addDays(m_random.below(10)), 420 + m_random.below(600));
        ++m_counts.cancelledBookings;
    } else if (status != BookingStatus::Booked) {
        g.changedAt = stamp(day.date, 17 * 60);
    }
    if (m_random.chance(0.85))
        g.confirmedAt = stamp(made, 1080);
    const Result<Id> id = m_writer.booking(g);
    if (!id)
        return id.error();
    ++m_counts.bookings;
    return {};
}

} // namespace Bench
