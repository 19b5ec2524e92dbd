<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sprechtag::AboutDialog</name>
    <message>
        <source>About Sprechtag</source>
        <translation>Über Sprechtag</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plans consultation days, books companies into their slots and keeps everything in one file.</source>
        <translation>Plant Sprechtage, bucht Unternehmen in ihre Termine und hält alles in einer Datei.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running with Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>License: GNU General Public License, version 3 or later (GPL-3.0-or-later). Sprechtag comes with no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Sprechtag wird ohne Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
</context>
<context>
    <name>Sprechtag::AccessReport</name>
    <message>
        <source>Access report (Art. 15 GDPR)</source>
        <translation>Auskunft (Art. 15 DSGVO)</translation>
    </message>
    <message>
        <source>Everything stored about %1, as of %2.</source>
        <translation>Alles, was über %1 gespeichert ist, Stand %2.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Sprechtag::App</name>
    <message>
        <source>Sprechtag</source>
        <translation>Sprechtag</translation>
    </message>
</context>
<context>
    <name>Sprechtag::AuditLogDialog</name>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by staff member, record, action or field</source>
        <translation>Nach Sachbearbeiter/in, Datensatz, Aktion oder Feld filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n Eintrag angezeigt</numerusform>
            <numerusform>%n Einträge angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changed which record and when. The log names the changed fields, never their values, and cannot be changed.</source>
        <translation>Wer welchen Datensatz wann geändert hat. Das Protokoll nennt die geänderten Felder, nie deren Werte, und kann nicht verändert werden.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>Sprechtag::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Backups</name>
    <message>
        <source>this is the database file itself, not a backup of it</source>
        <translation>das ist die Datenbankdatei selbst, keine Sicherung davon</translation>
    </message>
    <message>
        <source>the database file was moved or deleted while it was open</source>
        <translation>die Datenbankdatei wurde verschoben oder gelöscht, während sie geöffnet war</translation>
    </message>
    <message>
        <source>the database&apos;s side files (-wal, -shm, -journal) could not be used; check the folder of the database</source>
        <translation>die Begleitdateien der Datenbank (-wal, -shm, -journal) konnten nicht verwendet werden; bitte prüfen Sie den Ordner der Datenbank</translation>
    </message>
    <message>
        <source>SQLite refused to write the copy into it (code %1)</source>
        <translation>SQLite hat das Schreiben der Sicherung abgelehnt (Code %1)</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingCommands</name>
    <message>
        <source>Book %1</source>
        <translation>%1 buchen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verlegen</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingDetailsPanel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Visits of this company</source>
        <translation>Besuche dieses Unternehmens</translation>
    </message>
    <message>
        <source>No booking selected</source>
        <translation>Keine Buchung ausgewählt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>not yet produced</source>
        <translation>noch nicht erstellt</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingDialog</name>
    <message>
        <source>Book Slot</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Buchen</translation>
    </message>
    <message>
        <source>Edit Booking</source>
        <translation>Buchung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Berater/in:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Type to search known companies</source>
        <translation>Namen eingeben, um bekannte Unternehmen zu suchen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Known company: the address is taken from the company records.</source>
        <translation>Bekanntes Unternehmen: Die Anschrift wird aus den Unternehmensdaten übernommen.</translation>
    </message>
    <message>
        <source>Book a second slot on the same day anyway</source>
        <translation>Trotzdem einen zweiten Termin am selben Tag buchen</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>St&amp;raße:</translation>
    </message>
    <message>
        <source>P&amp;ostcode, city:</source>
        <translation>Postleitzahl, &amp;Ort:</translation>
    </message>
    <message>
        <source>Contact Person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>T&amp;opic and questions:</source>
        <translation>The&amp;ma und Fragen:</translation>
    </message>
    <message>
        <source>online: %1</source>
        <translation>online: %1</translation>
    </message>
    <message>
        <source>The booking&apos;s company was not found.</source>
        <translation>Das Unternehmen der Buchung wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>Neue/r Ansprechpartner/in</translation>
    </message>
    <message>
        <source>%1 already has a slot on this day: %2 with %3.</source>
        <translation>%1 hat an diesem Tag bereits einen Termin: %2 Uhr bei %3.</translation>
    </message>
    <message>
        <source>%1 already has a slot on this day. Tick &quot;Book a second slot on the same day anyway&quot; to book another one, or choose another slot.</source>
        <translation>%1 hat an diesem Tag bereits einen Termin. Setzen Sie das Häkchen bei „Trotzdem einen zweiten Termin am selben Tag buchen“, um einen weiteren Termin zu buchen, oder wählen Sie einen anderen Termin.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingService</name>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Use cancel to cancel a booking.</source>
        <translation>Bitte verwenden Sie zum Stornieren einer Buchung die Funktion „Stornieren“.</translation>
    </message>
    <message>
        <source>Move the booking instead of changing its company.</source>
        <translation>Bitte verlegen Sie die Buchung, statt ihr Unternehmen zu ändern.</translation>
    </message>
    <message>
        <source>Please enter a first or last name.</source>
        <translation>Bitte geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 benötigt einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unbekannte Option --%1.</translation>
    </message>
    <message>
        <source>See &quot;sprechtag --help&quot;.</source>
        <translation>Siehe „sprechtag --help“.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid; please write YYYY-MM-DD.</source>
        <translation>Das Datum „%1“ ist ungültig; bitte geben Sie es im Format JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>Example data loaded: %1 formats, %2 consultants, %3 consultation days, %4 bookings.</source>
        <translation>Beispieldaten geladen: %1 Formate, %2 Berater/innen, %3 Sprechtage, %4 Buchungen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>book needs --%1.</source>
        <translation>book benötigt --%1.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not valid; please write HH:MM.</source>
        <translation>Die Uhrzeit „%1“ ist ungültig; bitte geben Sie sie im Format HH:MM an.</translation>
    </message>
    <message>
        <source>The salutation must be Frau, Herr or none.</source>
        <translation>Die Anrede muss Frau, Herr oder none lauten.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 %3–%4 with %5.</source>
        <translation>Gebucht: %1, %2 %3–%4 Uhr bei %5.</translation>
    </message>
    <message>
        <source>cancel needs exactly one booking number.</source>
        <translation>cancel benötigt genau eine Buchungsnummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking number.</source>
        <translation>„%1“ ist keine Buchungsnummer.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3 with %4. The slot is free again.</source>
        <translation>Storniert: %1, %2 %3 Uhr bei %4. Der Termin ist wieder frei.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on the waiting list could take this slot.</source>
        <translation>
            <numerusform>%n Anfrage auf der Warteliste kommt für diesen Termin in Frage.</numerusform>
            <numerusform>%n Anfragen auf der Warteliste kommen für diesen Termin in Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <translation>backup benötigt --output DATEI.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database file itself.</source>
        <translation>Die Sicherung kann nicht die Datenbankdatei selbst ersetzen.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Die Sicherung wurde nach %1 geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>The database %1 is sound (schema version %2).</source>
        <translation>Die Datenbank %1 ist in Ordnung (Schemaversion %2).</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The language must be de or en.</source>
        <translation>Die Sprache muss de oder en sein.</translation>
    </message>
    <message>
        <source>export needs --output FILE.csv, FILE.xlsx or FILE.ics.</source>
        <translation>export benötigt --output DATEI.csv, DATEI.xlsx oder DATEI.ics.</translation>
    </message>
    <message>
        <source>--from must not lie after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n Buchung nach %1 exportiert.</numerusform>
            <numerusform>%n Buchungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>letters needs either --booking ID or --date DATE.</source>
        <translation>letters benötigt entweder --booking ID oder --date DATUM.</translation>
    </message>
    <message>
        <source>--format goes with --date only.</source>
        <translation>--format ist nur zusammen mit --date möglich.</translation>
    </message>
    <message>
        <source>letters needs --output FILE.pdf.</source>
        <translation>letters benötigt --output DATEI.pdf.</translation>
    </message>
    <message>
        <source>There are no active bookings on %1.</source>
        <translation>Am %1 gibt es keine aktiven Buchungen.</translation>
    </message>
    <message>
        <source>There are no active bookings of %1 on %2.</source>
        <translation>Für „%1“ gibt es am %2 keine aktiven Buchungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation letter(s) written to %1.</source>
        <translation>
            <numerusform>%n Terminbestätigung nach %1 geschrieben.</numerusform>
            <numerusform>%n Terminbestätigungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>There are several consultation days on %1 (%2); please choose one with --format NAME.</source>
        <translation>Am %1 gibt es mehrere Sprechtage (%2); bitte wählen Sie einen mit --format NAME aus.</translation>
    </message>
    <message>
        <source>Day plan of %1 on %2 written to %3.</source>
        <translation>Tagesplan für „%1“ am %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>backup takes either --output or --list.</source>
        <translation>backup erwartet entweder --output oder --list.</translation>
    </message>
    <message>
        <source>restore needs --from FILE.</source>
        <translation>restore benötigt --from DATEI.</translation>
    </message>
    <message>
        <source>Restored from %1. The state before is kept in %2.</source>
        <translation>Aus %1 wiederhergestellt. Der vorherige Stand bleibt in %2 erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies are called &quot;%1&quot;; please rename one of them in the app first.</source>
        <translation>
            <numerusform>%n Unternehmen heißt „%1“; bitte benennen Sie zuerst eines davon in der Anwendung um.</numerusform>
            <numerusform>%n Unternehmen heißen „%1“; bitte benennen Sie zuerst eines davon in der Anwendung um.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons are called &quot;%1&quot;; please give the e-mail address instead.</source>
        <translation>
            <numerusform>%n Ansprechpartner/in heißt „%1“; bitte geben Sie stattdessen die E-Mail-Adresse an.</numerusform>
            <numerusform>%n Ansprechpartner/innen heißen „%1“; bitte geben Sie stattdessen die E-Mail-Adresse an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please name either --company NAME or --contact NAME.</source>
        <translation>Bitte geben Sie entweder --company NAME oder --contact NAME an.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>privacy report needs --output FILE.csv or FILE.pdf.</source>
        <translation>privacy report benötigt --output DATEI.csv oder DATEI.pdf.</translation>
    </message>
    <message>
        <source>Access report about %1 written to %2.</source>
        <translation>Auskunft über %1 nach %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is anonymised and now appears as &quot;%2&quot;. %n booking(s) stay in the statistics without personal data.</source>
        <translation>
            <numerusform>%1 ist anonymisiert und erscheint jetzt als „%2“. %n Buchung bleibt ohne personenbezogene Daten in der Statistik.</numerusform>
            <numerusform>%1 ist anonymisiert und erscheint jetzt als „%2“. %n Buchungen bleiben ohne personenbezogene Daten in der Statistik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: old copies in its journal are overwritten once it closes it.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet: Alte Kopien in ihrem Journal werden erst überschrieben, wenn es die Datenbank schließt.</translation>
    </message>
    <message>
        <source>Older backups and letters already sent still contain the data.</source>
        <translation>Ältere Sicherungen und bereits verschickte Briefe enthalten die Daten weiterhin.</translation>
    </message>
    <message>
        <source>--months needs a number of months from 0 (off) to 1200.</source>
        <translation>--months benötigt eine Anzahl von Monaten zwischen 0 (aus) und 1200.</translation>
    </message>
    <message>
        <source>No retention period is set, so nothing is anonymised automatically. Set one with --months N.</source>
        <translation>Es ist keine Aufbewahrungsfrist festgelegt, daher wird nichts automatisch anonymisiert. Legen Sie eine mit --months N fest.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n month(s) after the day; it reaches everything before %1.</source>
        <translation>
            <numerusform>Aufbewahrungsfrist: %n Monat nach dem Termin; sie erfasst alles vor dem %1.</numerusform>
            <numerusform>Aufbewahrungsfrist: %n Monate nach dem Termin; sie erfasst alles vor dem %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: %1 companies, %2 contact persons; %3 old bookings without topic and reason for cancelling.</source>
        <translation>Anonymisiert: %1 Unternehmen, %2 Ansprechpartner/innen; %3 alte Buchungen ohne Anliegen und Stornierungsgrund.</translation>
    </message>
    <message>
        <source>Would anonymise: %1 companies, %2 contact persons; %3 old bookings would lose topic and reason for cancelling. Run with --apply to do it.</source>
        <translation>Würde anonymisieren: %1 Unternehmen, %2 Ansprechpartner/innen; %3 alte Buchungen würden Anliegen und Stornierungsgrund verlieren. Rufen Sie den Befehl mit --apply auf, um dies auszuführen.</translation>
    </message>
    <message>
        <source>privacy needs one of: report, erase, retention.</source>
        <translation>privacy erwartet eines von: report, erase, retention.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; lies outside %2 to %3; please check the year.</source>
        <translation>Das Datum „%1“ liegt außerhalb von %2 bis %3; bitte prüfen Sie die Jahreszahl.</translation>
    </message>
    <message>
        <source>backup --output FILE
