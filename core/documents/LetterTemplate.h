// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Sprechtag {

// The German wording of the confirmation letter. It is document content, not program text (the letter
// goes to German companies whatever language the program runs in), so it is not translated; all of it is
// kept here. Patterns use %1, %2 and are filled with fillPlaceholders() (one pass, user text is never
// re-scanned).
struct LetterWording
{
    QString contactPerson = QStringLiteral("Ihr Ansprechpartner");
    QString phone = QStringLiteral("Telefon");
    QString email = QStringLiteral("E-Mail");
    QString date = QStringLiteral("Datum");
    QString subject = QStringLiteral("Terminbestätigung: %1 am %2");
    QString closing = QStringLiteral("Mit freundlichen Grüßen");
    QString pageOf = QStringLiteral("Seite %1 von %2");
    QString continuationHeader = QStringLiteral("Terminbestätigung für %1 vom %2");
    QString salutationFrau = QStringLiteral("Sehr geehrte Frau %1,");
    QString salutationHerr = QStringLiteral("Sehr geehrter Herr %1,");
    QString salutationNeutral = QStringLiteral("Guten Tag %1,");
    QString salutationGeneral = QStringLiteral("Sehr geehrte Damen und Herren,");
    QString addressFrau = QStringLiteral("Frau");
    QString addressHerr = QStringLiteral("Herr");
    QString ihkContactPhone = QStringLiteral("Telefon %1");
    QString ihkContactEmail = QStringLiteral("E-Mail %1");
    QString videoOnly = QStringLiteral("online: %1");
    QString placeAndVideo = QStringLiteral("%1 oder online: %2");
    QString dayFileName = QStringLiteral("Terminbestaetigungen");
    // For a format without a letter text of its own.
    QString defaultBody = QStringLiteral(
        "vielen Dank für Ihre Anmeldung zum {format}. Wir bestätigen Ihnen folgenden Termin:\n\n"
        "{weekday_date}, {start}–{end} Uhr\nBerater/in: {consultant}\nOrt: {place}\n\n"
        "Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis {deadline} ab, damit "
        "wir ihn weitergeben können.");
};

const LetterWording &letterWording();

// The placeholders a letter body may contain, with braces: "{company}", "{format}", ...
QStringList knownPlaceholders();
// Placeholders in the body that are not known ("{firma}"), each once, in order of appearance; so that a
// typo is reported when the body is saved instead of being printed.
QStringList unknownPlaceholders(const QString &body);
// Replaces the known placeholders in one pass. The values are plain text and never scanned for
// placeholders again; unknown placeholders stay as they are.
QString fillTemplate(const QString &body, const LetterData &letter);

// "Sehr geehrte Frau Dr. Muster," / "Sehr geehrter Herr Muster," / "Guten Tag Alex Muster," (no
// salutation known) / "Sehr geehrte Damen und Herren," (no contact person).
QString salutationFor(const std::optional<Contact> &contact);
// The contact's line in the address: "Frau Dr. Erika Mustermann", "Alex Muster".
QString addressNameLine(const Contact &contact);
// The address field's recipient lines without blank lines: company, contact, street, postcode and city.
QStringList recipientLines(const LetterData &letter);
// "Terminbestätigung: Social Media Sprechtag am 25.03.2021" (no full stop).
QString letterSubject(const LetterData &letter);

// Values of the placeholders, also used by the letter's layout.
// "Donnerstag, 25. März 2021"
QString weekdayDateText(const QDate &date);
// Location and room, or the video link.
QString placeText(const LetterData &letter);
// The booking deadline as 25.03.2021; without one (or when it has already passed on the letter's date),
// the last working day before the appointment.
QString deadlineText(const LetterData &letter);
// The IHK's contact person for the format, falling back to the organisation's phone and e-mail.
QString ihkContactText(const LetterData &letter);
QString senderPhone(const LetterData &letter);
QString senderEmail(const LetterData &letter);
// The typed name under the closing: the format's contact person, else the organisation.
QString signatureName(const LetterData &letter);
// The date in the information block (letterDate, or today).
QDate effectiveLetterDate(const LetterData &letter);

// "2021-03-25_1000_Mueller-Soehne-GmbH.pdf"
QString suggestedLetterFileName(const LetterData &letter);
// "2021-03-25_Terminbestaetigungen.pdf"
QString suggestedDayLettersFileName(const QDate &date);

} // namespace Sprechtag
