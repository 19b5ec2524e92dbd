// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

#include "scheduling/BookingService.h"
#include "scheduling/DayService.h"
#include "storage/BookingRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"
#include "storage/Sql.h"

namespace Sprechtag {

namespace {

// Letter body texts are German on purpose: they are the documents' wording, not the program's.
const char *const kSocialMediaBody =
    "vielen Dank für Ihre Anmeldung zum {format}. Wir bestätigen Ihnen folgenden Termin:\n\n"
    "{weekday_date}, {start}–{end} Uhr\nBerater/in: {consultant}\nOrt: {place}\n\n"
    "Bitte bringen Sie Ihre Fragen und, wenn vorhanden, die Adressen Ihrer Social-Media-Kanäle mit. "
    "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis {deadline} ab, damit wir ihn "
    "weitergeben können.";

const char *const kWebsiteCheckBody =
    "vielen Dank für Ihre Anmeldung zum {format}. Wir bestätigen Ihnen folgenden Termin:\n\n"
    "{weekday_date}, {start}–{end} Uhr\nBerater/in: {consultant}\nOrt: {place}\n\n"
    "Bitte nennen Sie uns vorab die Adresse Ihrer Website. Falls Sie den Termin nicht wahrnehmen "
    "können, sagen Sie bitte rechtzeitig ab.";

struct DemoBooking
{
    QDate date;
    int hour;
    int consultantIndex;
    const char *company;
    const char *street;
    const char *postcode;
    const char *city;
    Salutation salutation;
    const char *title;
    const char *firstName;
    const char *lastName;
    const char *email;
    const char *topic;
};

Result<Id> slotAt(const Database &db, Id dayId, Id consultantId, int startMinute)
{
    DayRepository days(db);
    auto slots = days.slotsOfDay(dayId);
    if (!slots)
        return slots.error();
    for (const SlotDetails &s : *slots) {
        if (s.slot.consultantId == consultantId && s.slot.time.start == startMinute)
            return s.slot.id;
    }
    return makeError(ErrorCode::SlotNotFound, {QString::number(dayId), formatTime(startMinute)});
}

// The demo bookings: invented companies and people.
const DemoBooking kBookings[] = {
    {QDate(2021, 3, 25), 9, 0, "Musterbäckerei Beispiel GmbH", "Musterstraße 1", "33602", "Bielefeld",
     Salutation::Frau, "Dr.", "Erika", "Mustermann", "erika.mustermann@example.org",
     "Instagram für den Verkauf im Laden: lohnt sich das?"},
    {QDate(2021, 3, 25), 10, 1, "Beispiel Maschinenbau AG", "Industrieweg 5", "33609", "Bielefeld",
     Salutation::Herr, "", "Max", "Mustermann", "max.mustermann@example.org",
     "Personalgewinnung über LinkedIn und Xing"},
    {QDate(2021, 3, 25), 13, 0, "Modellhaus Test & Söhne KG", "Am Beispielplatz 3", "32052", "Herford",
     Salutation::None, "", "Alex", "Beispiel", "alex.beispiel@example.org",
     "Eine Social-Media-Strategie für einen kleinen Betrieb"},
    {QDate(2024, 5, 23), 9, 1, "Musterbäckerei Beispiel GmbH", "", "", "", Salutation::Frau, "Dr.", "Erika",
     "Mustermann", "", "Neue Website: Datenschutz und mobile Darstellung"},
    {QDate(2024, 6, 13), 11, 0, "Fiktiv Software UG (haftungsbeschränkt)", "Beispielallee 12", "33602",
     "Bielefeld", Salutation::Herr, "Prof. Dr.", "Jonas", "Platzhalter", "j.platzhalter@example.org",
     "Barrierefreiheit und Ladezeiten der Website"},
};

Status refuseUnlessEmpty(const Database &db)
{
    Result<qint64> existing = scalar(
        db, QStringLiteral("SELECT (SELECT count(*) FROM format) + (SELECT count(*) FROM consultation_day) "
                           "+ (SELECT count(*) FROM company)"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorCode::DatabaseNotEmpty);
    return {};
}

Status addOrganisation(const Database &db)
{
    return OrganisationRepository(db).save(
        {QStringLiteral("IHK Ostwestfalen zu Bielefeld"), QStringLiteral("Innovation & Technologie"),
         QStringLiteral("Elsa-Brändström-Straße 1–3"), QStringLiteral("33602"), QStringLiteral("Bielefeld"),
         QStringLiteral("0521 554-0"), QStringLiteral("m.rieso@ostwestfalen.ihk.de"),
         QStringLiteral("www.ostwestfalen.ihk.de")});
}

struct DemoFormats
{
    Id social = 0;
    Id website = 0;
    QString location;
};

Result<DemoFormats> addFormats(const Database &db)
{
    FormatRepository formats(db);
    Format social;
    social.name = QStringLiteral("Social Media Sprechtag");
    social.description = QStringLiteral("Eine Stunde kostenfreie Beratung zu Strategie, Kanälen und Risiken "
                                        "von Social Media.");
    social.partner = QStringLiteral("InnoZent OWL e.V.");
    social.defaultLocation = QStringLiteral("IHK Ostwestfalen zu Bielefeld, Elsa-Brändström-Straße 1–3, "
                                            "33602 Bielefeld");
    social.contactName = QStringLiteral("Marco Rieso");
    social.contactEmail = QStringLiteral("m.rieso@ostwestfalen.ihk.de");
    social.contactPhone = QStringLiteral("0521 554-0");
    social.letterBody = QString::fromUtf8(kSocialMediaBody);
    social.colour = QStringLiteral("#2a7ab0");
    auto socialId = formats.insert(social);
    if (!socialId)
        return socialId.error();
    Format website = social;
    website.name = QStringLiteral("Website-Check-Sprechtag");
    website.description =
        QStringLiteral("Eine Stunde Prüfung der eigenen Website: Design, Benutzerfreundlichkeit, "
                       "Inhalte, mobile Darstellung, Datenschutz und Datensicherheit.");
    website.partner.clear();
    website.letterBody = QString::fromUtf8(kWebsiteCheckBody);
    website.colour = QStringLiteral("#3d8b37");
    auto websiteId = formats.insert(website);
    if (!websiteId)
        return websiteId.error();
    return DemoFormats{*socialId, *websiteId, social.defaultLocation};
}

Result<QList<Id>> addConsultants(const Database &db)
{
    ConsultantRepository consultants(db);
    QList<Id> consultantIds;
    for (const char *name : {"Thorsten Ising", "Frank Michna"}) {
        Consultant c;
        c.name = QString::fromUtf8(name);
        c.profile = QStringLiteral("Digital-Experte");
        auto id = consultants.insert(c);
        if (!id)
            return id.error();
        consultantIds << *id;
    }
    return consultantIds;
}

// The days by date.
Result<QHash<QDate, Id>> addDays(const Database &db, const DemoFormats &formats,
                                 const QList<Id> &consultantIds)
{
    DayService dayService(db);
    QHash<QDate, Id> dayIds;
    const QList<QPair<Id, QDate>> plannedDays{{formats.social, QDate(2021, 3, 25)},
                                              {formats.website, QDate(2024, 5, 23)},
                                              {formats.website, QDate(2024, 6, 13)}};
    for (const auto &[formatId, date] : plannedDays) {
        ConsultationDay day;
        day.formatId = formatId;
        day.date = date;
        day.location = formats.location;
        day.hours = {9 * 60, 16 * 60};
        day.slotMinutes = 60;
        day.consultants = {{consultantIds.at(0), QStringLiteral("Raum 1.12"), std::nullopt},
                           {consultantIds.at(1), QStringLiteral("Raum 1.14"), std::nullopt}};
        auto created = dayService.create(day);
        if (!created)
            return created.error();
        dayIds.insert(date, created->id);
    }
    return dayIds;
}

BookingRequest requestFor(const DemoBooking &b, Id slotId)
{
    BookingRequest request;
    request.slotId = slotId;
    request.company.name = QString::fromUtf8(b.company);
    request.company.street = QString::fromUtf8(b.street);
    request.company.postcode = QString::fromUtf8(b.postcode);
    request.company.city = QString::fromUtf8(b.city);
    Contact contact;
    contact.salutation = b.salutation;
    contact.title = QString::fromUtf8(b.title);
    contact.firstName = QString::fromUtf8(b.firstName);
    contact.lastName = QString::fromUtf8(b.lastName);
    contact.email = QString::fromUtf8(b.email);
    request.contact = contact;
    request.topic = QString::fromUtf8(b.topic);
    request.actor = QStringLiteral("demo");
    return request;
}

Result<int> addBookings(const Database &db, const QHash<QDate, Id> &dayIds, const QList<Id> &consultantIds)
{
    BookingService bookingService(db);
    int booked = 0;
    for (const DemoBooking &b : kBookings) {
        auto slotId = slotAt(db, dayIds.value(b.date), consultantIds.at(b.consultantIndex), b.hour * 60);
        if (!slotId)
            return slotId.error();
        if (auto made = bookingService.book(requestFor(b, *slotId)); !made)
            return made.error();
        ++booked;
    }
    return booked;
}

} // namespace

Result<DemoSummary> loadDemoData(const Database &db)
{
    WriteTransaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    if (Status s = refuseUnlessEmpty(db); !s)
        return s.error();
    if (Status s = addOrganisation(db); !s)
        return s.error();
    auto formats = addFormats(db);
    if (!formats)
        return formats.error();
    auto consultantIds = addConsultants(db);
    if (!consultantIds)
        return consultantIds.error();
    auto dayIds = addDays(db, *formats, *consultantIds);
    if (!dayIds)
        return dayIds.error();
    auto bookings = addBookings(db, *dayIds, *consultantIds);
    if (!bookings)
        return bookings.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    DemoSummary summary;
    summary.formats = 2;
    summary.consultants = static_cast<int>(consultantIds->size());
    summary.days = static_cast<int>(dayIds->size());
    summary.bookings = *bookings;
    return summary;
}

} // namespace Sprechtag