backup [--list]</source>
        <translation>backup --output DATEI
backup [--list]</translation>
    </message>
    <message>
        <source>write a checked, consistent copy of the database</source>
        <translation>eine geprüfte, konsistente Kopie der Datenbank schreiben</translation>
    </message>
    <message>
        <source>backup --output FILE writes the copy to FILE.
backup alone makes a new checked backup in the folder Sicherungen next to the database and prints its file name.
backup --list lists the backups (made, kind, bytes, bookings, ok/unusable, file).</source>
        <translation>backup --output DATEI schreibt die Kopie nach DATEI.
backup allein legt im Ordner Sicherungen neben der Datenbank eine neue, geprüfte Sicherung an und gibt ihren Dateinamen aus.
backup --list listet die Sicherungen auf (angelegt, Art, Bytes, Buchungen, ok/unusable, Datei).</translation>
    </message>
    <message>
        <source>book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]
     [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
     [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
     [--allow-second-slot]</source>
        <translation>book --date DATUM --time HH:MM --consultant NAME --company NAME [--format NAME]
     [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
     [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
     [--allow-second-slot]</translation>
    </message>
    <message>
        <source>book a slot; prints the booking number</source>
        <translation>einen Termin buchen; gibt die Buchungsnummer aus</translation>
    </message>
    <message>
        <source>The slot is the one of the consultant at that time on that date (of the format, when several days share the date).
--allow-second-slot books a company that already has a slot that day.</source>
        <translation>Gebucht wird der Termin des Beraters oder der Beraterin zu dieser Uhrzeit an diesem Datum (beim angegebenen Format, wenn mehrere Sprechtage auf das Datum fallen).
--allow-second-slot bucht ein Unternehmen, das an diesem Tag bereits einen Termin hat.</translation>
    </message>
    <message>
        <source>Briefing sheets of %1 on %2 written to %3.</source>
        <translation>Laufzettel für „%1“ am %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>briefing --date DATE [--format NAME] [--consultant NAME] --output FILE.pdf</source>
        <translation>briefing --date DATUM [--format NAME] [--consultant NAME] --output DATEI.pdf</translation>
    </message>
    <message>
        <source>briefing sheets for the consultants as PDF</source>
        <translation>Laufzettel für die Berater/innen als PDF erstellen</translation>
    </message>
    <message>
        <source>One section per consultant of the day: each booked company with its contact person, topic and earlier visits.
--consultant NAME: only that consultant&apos;s sheets. --format NAME chooses the day when several share the date.</source>
        <translation>Ein Abschnitt je Berater/in des Tages: jedes gebuchte Unternehmen mit Ansprechpartner/in, Anliegen und früheren Besuchen.
--consultant NAME: nur die Laufzettel dieses Beraters oder dieser Beraterin. --format NAME wählt den Sprechtag, wenn mehrere auf dasselbe Datum fallen.</translation>
    </message>
    <message>
        <source>cancel ID [--reason TEXT]</source>
        <translation>cancel ID [--reason TEXT]</translation>
    </message>
    <message>
        <source>cancel a booking</source>
        <translation>eine Buchung stornieren</translation>
    </message>
    <message>
        <source>ID is the booking number that book printed. The slot is free again at once.</source>
        <translation>ID ist die Buchungsnummer, die book ausgegeben hat. Der Termin ist sofort wieder frei.</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>die Integrität der Datenbank prüfen</translation>
    </message>
    <message>
        <source>Problems found are listed on standard output, one a line; the exit code is then 3.</source>
        <translation>Gefundene Probleme werden auf der Standardausgabe aufgelistet, eines je Zeile; der Rückgabewert ist dann 3.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 benötigt --%2.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Backups (in the folder Sicherungen next to the database)</source>
        <translation>Sicherungen (im Ordner Sicherungen neben der Datenbank)</translation>
    </message>
    <message>
        <source>Privacy (GDPR)</source>
        <translation>Datenschutz (DSGVO)</translation>
    </message>
    <message>
        <source>Usage:
  sprechtag [--database FILE] [--language de|en]      the desktop app
  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window
  sprechtag COMMAND --help                            help for one command
</source>
        <translation>Aufruf:
  sprechtag [--database DATEI] [--language de|en]     die Desktop-Anwendung
  sprechtag [--database DATEI] BEFEHL [OPTIONEN]      dieselbe Arbeit ohne Fenster
  sprechtag BEFEHL --help                             Hilfe zu einem Befehl
</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.
Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.
Default database: %1
</source>
        <translation>Datumsangaben als JJJJ-MM-TT, Uhrzeiten als HH:MM; bei Namen wird nicht zwischen Groß- und Kleinschreibung unterschieden.
Rückgabewerte: 0 erledigt, 1 falscher Aufruf, 2 durch eine Regel abgelehnt oder nicht gefunden, 3 Speicherproblem.
Standarddatenbank: %1
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Consultant &quot;%1&quot; added.</source>
        <translation>Berater/in „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Consultant &quot;%1&quot; changed.</source>
        <translation>Berater/in „%1“ geändert.</translation>
    </message>
    <message>
        <source>consultant list [--archived]
consultant add --name NAME [OPTIONS]
consultant change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</source>
        <translation>consultant list [--archived]
consultant add --name NAME [OPTIONEN]
consultant change --name NAME [--new-name NAME] [OPTIONEN] [--archive | --restore]</translation>
    </message>
    <message>
        <source>list, add or change consultants</source>
        <translation>Berater/innen auflisten, anlegen oder ändern</translation>
    </message>
    <message>
        <source>list prints one consultant a line, tab-separated: name, title, organisation, e-mail,
phone, active|archived (--archived lists archived consultants too).
Options of add and change:
  --title TITLE  --organisation NAME  --email ADDRESS  --phone PHONE
  --profile TEXT               what the consultant advises on (briefing sheet)
change changes only the options given; --archive stops offering the consultant for new
days, --restore offers them again. Names match however they are written.</source>
        <translation>list gibt je Zeile eine/n Berater/in aus, durch Tabulatoren getrennt: Name, Titel, Organisation, E-Mail,
Telefon, active|archived (--archived listet auch archivierte Berater/innen auf).
Optionen von add und change:
  --title TITEL  --organisation NAME  --email ADRESSE  --phone TELEFON
  --profile TEXT               Beratungsschwerpunkte (für den Laufzettel)
change ändert nur die angegebenen Optionen; mit --archive wird die Person nicht mehr für neue
Sprechtage angeboten, mit --restore wieder. Namen gelten als gleich, wie auch immer sie geschrieben sind.</translation>
    </message>
    <message>
        <source>--slot needs a number of minutes.</source>
        <translation>--slot benötigt eine Anzahl von Minuten.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation day(s) of %1 created: %2.</source>
        <translation>
            <numerusform>%n Sprechtag für %1 angelegt: %2.</numerusform>
            <numerusform>%n Sprechtage für %1 angelegt: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 is called off; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>„%1“ am %2 ist abgesagt; %n Buchung storniert.</numerusform>
            <numerusform>„%1“ am %2 ist abgesagt; %n Buchungen storniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>day needs one of: create, cancel.</source>
        <translation>day erwartet eines von: create, cancel.</translation>
    </message>
    <message>
        <source>day create --format NAME --date DATE [--date DATE ...] [--from HH:MM] [--to HH:MM]
           [--slot MIN] [--consultant NAME[@ROOM] ...] [--location TEXT]
day cancel --date DATE [--format NAME] [--reason TEXT]</source>
        <translation>day create --format NAME --date DATUM [--date DATUM ...] [--from HH:MM] [--to HH:MM]
           [--slot MIN] [--consultant NAME[@RAUM] ...] [--location TEXT]
day cancel --date DATUM [--format NAME] [--reason TEXT]</translation>
    </message>
    <message>
        <source>create consultation days; call a day off</source>
        <translation>Sprechtage anlegen; einen Sprechtag absagen</translation>
    </message>
    <message>
        <source>create: one day of the format on each --date, all or none; hours, slot length and place are the format&apos;s unless given. Each --consultant is present all day, in ROOM when given. Prints the new days&apos; numbers.
cancel: cancels the day&apos;s bookings (listed on standard output: number, time, consultant, company) and then the day, all or nothing; refused while a booking has a recorded outcome. --format NAME chooses the day when several share the date.</source>
        <translation>create: ein Sprechtag des Formats an jedem --date, alle oder keiner; Sprechzeiten, Termindauer und Ort wie beim Format, sofern nicht angegeben. Jede mit --consultant genannte Person ist den ganzen Tag anwesend, in RAUM, wenn angegeben. Gibt die Nummern der neuen Sprechtage aus.
cancel: storniert die Buchungen des Tages (aufgelistet auf der Standardausgabe: Nummer, Uhrzeit, Berater/in, Unternehmen) und sagt dann den Sprechtag ab, alles oder nichts; abgelehnt, solange für eine Buchung bereits die Teilnahme erfasst ist. --format NAME wählt den Sprechtag, wenn mehrere auf dasselbe Datum fallen.</translation>
    </message>
    <message>
        <source>days [--from DATE] [--to DATE]</source>
        <translation>days [--from DATUM] [--to DATUM]</translation>
    </message>
    <message>
        <source>list consultation days (date, format, place, consultants, booked/total)</source>
        <translation>Sprechtage auflisten (Datum, Format, Ort, Berater/innen, gebucht/gesamt)</translation>
    </message>
    <message>
        <source>One day a line, tab-separated: date, format, place, consultants, booked/total slots, status.
--from and --to limit the dates (both included).</source>
        <translation>Ein Sprechtag je Zeile, durch Tabulatoren getrennt: Datum, Format, Ort, Berater/innen, gebuchte/gesamte Termine, Status.
--from und --to begrenzen den Zeitraum (beide einschließlich).</translation>
    </message>
    <message>
        <source>load the example data into an empty database</source>
        <translation>Beispieldaten in eine leere Datenbank laden</translation>
    </message>
    <message>
        <source>Door signs of %1 on %2 written to %3.</source>
        <translation>Türschilder für „%1“ am %2 nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>doorsign --date DATE [--format NAME] [--with-companies] --output FILE.pdf</source>
        <translation>doorsign --date DATUM [--format NAME] [--with-companies] --output DATEI.pdf</translation>
    </message>
    <message>
        <source>door signs as PDF</source>
        <translation>Türschilder als PDF erstellen</translation>
    </message>
    <message>
        <source>One page per consultant of the day: format, consultant, room, date and hours.
--with-companies adds the booked companies by time. --format NAME chooses the day when several share the date.</source>
        <translation>Eine Seite je Berater/in des Tages: Format, Berater/in, Raum, Datum und Sprechzeiten.
--with-companies ergänzt die gebuchten Unternehmen nach Uhrzeit. --format NAME wählt den Sprechtag, wenn mehrere auf dasselbe Datum fallen.</translation>
    </message>
    <message>
        <source>export [--from DATE] [--to DATE] [--format NAME] [--consultant NAME]
       [--include-cancelled] --output FILE.csv|.xlsx|.ics</source>
        <translation>export [--from DATUM] [--to DATUM] [--format NAME] [--consultant NAME]
       [--include-cancelled] --output DATEI.csv|.xlsx|.ics</translation>
    </message>
    <message>
        <source>the booking list</source>
        <translation>die Buchungsliste exportieren</translation>
    </message>
    <message>
        <source>The type follows the file name: CSV for Excel, an Excel workbook or a calendar.
--from and --to limit the dates (both included); cancelled bookings only with --include-cancelled.</source>
        <translation>Die Art richtet sich nach dem Dateinamen: CSV für Excel, eine Excel-Arbeitsmappe oder ein Kalender.
--from und --to begrenzen den Zeitraum (beide einschließlich); stornierte Buchungen nur mit --include-cancelled.</translation>
    </message>
    <message>
        <source>--slot takes the slot length in minutes, such as 30.</source>
        <translation>--slot erwartet die Termindauer in Minuten, etwa 30.</translation>
    </message>
    <message>
        <source>Format &quot;%1&quot; added.</source>
        <translation>Format „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Format &quot;%1&quot; changed.</source>
        <translation>Format „%1“ geändert.</translation>
    </message>
    <message>
        <source>format list [--archived]
format add --name NAME [--from HH:MM] [--to HH:MM] [--slot MIN] [OPTIONS]
format change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</source>
        <translation>format list [--archived]
format add --name NAME [--from HH:MM] [--to HH:MM] [--slot MIN] [OPTIONEN]
format change --name NAME [--new-name NAME] [OPTIONEN] [--archive | --restore]</translation>
    </message>
    <message>
        <source>list, add or change consultation day formats</source>
        <translation>Sprechtag-Formate auflisten, anlegen oder ändern</translation>
    </message>
    <message>
        <source>list prints one format a line, tab-separated: name, default hours, slot minutes, location,
partner, colour, active|archived (--archived lists archived formats too).
Options of add and change:
  --from HH:MM --to HH:MM      the default hours of new consultation days
  --slot MIN                   the default slot length in minutes
  --description TEXT  --partner NAME  --location PLACE
  --contact-name NAME  --contact-phone PHONE  --contact-email ADDRESS
  --letter-text TEXT           the text of the confirmation letter ({placeholders})
  --colour #RRGGBB             the colour its days are shown in
change changes only the options given; --archive stops offering the format for new
days, --restore offers it again. Names match however they are written; a second
format with the same name is refused.</source>
        <translation>list gibt je Zeile ein Format aus, durch Tabulatoren getrennt: Name, Standardzeiten, Termindauer in Minuten, Ort,
Partner, Farbe, active|archived (--archived listet auch archivierte Formate auf).
Optionen von add und change:
  --from HH:MM --to HH:MM      die Standardzeiten neuer Sprechtage
  --slot MIN                   die Standard-Termindauer in Minuten
  --description TEXT  --partner NAME  --location ORT
  --contact-name NAME  --contact-phone TELEFON  --contact-email ADRESSE
  --letter-text TEXT           der Text der Terminbestätigung ({Platzhalter})
  --colour #RRGGBB             die Farbe, in der seine Sprechtage angezeigt werden
change ändert nur die angegebenen Optionen; mit --archive wird das Format nicht mehr für neue
Sprechtage angeboten, mit --restore wieder. Namen gelten als gleich, wie auch immer sie geschrieben sind; ein zweites
Format mit demselben Namen wird abgelehnt.</translation>
    </message>
    <message>
        <source>letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf</source>
        <translation>letters (--booking ID | --date DATUM [--format NAME]) --output DATEI.pdf</translation>
    </message>
    <message>
        <source>confirmation letter(s) as PDF</source>
        <translation>Terminbestätigung(en) als PDF erstellen</translation>
    </message>
    <message>
        <source>--booking ID: the letter of one booking; --date DATE: the letters of every active booking that day (of one format with --format NAME), one PDF.
The bookings are marked as confirmed.</source>
        <translation>--booking ID: die Terminbestätigung einer Buchung; --date DATUM: die Terminbestätigungen aller aktiven Buchungen dieses Tages (mit --format NAME nur die eines Formats), in einer PDF-Datei.
Die Buchungen werden als bestätigt markiert.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 erwartet eines von: %2.</translation>
    </message>
    <message>
        <source>%1 %2 needs --name NAME.</source>
        <translation>%1 %2 benötigt --name NAME.</translation>
    </message>
    <message>
        <source>privacy report (--company NAME | --contact NAME) --output FILE.csv|.pdf
privacy erase (--company NAME | --contact NAME)
privacy retention [--months N] [--as-of DATE] [--apply]</source>
        <translation>privacy report (--company NAME | --contact NAME) --output DATEI.csv|.pdf
privacy erase (--company NAME | --contact NAME)
privacy retention [--months N] [--as-of DATUM] [--apply]</translation>
    </message>
    <message>
        <source>what is stored about a company or a person; anonymise them; the retention period</source>
        <translation>was über ein Unternehmen oder eine Person gespeichert ist; diese anonymisieren; die Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>report: everything stored about a company or a person, as CSV or PDF.
erase: anonymise them; their bookings stay countable.
retention: what the retention period would anonymise; --apply does it, --months N sets the period (0: off), --as-of DATE counts from another day than today.</source>
        <translation>report: alles, was über ein Unternehmen oder eine Person gespeichert ist, als CSV oder PDF.
erase: diese anonymisieren; ihre Buchungen bleiben zählbar.
retention: was die Aufbewahrungsfrist anonymisieren würde; --apply führt es aus, --months N legt die Frist fest (0: aus), --as-of DATUM rechnet von einem anderen Tag als heute aus.</translation>
    </message>
    <message>
        <source>restore --from FILE</source>
        <translation>restore --from DATEI</translation>
    </message>
    <message>
        <source>replace the data with a backup</source>
        <translation>die Daten durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>The state before is kept as a backup first (its file name is printed); an older backup is brought up to date.</source>
        <translation>Der vorherige Stand wird zuvor als Sicherung abgelegt (deren Dateiname wird ausgegeben); eine Sicherung aus einer älteren Version wird aktualisiert.</translation>
    </message>
    <message>
        <source>schedule --date DATE [--format NAME] --output FILE.pdf</source>
        <translation>schedule --date DATUM [--format NAME] --output DATEI.pdf</translation>
    </message>
    <message>
        <source>the day plan as PDF</source>
        <translation>den Tagesplan als PDF erstellen</translation>
    </message>
    <message>
        <source>--format NAME chooses the day when several share the date.</source>
        <translation>--format NAME wählt den Sprechtag, wenn mehrere auf dasselbe Datum fallen.</translation>
    </message>
    <message>
        <source>The sender of the letters was saved.</source>
        <translation>Der Absender der Briefe wurde gespeichert.</translation>
    </message>
    <message>
        <source>settings sender [--organisation NAME] [--department NAME] [--street S]
                [--postcode Z] [--city C] [--phone P] [--email E] [--website URL]</source>
        <translation>settings sender [--organisation NAME] [--department NAME] [--street S]
                [--postcode Z] [--city C] [--phone P] [--email E] [--website URL]</translation>
    </message>
    <message>
        <source>show or change the sender of every letter</source>
        <translation>den Absender aller Briefe anzeigen oder ändern</translation>
    </message>
    <message>
        <source>Without options, prints the stored sender, one field a line: the option&apos;s name, a tab,
the value. With options, changes only the fields given; an implausible phone number or
e-mail address is refused.</source>
        <translation>Ohne Optionen wird der gespeicherte Absender ausgegeben, ein Feld je Zeile: der Name der Option, ein Tabulator,
der Wert. Mit Optionen werden nur die angegebenen Felder geändert; eine unplausible Telefonnummer oder
E-Mail-Adresse wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ColourButton</name>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Choose Colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompaniesDialog</name>
    <message>
        <source>Companies and Contact Persons</source>
        <translation>Unternehmen und Ansprechpartner/innen</translation>
    </message>
    <message>
        <source>&amp;New Company</source>
        <translation>Neues &amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Remove Company…</source>
        <translation>Unternehmen &amp;entfernen…</translation>
    </message>
    <message>
        <source>Save the company and the contact person being edited</source>
        <translation>Unternehmen und bearbeitete/n Ansprechpartner/in speichern</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Postcode, ci&amp;ty:</source>
        <translation>Postleitzahl, &amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>S&amp;traße:</translation>
    </message>
    <message>
        <source>IHK mem&amp;bership number:</source>
        <translation>IHK-&amp;Mitgliedsnummer:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>R&amp;estore Company</source>
        <translation>Unternehmen wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Remove company</source>
        <translation>Unternehmen entfernen</translation>
    </message>
    <message>
        <source>Remove %1? A company with bookings or waitlist entries is archived and kept for the history; one without is deleted together with its contact persons.</source>
        <translation>%1 entfernen? Ein Unternehmen mit Buchungen oder Wartelisteneinträgen wird archiviert und bleibt für die Historie erhalten; eines ohne wird mitsamt seinen Ansprechpartner/innen gelöscht.</translation>
    </message>
    <message>
        <source>Company archived</source>
        <translation>Unternehmen archiviert</translation>
    </message>
    <message>
        <source>%1 has bookings or waitlist entries and was therefore archived, not deleted. Its bookings stay in the history.</source>
        <translation>%1 hat Buchungen oder Wartelisteneinträge und wurde daher archiviert, nicht gelöscht. Die Buchungen bleiben in der Historie erhalten.</translation>
    </message>
    <message>
        <source>Company deleted</source>
        <translation>Unternehmen gelöscht</translation>
    </message>
    <message>
        <source>%1 had no bookings and was deleted together with its contact persons.</source>
        <translation>%1 hatte keine Buchungen und wurde mitsamt den Ansprechpartner/innen gelöscht.</translation>
    </message>
    <message>
        <source>Save the new company?</source>
        <translation>Das neue Unternehmen speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Save the new contact person?</source>
        <translation>Neue/n Ansprechpartner/in speichern?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompanyFinder</name>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Beginning of the company name</source>
        <translation>Anfang des Unternehmensnamens</translation>
    </message>
    <message>
        <source>Only the first %1 companies are listed; type the beginning of the name to find the others.</source>
        <translation>Es werden nur die ersten %1 Unternehmen angezeigt; geben Sie den Anfang des Namens ein, um die übrigen zu finden.</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ConsultantListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ConsultantsDialog</name>
    <message>
        <source>Consultants</source>
        <translation>Berater/innen</translation>
    </message>
    <message>
        <source>C&amp;onsultants:</source>
        <translation>&amp;Berater/innen:</translation>
    </message>
    <message>
        <source>What the consultant advises on, for the briefing sheet</source>
        <translation>Beratungsschwerpunkte, für das Briefing-Blatt</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be planned for new consultation days</source>
        <translation>A&amp;ktiv: kann für neue Sprechtage eingeplant werden</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;eu</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Entfe&amp;rnen…</translation>
    </message>
    <message>
        <source>Archive the consultant, or delete them when they were never planned for a consultation day</source>
        <translation>Berater/in archivieren oder, falls nie für einen Sprechtag eingeplant, löschen</translation>
    </message>
    <message>
        <source>Remove consultant</source>
        <translation>Berater/in entfernen</translation>
    </message>
    <message>
        <source>Remove %1? A consultant who is planned for a consultation day is archived and kept for the history; one who never was is deleted.</source>
        <translation>%1 entfernen? Wer für einen Sprechtag eingeplant ist, wird archiviert und bleibt für die Historie erhalten; wer nie eingeplant war, wird gelöscht.</translation>
    </message>
    <message>
        <source>Consultant archived</source>
        <translation>Berater/in archiviert</translation>
    </message>
    <message>
        <source>%1 is planned for consultation days and was therefore archived, not deleted. Their days and bookings stay unchanged; they are no longer offered for new days.</source>
        <translation>%1 ist für Sprechtage eingeplant und wurde daher archiviert, nicht gelöscht. Die Sprechtage und Buchungen bleiben unverändert; für neue Sprechtage wird %1 nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Consultant deleted</source>
        <translation>Berater/in gelöscht</translation>
    </message>
    <message>
        <source>%1 was never planned for a consultation day and was deleted.</source>
        <translation>%1 war nie für einen Sprechtag eingeplant und wurde gelöscht.</translation>
    </message>
    <message>
        <source>Save the new consultant?</source>
        <translation>Neue/n Berater/in speichern?</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ContactEditor</name>
    <message>
        <source>Contact persons</source>
        <translation>Ansprechpartner/innen</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-Mai&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>New C&amp;ontact</source>
        <translation>Neue/r Ans&amp;prechpartner/in</translation>
    </message>
    <message>
        <source>Archive Contact</source>
        <translation>Ansprechpartner/in archivieren</translation>
    </message>
    <message>
        <source>Restore Contact</source>
        <translation>Ansprechpartner/in wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ContactTableModel</name>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayDialog</name>
    <message>
        <source>New Consultation Days</source>
        <translation>Neue Sprechtage</translation>
    </message>
    <message>
        <source>Edit Consultation Day</source>
        <translation>Sprechtag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation>Datum &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>Datum entfernen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Slot &amp;length:</source>
        <translation>Termin&amp;dauer:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Breaks:</source>
        <translation>&amp;Pausen:</translation>
    </message>
    <message>
        <source>Add brea&amp;k</source>
        <translation>Pause hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove break</source>
        <translation>Pause entfernen</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Berater/innen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Place and Booking</source>
        <translation>Ort und Buchung</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>https://… (for online consultations)</source>
        <translation>https://… (für Online-Beratungen)</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>&amp;Videolink:</translation>
    </message>
    <message>
        <source>Bookings &amp;until</source>
        <translation>Buchungen b&amp;is</translation>
    </message>
    <message>
        <source>Booking deadline:</source>
        <translation>Buchungsschluss:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Room of this consultant (optional)</source>
        <translation>Raum des Beraters oder der Beraterin (optional)</translation>
    </message>
    <message>
        <source>Please choose a format; create one under Formats first.</source>
        <translation>Bitte wählen Sie ein Format aus; legen Sie dazu gegebenenfalls zuerst unter „Formate“ eines an.</translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation>Bitte fügen Sie mindestens ein Datum hinzu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n slot(s)</source>
        <translation>
            <numerusform>%1: %n Termin</numerusform>
            <numerusform>%1: %n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) in total</source>
        <translation>
            <numerusform>Insgesamt %n Termin</numerusform>
            <numerusform>Insgesamt %n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayGridModel</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayListModel</name>
    <message>
        <source>Past consultation days</source>
        <translation>Vergangene Sprechtage</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n Sprechtag)</numerusform>
            <numerusform>%1 (%n Sprechtage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayListPanel</name>
    <message>
        <source>Find company or person (Ctrl+F)</source>
        <translation>Unternehmen oder Person suchen (Strg+F)</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>No company or contact found</source>
        <translation>Keine Unternehmen oder Ansprechpartner/innen gefunden</translation>
    </message>
    <message>
        <source>no booking yet</source>
        <translation>noch keine Buchung</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayView</name>
    <message>
        <source>Select a consultation day on the left.</source>
        <translation>Bitte wählen Sie links einen Sprechtag aus.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DirectoryService</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists (names count as the same however they are written). Nothing was saved; please choose the existing entry.</source>
        <translation>„%1“ gibt es bereits (Namen gelten als gleich, wie auch immer sie geschrieben sind). Es wurde nichts gespeichert; bitte wählen Sie den vorhandenen Eintrag.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Domain</name>
    <message>
        <source>in planning</source>
        <translation>in Planung</translation>
    </message>
    <message>
        <source>open for booking</source>
        <translation>buchbar</translation>
    </message>
    <message>
        <source>held</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>wahrgenommen</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>nicht erschienen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Errors</name>
    <message>
        <source>The database file %1 cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden. Bitte prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sprechtag database. It was left unchanged.</source>
        <translation>Die Datei %1 ist keine Sprechtag-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Sprechtag. It was left unchanged.</source>
        <translation>Die Datei %1 ist eine Datenbank eines anderen Programms, nicht von Sprechtag. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The file %1 is empty and therefore not a Sprechtag database. It was left unchanged.</source>
        <translation>Die Datei %1 ist leer und daher keine Sprechtag-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was left unchanged; restore a backup.</source>
        <translation>Die Datenbankdatei %1 ist beschädigt. Sie wurde nicht verändert; bitte spielen Sie eine Sicherung zurück.</translation>
    </message>
    <message>
        <source>The database file %1 was written by a newer version of Sprechtag (schema %2, this version knows up to %3). Please update Sprechtag; the file was left unchanged.</source>
        <translation>Die Datenbankdatei %1 wurde von einer neueren Version von Sprechtag geschrieben (Schema %2, diese Version kennt höchstens Schema %3). Bitte aktualisieren Sie Sprechtag; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Nothing was changed.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database is being used by another workstation right now. Nothing was changed; please try again in a moment.</source>
        <translation>Die Datenbank wird gerade von einem anderen Arbeitsplatz benutzt. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Es wurde nichts geändert; bitte geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error). Nothing was changed.</source>
        <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The database reported an unexpected problem (code %1). Nothing was changed.</source>
        <translation>Die Datenbank hat ein unerwartetes Problem gemeldet (Code %1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was not found.</source>
        <translation>%1 „%2“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The slot on %1 at %2 with %3 is already booked by %4.</source>
        <translation>Der Termin am %1 um %2 Uhr bei %3 ist bereits von %4 gebucht.</translation>
    </message>
    <message>
        <source>The slot on %1 at %2 with %3 is blocked.</source>
        <translation>Der Termin am %1 um %2 Uhr bei %3 ist gesperrt.</translation>
    </message>
    <message>
        <source>There is no slot on %1 at %2 with %3.</source>
        <translation>Am %1 gibt es um %2 Uhr keinen Termin bei %3.</translation>
    </message>
    <message>
        <source>The consultation day %1 cannot be booked: it is %2.</source>
        <translation>Der Sprechtag am %1 kann nicht gebucht werden, da er den Status „%2“ hat.</translation>
    </message>
    <message>
        <source>%1 is already present at %2 on %3 (%4) and cannot be in two places at once.</source>
        <translation>%1 ist am %3 um %2 Uhr bereits anderweitig eingeplant (%4) und kann nicht an zwei Orten zugleich sein.</translation>
    </message>
    <message>
        <source>%1 already has a slot on %2 (%3 with %4). A second slot on the same day needs an explicit exception.</source>
        <translation>%1 hat am %2 bereits einen Termin (%3 Uhr bei %4). Ein zweiter Termin am selben Tag ist nur mit ausdrücklicher Ausnahme möglich.</translation>
    </message>
    <message>
        <source>The change was not made because these bookings would lose their slot: %1. Move or cancel them first.</source>
        <translation>Die Änderung wurde nicht vorgenommen, weil diese Buchungen ihren Termin verlieren würden: %1. Bitte verlegen oder stornieren Sie diese Buchungen zuerst.</translation>
    </message>
    <message>
        <source>There is already a %1 on %2.</source>
        <translation>Am %2 gibt es bereits einen Sprechtag „%1“.</translation>
    </message>
    <message>
        <source>Booking %1 is %2 and cannot be changed that way.</source>
        <translation>Die Buchung %1 hat den Status „%2“ und kann auf diese Weise nicht geändert werden.</translation>
    </message>
    <message>
        <source>Booking %1 is already cancelled.</source>
        <translation>Die Buchung %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by someone else. Nothing was overwritten; please look at the current state and try again.</source>
        <translation>%1 wurde zwischenzeitlich von einer anderen Person geändert. Es wurde nichts überschrieben; bitte prüfen Sie den aktuellen Stand und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database already contains data; the example data is only loaded into an empty database.</source>
        <translation>Die Datenbank enthält bereits Daten; die Beispieldaten werden nur in eine leere Datenbank geladen.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (%1). Nothing was changed.</source>
        <translation>Die Änderung verstößt gegen eine Regel der Datenbank (%1). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Unbekanntes Problem.</translation>
    </message>
    <message>
        <source>a rule of the data</source>
        <translation>eine Regel für die Daten</translation>
    </message>
    <message>
        <source>an entry with these values exists already</source>
        <translation>ein Eintrag mit diesen Werten ist bereits vorhanden</translation>
    </message>
    <message>
        <source>it refers to something that does not exist, or something else still refers to it</source>
        <translation>der Eintrag verweist auf etwas, das nicht existiert, oder etwas anderes verweist noch auf ihn</translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation>ein Wert liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>ein Pflichtwert fehlt</translation>
    </message>
    <message>
        <source>a consultant would be in two places at once</source>
        <translation>ein/e Berater/in wäre an zwei Orten zugleich</translation>
    </message>
    <message>
        <source>the slot is blocked or no longer offered</source>
        <translation>der Termin ist gesperrt oder wird nicht mehr angeboten</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write there and that there is free space.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden. Bitte prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>entries of the change log cannot be changed or deleted</source>
        <translation>Einträge des Änderungsprotokolls können nicht geändert oder gelöscht werden</translation>
    </message>
    <message>
        <source>%1 is a folder, a device or a pipe, not a database file. Nothing was opened; please choose the database file itself.</source>
        <translation>%1 ist ein Ordner, ein Gerät oder eine Pipe, keine Datenbankdatei. Es wurde nichts geöffnet; bitte wählen Sie die Datenbankdatei selbst.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 was not created. Please check the path; Sprechtag creates no folders except its own.</source>
        <translation>Der Ordner %1 existiert nicht, daher wurde die Datenbank %2 nicht angelegt. Bitte prüfen Sie den Pfad; Sprechtag legt außer seinem eigenen keine Ordner an.</translation>
    </message>
    <message>
        <source>The database file %1 was moved, replaced or deleted while Sprechtag had it open. Nothing was written; open the file again.</source>
        <translation>Die Datenbankdatei %1 wurde verschoben, ersetzt oder gelöscht, während Sprechtag sie geöffnet hatte. Es wurde nichts geschrieben; öffnen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file %1 could not be written because the disk is full. An earlier file of that name is unchanged; free some space and try again.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden, weil der Datenträger voll ist. Eine frühere Datei dieses Namens ist unverändert; bitte schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file %1 was written, but the database could not record that the confirmations were produced, so the bookings still show them as not produced. %2</source>
        <translation>Die Datei %1 wurde geschrieben, aber die Datenbank konnte nicht vermerken, dass die Bestätigungen erstellt wurden; die Buchungen zeigen sie daher weiter als nicht erstellt. %2</translation>
    </message>
    <message>
        <source>The file %1 does not have the structure of a Sprechtag database of schema %2 (%3). It was not used and was left unchanged.</source>
        <translation>Die Datei %1 hat nicht den Aufbau einer Sprechtag-Datenbank mit Schema %2 (%3). Sie wurde nicht verwendet und blieb unverändert.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written into the database %2: %3. The database was left as it was.</source>
        <translation>Die Sicherung %1 konnte nicht in die Datenbank %2 geschrieben werden: %3. Die Datenbank blieb, wie sie war.</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>Die Datei %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Export</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <source>Confirmation created at</source>
        <translation>Bestätigung erstellt am</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Berater/in: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Ansprechpartner/in: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Anliegen: %1</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Videolink: %1</translation>
    </message>
    <message>
        <source>Consultations: %1</source>
        <translation>Beratungen: %1</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Booking list</source>
        <translation>Buchungsliste</translation>
    </message>
    <message>
        <source>Too many bookings for one Excel worksheet.</source>
        <translation>Zu viele Buchungen für ein Excel-Arbeitsblatt.</translation>
    </message>
    <message>
        <source>Excel files are written by the library libxlsxwriter, which could not be loaded (%1). Please reinstall Sprechtag.</source>
        <translation>Excel-Dateien schreibt die Bibliothek libxlsxwriter, die nicht geladen werden konnte (%1). Bitte installieren Sie Sprechtag neu.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ExportDialog</name>
    <message>
        <source>Export booking list</source>
        <translation>Buchungsliste exportieren</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>Days &amp;from:</source>
        <translation>Sprechtage &amp;von:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Days &amp;until:</source>
        <translation>Sprechtage &amp;bis:</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Include &amp;cancelled bookings</source>
        <translation>&amp;Stornierte Buchungen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::FileDialogs</name>
    <message>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Sprechtag::FormatListModel</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>Sprechtag::FormatsDialog</name>
    <message>
        <source>Consultation Day Formats</source>
        <translation>Sprechtag-Formate</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Formate:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner organisation:</source>
        <translation>&amp;Partnerorganisation:</translation>
    </message>
    <message>
        <source>Default &amp;location:</source>
        <translation>Standard-&amp;Ort:</translation>
    </message>
    <message>
        <source>Start of the default hours</source>
        <translation>Beginn der Standardzeiten</translation>
    </message>
    <message>
        <source>End of the default hours</source>
        <translation>Ende der Standardzeiten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Defaults for new consultation days</source>
        <translation>Vorgaben für neue Sprechtage</translation>
    </message>
    <message>
        <source>Default &amp;hours:</source>
        <translation>Standard-&amp;Zeiten:</translation>
    </message>
    <message>
        <source>Slot len&amp;gth:</source>
        <translation>Termin&amp;länge:</translation>
    </message>
    <message>
        <source>Contact person at the IHK</source>
        <translation>Ansprechpartner/in in der IHK</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>Choose the colour in which the format&apos;s days are shown</source>
        <translation>Farbe wählen, in der die Sprechtage des Formats angezeigt werden</translation>
    </message>
    <message>
        <source>Confirmation letter and display</source>
        <translation>Bestätigungsschreiben und Darstellung</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>Briefte&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Farb&amp;e:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Format archivieren</translation>
    </message>
    <message>
        <source>Remove the format “%1”? A format that has consultation days or waitlist entries is archived and kept for the history; one without is deleted.</source>
        <translation>Das Format „%1“ entfernen? Ein Format mit Sprechtagen oder Wartelisteneinträgen wird archiviert und bleibt für die Historie erhalten; eines ohne wird gelöscht.</translation>
    </message>
    <message>
        <source>Format archived</source>
        <translation>Format archiviert</translation>
    </message>
    <message>
        <source>The format “%1” has consultation days or waitlist entries and was archived. Its days stay unchanged; it is no longer offered for new days.</source>
        <translation>Das Format „%1“ hat Sprechtage oder Wartelisteneinträge und wurde archiviert. Seine Sprechtage bleiben unverändert; für neue Sprechtage wird es nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Format deleted</source>
        <translation>Format gelöscht</translation>
    </message>
    <message>
        <source>The format “%1” had no consultation days and was deleted.</source>
        <translation>Das Format „%1“ hatte keine Sprechtage und wurde gelöscht.</translation>
    </message>
    <message>
        <source>Save the new format?</source>
        <translation>Das neue Format speichern?</translation>
    </message>
    <message>
        <source>Save the changes to the format “%1”?</source>
        <translation>Die Änderungen am Format „%1“ speichern?</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>Offer the format for new consultation days again</source>
        <translation>Das Format wieder für neue Sprechtage anbieten</translation>
    </message>
    <message>
        <source>Archive the format, or delete it when it has no consultation days</source>
        <translation>Das Format archivieren oder, wenn es keine Sprechtage hat, löschen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Letters</name>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>there is no letter to write.</source>
        <translation>es ist kein Brief zu erstellen.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MainWindow</name>
    <message>
        <source>Sprechtag – %1</source>
        <translation>Sprechtag – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>%1–%2 with %3: free</source>
        <translation>%1–%2 Uhr bei %3: frei</translation>
    </message>
    <message>
        <source>%1 booked, %2 free</source>
        <translation>%1 gebucht, %2 frei</translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation>Termin freigeben</translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation>Termin sperren</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on the waiting list could take the free slot.</source>
        <translation>
            <numerusform>%n Anfrage auf der Warteliste kommt für den freien Termin in Frage.</numerusform>
            <numerusform>%n Anfragen auf der Warteliste kommen für den freien Termin in Frage.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New consultation day…</source>
        <translation>&amp;Neuer Sprechtag…</translation>
    </message>
    <message>
        <source>&amp;Edit consultation day…</source>
        <translation>Sprechtag b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Call off consultation day…</source>
        <translation>Sprechtag absagen…</translation>
    </message>
    <message>
        <source>&amp;Book slot…</source>
        <translation>Termin &amp;buchen…</translation>
    </message>
    <message>
        <source>Edit &amp;booking…</source>
        <translation>Buchung b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>Buchung &amp;stornieren…</translation>
    </message>
    <message>
        <source>Mark as &amp;attended</source>
        <translation>Als w&amp;ahrgenommen markieren</translation>
    </message>
    <message>
        <source>Mark as did &amp;not attend</source>
        <translation>Als &amp;nicht erschienen markieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Formats…</source>
        <translation>&amp;Formate…</translation>
    </message>
    <message>
        <source>C&amp;onsultants…</source>
        <translation>&amp;Berater/innen…</translation>
    </message>
    <message>
        <source>Com&amp;panies…</source>
        <translation>&amp;Unternehmen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;About Sprechtag</source>
        <translation>Ü&amp;ber Sprechtag</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2 at %3 with %4? The slot becomes free again; the booking stays in the history as cancelled.</source>
        <translation>Die Buchung von %1 am %2 um %3 Uhr bei %4 stornieren? Der Termin wird wieder frei; die Buchung bleibt als storniert in der Historie erhalten.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Call off the consultation day on %1? It stays in the list as cancelled.</source>
        <translation>Den Sprechtag am %1 absagen? Er bleibt als abgesagt in der Liste erhalten.</translation>
    </message>
    <message>
        <source>Call off consultation day</source>
        <translation>Sprechtag absagen</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>First describe the format of your consultation days (for example &quot;Social Media Sprechtag&quot;), then the consultants.</source>
        <translation>Bitte beschreiben Sie zuerst das Format Ihrer Sprechtage (zum Beispiel „Social Media Sprechtag“) und danach die Berater/innen.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Sprechtag databases (*.sqlite);;All files (*)</source>
        <translation>Sprechtag-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Sprechtag databases (*.sqlite)</source>
        <translation>Sprechtag-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>The file %1 exists already; open it instead.</source>
        <translation>Die Datei %1 ist bereits vorhanden; bitte öffnen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Programmstart.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>D&amp;okumente</translation>
    </message>
    <message>
        <source>Confirmation &amp;letter (PDF)…</source>
        <translation>&amp;Terminbestätigung (PDF)…</translation>
    </message>
    <message>
        <source>All confirmations of the &amp;day (PDF)…</source>
        <translation>&amp;Alle Terminbestätigungen des Tages (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print day plan…</source>
        <translation>Tagesplan &amp;drucken…</translation>
    </message>
    <message>
        <source>Day plan as P&amp;DF…</source>
        <translation>Tagesplan als &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Briefing sheets for the consultants (PDF)…</source>
        <translation>&amp;Laufzettel für die Berater/innen (PDF)…</translation>
    </message>
    <message>
        <source>Door &amp;signs (PDF)…</source>
        <translation>Tür&amp;schilder (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Export booking list…</source>
        <translation>Buchungsliste &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save confirmation letter</source>
        <translation>Terminbestätigung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Confirmation letter saved: %1</source>
        <translation>Terminbestätigung gespeichert: %1</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Terminbestätigungen</translation>
    </message>
    <message>
        <source>This day has no bookings yet.</source>
        <translation>Für diesen Tag liegen noch keine Buchungen vor.</translation>
    </message>
    <message>
        <source>Save confirmation letters</source>
        <translation>Terminbestätigungen speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation letter(s) saved.</source>
        <translation>
            <numerusform>%n Terminbestätigung gespeichert.</numerusform>
            <numerusform>%n Terminbestätigungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print day plan</source>
        <translation>Tagesplan drucken</translation>
    </message>
    <message>
        <source>Save day plan</source>
        <translation>Tagesplan speichern</translation>
    </message>
    <message>
        <source>Save briefing sheets</source>
        <translation>Laufzettel speichern</translation>
    </message>
    <message>
        <source>Save door signs</source>
        <translation>Türschilder speichern</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Türschilder</translation>
    </message>
    <message>
        <source>Show the booked companies on the door signs?</source>
        <translation>Die gebuchten Unternehmen auf den Türschildern anzeigen?</translation>
    </message>
    <message>
        <source>Export booking list</source>
        <translation>Buchungsliste exportieren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;Calendar (*.ics)</source>
        <translation>CSV für Excel (*.csv);;Excel-Arbeitsmappe (*.xlsx);;Kalender (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n Buchung nach %1 exportiert.</numerusform>
            <numerusform>%n Buchungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sicherung jetzt &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1

You can go on working. Please make sure the folder %2 can be written, or make a backup with File &gt; Back up now.</source>
        <translation>Die heutige automatische Sicherung konnte nicht angelegt werden: %1

Sie können weiterarbeiten. Bitte stellen Sie sicher, dass in den Ordner %2 geschrieben werden kann, oder legen Sie über Datei &gt; Sicherung jetzt anlegen eine Sicherung an.</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Datenbank auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>The database %1 is on a network drive. Sprechtag works there in a slower, safer mode.

If several PCs work with this file at the same time, they should rather share a PostgreSQL server; please ask your IT support.</source>
        <translation>Die Datenbank %1 liegt auf einem Netzlaufwerk. Sprechtag arbeitet dort in einem langsameren, sicheren Modus.

Wenn mehrere PCs gleichzeitig mit dieser Datei arbeiten, sollten sie sich besser einen PostgreSQL-Server teilen; bitte fragen Sie Ihre IT.</translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1</source>
        <translation>Die Sicherung wurde gespeichert und geprüft:
%1</translation>
    </message>
    <message>
        <source>Restore the backup from %1? Everything changed since then is replaced, for every workstation working with this file. The current state is kept as a backup first.</source>
        <translation>Die Sicherung vom %1 wiederherstellen? Alles, was seitdem geändert wurde, wird ersetzt – für alle Arbeitsplätze, die mit dieser Datei arbeiten. Der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was restored. The state before is kept as:
%1</source>
        <translation>Die Sicherung wurde wiederhergestellt. Der vorherige Stand ist gesichert als:
%1</translation>
    </message>
    <message>
        <source>Database file replaced</source>
        <translation>Datenbankdatei ersetzt</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Open other file…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Loading consultation days…</source>
        <translation>Sprechtage werden geladen…</translation>
    </message>
    <message>
        <source>Daily backup saved</source>
        <translation>Tägliche Sicherung gespeichert</translation>
    </message>
    <message>
        <source>Daily backup running…</source>
        <translation>Tägliche Sicherung läuft…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MasterDetailDialog</name>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Archi&amp;vierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MessageBoxes</name>
    <message>
        <source>Database problem</source>
        <translation>Datenbankproblem</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MigrationProgress</name>
    <message>
        <source>Sprechtag</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>The database is being converted to the new version…</source>
        <translation>Die Datenbank wird auf die neue Version umgestellt…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::OutputFiles</name>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would lie outside the chosen folder.</source>
        <translation>„%1“ läge außerhalb des gewählten Ordners.</translation>
    </message>
    <message>
        <source>A file name cannot contain control characters.</source>
        <translation>Ein Dateiname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>it is the open database.</source>
        <translation>sie ist die geöffnete Datenbank.</translation>
    </message>
    <message>
        <source>it belongs to the open database.</source>
        <translation>sie gehört zur geöffneten Datenbank.</translation>
    </message>
    <message>
        <source>its folder cannot be examined.</source>
        <translation>ihr Ordner kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>it lies in the backup folder of the open database.</source>
        <translation>sie liegt im Sicherungsordner der geöffneten Datenbank.</translation>
    </message>
    <message>
        <source>it is a symbolic link, and Sprechtag never writes through a link.</source>
        <translation>sie ist eine symbolische Verknüpfung, und Sprechtag schreibt nie durch eine Verknüpfung.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>sie ist ein Ordner.</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file.</source>
        <translation>sie ist ein Gerät oder eine Pipe, keine Datei.</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>the name contains a control character.</source>
        <translation>der Name enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>it must end in %1.</source>
        <translation>sie muss auf %1 enden.</translation>
    </message>
    <message>
        <source>it must end in one of %1.</source>
        <translation>sie muss auf eine dieser Endungen enden: %1.</translation>
    </message>
    <message>
        <source>it is a database, and Sprechtag never replaces a database with a document.</source>
        <translation>sie ist eine Datenbank, und Sprechtag ersetzt nie eine Datenbank durch ein Dokument.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::OutputPaths</name>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::PrivacyMenu</name>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Auskunft…</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonymisieren…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>Daten&amp;schutz</translation>
    </message>
    <message>
        <source>Off: nothing is anonymised automatically.</source>
        <translation>Aus: Es wird nichts automatisch anonymisiert.</translation>
    </message>
    <message>
        <source>Today this would anonymise %1 companies and %2 contact persons and empty the topics of %3 bookings before %4.</source>
        <translation>Heute würden damit %1 Unternehmen und %2 Ansprechpartner/innen anonymisiert und die Anliegen von %3 Buchungen vor dem %4 gelöscht.</translation>
    </message>
    <message>
        <source>Retention period (%1 months): %2 companies and %3 contact persons anonymised, topics of %4 old bookings emptied.</source>
        <translation>Aufbewahrungsfrist (%1 Monate): %2 Unternehmen und %3 Ansprechpartner/innen anonymisiert, Anliegen von %4 alten Buchungen gelöscht.</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>&amp;Create report…</source>
        <translation>Auskunft &amp;erstellen…</translation>
    </message>
    <message>
        <source>Access-report</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Auskunft speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF-Dokumente (*.pdf);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Access report saved: %1</source>
        <translation>Auskunft gespeichert: %1</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymisieren…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the contact person %1?

Name, title, e-mail address and phone number are replaced by &quot;%2&quot; for good, and the topics of %n booking(s) with this person are deleted. The bookings stay in the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Ansprechpartner/in %1 anonymisieren?

Name, Titel, E-Mail-Adresse und Telefonnummer werden endgültig durch „%2“ ersetzt, und das Anliegen von %n Buchung mit dieser Person wird gelöscht. Die Buchung bleibt in der Statistik. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Ansprechpartner/in %1 anonymisieren?

Name, Titel, E-Mail-Adresse und Telefonnummer werden endgültig durch „%2“ ersetzt, und die Anliegen von %n Buchungen mit dieser Person werden gelöscht. Die Buchungen bleiben in der Statistik. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the company %1 and all its contact persons?

Names, address, membership number, website, e-mail addresses and phone numbers are replaced by &quot;%2&quot; for good, and the topics of its %n booking(s) are deleted. The bookings stay in the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Das Unternehmen %1 und alle seine Ansprechpartner/innen anonymisieren?

Namen, Anschrift, Mitgliedsnummer, Website, E-Mail-Adressen und Telefonnummern werden endgültig durch „%2“ ersetzt, und das Anliegen seiner %n Buchung wird gelöscht. Die Buchung bleibt in der Statistik. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Das Unternehmen %1 und alle seine Ansprechpartner/innen anonymisieren?

Namen, Anschrift, Mitgliedsnummer, Website, E-Mail-Adressen und Telefonnummern werden endgültig durch „%2“ ersetzt, und die Anliegen seiner %n Buchungen werden gelöscht. Die Buchungen bleiben in der Statistik. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is anonymised and now appears as &quot;%2&quot;.</source>
        <translation>%1 ist anonymisiert und erscheint jetzt als „%2“.</translation>
    </message>
    <message>
        <source>Another window or program has the database open: old copies in its journal are overwritten once it is closed.</source>
        <translation>Ein anderes Fenster oder Programm hat die Datenbank geöffnet: Alte Kopien in ihrem Journal werden erst überschrieben, wenn es geschlossen wird.</translation>
    </message>
    <message>
        <source>Older backups and letters already sent still contain the data.</source>
        <translation>Ältere Sicherungen und bereits verschickte Briefe enthalten die Daten weiterhin.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::PrivacyService</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Buchung %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Stornierungsgrund</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Gebucht am</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Gebucht von</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Confirmation letter made</source>
        <translation>Terminbestätigung erstellt</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Anonymised (No. %1)</source>
        <translation>Anonymisiert (Nr. %1)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Anfrage %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Angefragt am</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>between 0 (off) and 1200 months, please</source>
        <translation>bitte zwischen 0 (aus) und 1200 Monaten</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Sprechtag</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>wieder aufgenommen</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verlegt</translation>
    </message>
    <message>
        <source>attendance recorded</source>
        <translation>Teilnahme erfasst</translation>
    </message>
    <message>
        <source>confirmation made</source>
        <translation>Terminbestätigung erstellt</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>anonymised on request</source>
        <translation>auf Antrag anonymisiert</translation>
    </message>
    <message>
        <source>anonymised after the retention period</source>
        <translation>nach Ablauf der Aufbewahrungsfrist anonymisiert</translation>
    </message>
    <message>
        <source>Date of the retention check</source>
        <translation>Stichtag der Aufbewahrungsprüfung</translation>
    </message>
</context>
<context>
    <name>Sprechtag::RecordListModelBase</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
</context>
<context>
    <name>Sprechtag::RestoreDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups in %1. Restoring replaces the current data for every workstation; the current state is kept as a backup first.</source>
        <translation>Sicherungen in %1. Beim Wiederherstellen werden die aktuellen Daten für alle Arbeitsplätze ersetzt; der aktuelle Stand wird vorher gesichert.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation>geprüft, wiederherstellbar</translation>
    </message>
    <message>
        <source>cannot be restored</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SchemaCheck</name>
    <message>
        <source>extra table %1</source>
        <translation>zusätzliche Tabelle %1</translation>
    </message>
    <message>
        <source>extra index %1</source>
        <translation>zusätzlicher Index %1</translation>
    </message>
    <message>
        <source>extra trigger %1</source>
        <translation>zusätzlicher Trigger %1</translation>
    </message>
    <message>
        <source>extra view %1</source>
        <translation>zusätzliche Sicht %1</translation>
    </message>
    <message>
        <source>extra object %1</source>
        <translation>zusätzliches Objekt %1</translation>
    </message>
    <message>
        <source>missing table %1</source>
        <translation>fehlende Tabelle %1</translation>
    </message>
    <message>
        <source>missing index %1</source>
        <translation>fehlender Index %1</translation>
    </message>
    <message>
        <source>missing trigger %1</source>
        <translation>fehlender Trigger %1</translation>
    </message>
    <message>
        <source>missing view %1</source>
        <translation>fehlende Sicht %1</translation>
    </message>
    <message>
        <source>missing object %1</source>
        <translation>fehlendes Objekt %1</translation>
    </message>
    <message>
        <source>table %1 differs</source>
        <translation>Tabelle %1 weicht ab</translation>
    </message>
    <message>
        <source>index %1 differs</source>
        <translation>Index %1 weicht ab</translation>
    </message>
    <message>
        <source>trigger %1 differs</source>
        <translation>Trigger %1 weicht ab</translation>
    </message>
    <message>
        <source>view %1 differs</source>
        <translation>Sicht %1 weicht ab</translation>
    </message>
    <message>
        <source>object %1 differs</source>
        <translation>Objekt %1 weicht ab</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sender of the letters</source>
        <translation>Absender der Briefe</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-Ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source> months after the day</source>
        <translation> Monate nach dem Termin</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>A&amp;ufbewahrungsfrist:</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SlotPlan</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Sprechzeiten</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Termindauer</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Berater/innen</translation>
    </message>
    <message>
        <source>Booking deadline</source>
        <translation>Buchungsschluss</translation>
    </message>
    <message>
        <source>Please enter a valid date.</source>
        <translation>Bitte geben Sie ein gültiges Datum ein.</translation>
    </message>
    <message>
        <source>The day must end after it starts (%1).</source>
        <translation>Das Ende des Tages muss nach seinem Beginn liegen (%1).</translation>
    </message>
    <message>
        <source>A slot lasts between 5 and 480 minutes.</source>
        <translation>Ein Termin dauert zwischen 5 und 480 Minuten.</translation>
    </message>
    <message>
        <source>A slot of %1 minutes does not fit into %2.</source>
        <translation>Ein Termin von %1 Minuten passt nicht in %2.</translation>
    </message>
    <message>
        <source>The break %1 must lie within the hours %2.</source>
        <translation>Die Pause %1 muss innerhalb der Sprechzeiten %2 liegen.</translation>
    </message>
    <message>
        <source>The breaks %1 and %2 overlap.</source>
        <translation>Die Pausen %1 und %2 überschneiden sich.</translation>
    </message>
    <message>
        <source>At least one consultant must be present.</source>
        <translation>Mindestens ein/e Berater/in muss anwesend sein.</translation>
    </message>
    <message>
        <source>A consultant is listed twice.</source>
        <translation>Ein/e Berater/in ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>A consultant&apos;s own hours %1 must lie within the day&apos;s hours %2.</source>
        <translation>Die eigenen Sprechzeiten %1 eines Beraters oder einer Beraterin müssen innerhalb der Sprechzeiten des Tages %2 liegen.</translation>
    </message>
    <message>
        <source>The booking deadline must not be after the day itself.</source>
        <translation>Der Buchungsschluss darf nicht nach dem Tag selbst liegen.</translation>
    </message>
    <message>
        <source>A consultant&apos;s hours leave no room for a single slot.</source>
        <translation>Die Sprechzeiten eines Beraters oder einer Beraterin reichen für keinen einzigen Termin aus.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::StartupRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>%1

There is no usable backup of it in %2.

The file is at %3. Please keep it and ask your IT support to restore it from their data backup, or start Sprechtag with another file.</source>
        <translation>%1

In %2 gibt es keine verwendbare Sicherung davon.

Die Datei liegt unter %3. Bitte bewahren Sie sie auf und bitten Sie Ihre IT, sie aus deren Datensicherung wiederherzustellen, oder starten Sie Sprechtag mit einer anderen Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s)</source>
        <translation>
            <numerusform>%n aktive Buchung</numerusform>
            <numerusform>%n aktive Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>bookings not counted</source>
        <translation>Buchungen nicht gezählt</translation>
    </message>
    <message>
        <source>%1

The newest intact backup is from %2 (%3). Restore it now? Changes made after that time are missing afterwards. The damaged file is kept next to it under a new name and is not deleted.</source>
        <translation>%1

Die neueste einwandfreie Sicherung ist vom %2 (%3). Jetzt wiederherstellen? Danach fehlen die Änderungen seit diesem Zeitpunkt. Die beschädigte Datei bleibt unter neuem Namen daneben erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The backup was restored, but the database still cannot be opened: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber die Datenbank lässt sich weiterhin nicht öffnen: %1</translation>
    </message>
    <message>
        <source>The backup from %1 was restored. The damaged file was kept as %2. Please check the bookings made since then.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die beschädigte Datei wurde als %2 aufbewahrt. Bitte prüfen Sie die seitdem vorgenommenen Buchungen.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SubjectPicker</name>
    <message>
        <source>Company or contact person:</source>
        <translation>Unternehmen oder Ansprechpartner/in:</translation>
    </message>
    <message>
        <source>Beginning of the company name</source>
        <translation>Anfang des Unternehmensnamens</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Validation</name>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner/in</translation>
    </message>
    <message>
        <source>Please enter a first or last name.</source>
        <translation>Bitte geben Sie einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.de).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@beispiel.de).</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>A phone number consists of digits, spaces and + - / ( ).</source>
        <translation>Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + - / ( ).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>A German postcode has five digits.</source>
        <translation>Eine deutsche Postleitzahl hat fünf Ziffern.</translation>
    </message>
    <message>
        <source>This contains a control character (such as Escape), which cannot be stored. Please type it again.</source>
        <translation>Dies enthält ein Steuerzeichen (etwa Escape), das nicht gespeichert werden kann. Bitte geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>An e-mail address, phone number, title or salutation belongs to a person: please enter their first or last name too.</source>
        <translation>Eine E-Mail-Adresse, Telefonnummer, ein Titel oder eine Anrede gehört zu einer Person: Bitte geben Sie auch deren Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Mitgliedsnummer</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Please enter a date between %1 and %2.</source>
        <translation>Bitte geben Sie ein Datum zwischen %1 und %2 ein.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partnerorganisation</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Default hours</source>
        <translation>Standardzeiten</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Termindauer</translation>
    </message>
    <message>
        <source>One slot must fit into the default hours.</source>
        <translation>Mindestens ein Termin muss in die Standardzeiten passen.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Unknown placeholder(s): %1. Known are: %2.</source>
        <translation>Unbekannte(r) Platzhalter: %1. Bekannt sind: %2.</translation>
    </message>
    <message>
        <source>There is already a format called “%1”.</source>
        <translation>Es gibt bereits ein Format namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::WelcomePage</name>
    <message>
        <source>Welcome to Sprechtag</source>
        <translation>Willkommen bei Sprechtag</translation>
    </message>
    <message>
        <source>This database has no consultation days yet. Create the first one, or load the example data (the Social Media Sprechtag of 25 March 2021 and two Website-Check-Sprechtage) to look around.</source>
        <translation>Diese Datenbank enthält noch keine Sprechtage. Legen Sie den ersten an oder laden Sie die Beispieldaten (den Social Media Sprechtag vom 25. März 2021 und zwei Website-Check-Sprechtage), um sich umzusehen.</translation>
    </message>
    <message>
        <source>Create the first consultation day</source>
        <translation>Ersten Sprechtag anlegen</translation>
    </message>
    <message>
        <source>Load example data</source>
        <translation>Beispieldaten laden</translation>
    </message>
</context>
</TS>
