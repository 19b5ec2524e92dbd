<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Sprechtag::AboutDialog</name>
    <message>
        <source>About Sprechtag</source>
        <translation>About Sprechtag</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Plans consultation days, books companies into their slots and keeps everything in one file.</source>
        <translation>Plans consultation days, books companies into their slots and keeps everything in one file.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running with Qt %2.</source>
        <translation>Built with Qt %1, running with Qt %2.</translation>
    </message>
    <message>
        <source>License: GNU General Public License, version 3 or later (GPL-3.0-or-later). Sprechtag comes with no warranty.</source>
        <translation>License: GNU General Public License, version 3 or later (GPL-3.0-or-later). Sprechtag comes with no warranty.</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Database file:</translation>
    </message>
</context>
<context>
    <name>Sprechtag::AccessReport</name>
    <message>
        <source>Access report (Art. 15 GDPR)</source>
        <translation>Access report (Art. 15 GDPR)</translation>
    </message>
    <message>
        <source>Everything stored about %1, as of %2.</source>
        <translation>Everything stored about %1, as of %2.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
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
        <translation>Change log</translation>
    </message>
    <message>
        <source>Filter by staff member, record, action or field</source>
        <translation>Filter by staff member, record, action or field</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Who changed which record and when. The log names the changed fields, never their values, and cannot be changed.</source>
        <translation>Who changed which record and when. The log names the changed fields, never their values, and cannot be changed.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>Sprechtag::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Backups</name>
    <message>
        <source>this is the database file itself, not a backup of it</source>
        <translation>this is the database file itself, not a backup of it</translation>
    </message>
    <message>
        <source>the database file was moved or deleted while it was open</source>
        <translation>the database file was moved or deleted while it was open</translation>
    </message>
    <message>
        <source>the database&apos;s side files (-wal, -shm, -journal) could not be used; check the folder of the database</source>
        <translation>the database&apos;s side files (-wal, -shm, -journal) could not be used; check the folder of the database</translation>
    </message>
    <message>
        <source>SQLite refused to write the copy into it (code %1)</source>
        <translation>SQLite refused to write the copy into it (code %1)</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingCommands</name>
    <message>
        <source>Book %1</source>
        <translation>Book %1</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancel %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Mark %1 as %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingDetailsPanel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Visits of this company</source>
        <translation>Visits of this company</translation>
    </message>
    <message>
        <source>No booking selected</source>
        <translation>No booking selected</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not yet produced</source>
        <translation>not yet produced</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingDialog</name>
    <message>
        <source>Book Slot</source>
        <translation>Book Slot</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>Edit Booking</source>
        <translation>Edit Booking</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Consultant:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Type to search known companies</source>
        <translation>Type to search known companies</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Known company: the address is taken from the company records.</source>
        <translation>Known company: the address is taken from the company records.</translation>
    </message>
    <message>
        <source>Book a second slot on the same day anyway</source>
        <translation>Book a second slot on the same day anyway</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>P&amp;ostcode, city:</source>
        <translation>P&amp;ostcode, city:</translation>
    </message>
    <message>
        <source>Contact Person</source>
        <translation>Contact Person</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>not specified</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>Sal&amp;utation:</translation>
    </message>
    <message>
        <source>e.g. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>T&amp;opic and questions:</source>
        <translation>T&amp;opic and questions:</translation>
    </message>
    <message>
        <source>online: %1</source>
        <translation>online: %1</translation>
    </message>
    <message>
        <source>The booking&apos;s company was not found.</source>
        <translation>The booking&apos;s company was not found.</translation>
    </message>
    <message>
        <source>New contact person</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>%1 already has a slot on this day: %2 with %3.</source>
        <translation>%1 already has a slot on this day: %2 with %3.</translation>
    </message>
    <message>
        <source>%1 already has a slot on this day. Tick &quot;Book a second slot on the same day anyway&quot; to book another one, or choose another slot.</source>
        <translation>%1 already has a slot on this day. Tick “Book a second slot on the same day anyway” to book another one, or choose another slot.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingService</name>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Please enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Use cancel to cancel a booking.</source>
        <translation>Use cancel to cancel a booking.</translation>
    </message>
    <message>
        <source>Move the booking instead of changing its company.</source>
        <translation>Move the booking instead of changing its company.</translation>
    </message>
    <message>
        <source>Please enter a first or last name.</source>
        <translation>Please enter a first or last name.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>See &quot;sprechtag --help&quot;.</source>
        <translation>See &quot;sprechtag --help&quot;.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not valid; please write YYYY-MM-DD.</source>
        <translation>The date &quot;%1&quot; is not valid; please write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Example data loaded: %1 formats, %2 consultants, %3 consultation days, %4 bookings.</source>
        <translation>Example data loaded: %1 formats, %2 consultants, %3 consultation days, %4 bookings.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>book needs --%1.</source>
        <translation>book needs --%1.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not valid; please write HH:MM.</source>
        <translation>The time &quot;%1&quot; is not valid; please write HH:MM.</translation>
    </message>
    <message>
        <source>The salutation must be Frau, Herr or none.</source>
        <translation>The salutation must be Frau, Herr or none.</translation>
    </message>
    <message>
        <source>Booked: %1, %2 %3–%4 with %5.</source>
        <translation>Booked: %1, %2 %3–%4 with %5.</translation>
    </message>
    <message>
        <source>cancel needs exactly one booking number.</source>
        <translation>cancel needs exactly one booking number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a booking number.</source>
        <translation>&quot;%1&quot; is not a booking number.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3 with %4. The slot is free again.</source>
        <translation>Cancelled: %1, %2 %3 with %4. The slot is free again.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on the waiting list could take this slot.</source>
        <translation>
            <numerusform>%n request on the waiting list could take this slot.</numerusform>
            <numerusform>%n requests on the waiting list could take this slot.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <translation>backup needs --output FILE.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database file itself.</source>
        <translation>The backup cannot replace the database file itself.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Backup written to %1 and checked.</translation>
    </message>
    <message>
        <source>The database %1 is sound (schema version %2).</source>
        <translation>The database %1 is sound (schema version %2).</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The language must be de or en.</source>
        <translation>The language must be de or en.</translation>
    </message>
    <message>
        <source>export needs --output FILE.csv, FILE.xlsx or FILE.ics.</source>
        <translation>export needs --output FILE.csv, FILE.xlsx or FILE.ics.</translation>
    </message>
    <message>
        <source>--from must not lie after --to.</source>
        <translation>--from must not lie after --to.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n booking exported to %1.</numerusform>
            <numerusform>%n bookings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>letters needs either --booking ID or --date DATE.</source>
        <translation>letters needs either --booking ID or --date DATE.</translation>
    </message>
    <message>
        <source>--format goes with --date only.</source>
        <translation>--format goes with --date only.</translation>
    </message>
    <message>
        <source>letters needs --output FILE.pdf.</source>
        <translation>letters needs --output FILE.pdf.</translation>
    </message>
    <message>
        <source>There are no active bookings on %1.</source>
        <translation>There are no active bookings on %1.</translation>
    </message>
    <message>
        <source>There are no active bookings of %1 on %2.</source>
        <translation>There are no active bookings of %1 on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation letter(s) written to %1.</source>
        <translation>
            <numerusform>%n confirmation letter written to %1.</numerusform>
            <numerusform>%n confirmation letters written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>There are several consultation days on %1 (%2); please choose one with --format NAME.</source>
        <translation>There are several consultation days on %1 (%2); please choose one with --format NAME.</translation>
    </message>
    <message>
        <source>Day plan of %1 on %2 written to %3.</source>
        <translation>Day plan of %1 on %2 written to %3.</translation>
    </message>
    <message>
        <source>backup takes either --output or --list.</source>
        <translation>backup takes either --output or --list.</translation>
    </message>
    <message>
        <source>restore needs --from FILE.</source>
        <translation>restore needs --from FILE.</translation>
    </message>
    <message>
        <source>Restored from %1. The state before is kept in %2.</source>
        <translation>Restored from %1. The state before is kept in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies are called &quot;%1&quot;; please rename one of them in the app first.</source>
        <translation>
            <numerusform>%n company is called &quot;%1&quot;; please rename one of them in the app first.</numerusform>
            <numerusform>%n companies are called &quot;%1&quot;; please rename one of them in the app first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact persons are called &quot;%1&quot;; please give the e-mail address instead.</source>
        <translation>
            <numerusform>%n contact person is called &quot;%1&quot;; please give the e-mail address instead.</numerusform>
            <numerusform>%n contact persons are called &quot;%1&quot;; please give the e-mail address instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please name either --company NAME or --contact NAME.</source>
        <translation>Please name either --company NAME or --contact NAME.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>The name must not be empty.</translation>
    </message>
    <message>
        <source>privacy report needs --output FILE.csv or FILE.pdf.</source>
        <translation>privacy report needs --output FILE.csv or FILE.pdf.</translation>
    </message>
    <message>
        <source>Access report about %1 written to %2.</source>
        <translation>Access report about %1 written to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is anonymised and now appears as &quot;%2&quot;. %n booking(s) stay in the statistics without personal data.</source>
        <translation>
            <numerusform>%1 is anonymised and now appears as &quot;%2&quot;. %n booking stays in the statistics without personal data.</numerusform>
            <numerusform>%1 is anonymised and now appears as &quot;%2&quot;. %n bookings stay in the statistics without personal data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the database open: old copies in its journal are overwritten once it closes it.</source>
        <translation>Another program has the database open: old copies in its journal are overwritten once it closes it.</translation>
    </message>
    <message>
        <source>Older backups and letters already sent still contain the data.</source>
        <translation>Older backups and letters already sent still contain the data.</translation>
    </message>
    <message>
        <source>--months needs a number of months from 0 (off) to 1200.</source>
        <translation>--months needs a number of months from 0 (off) to 1200.</translation>
    </message>
    <message>
        <source>No retention period is set, so nothing is anonymised automatically. Set one with --months N.</source>
        <translation>No retention period is set, so nothing is anonymised automatically. Set one with --months N.</translation>
    </message>
    <message numerus="yes">
        <source>Retention period: %n month(s) after the day; it reaches everything before %1.</source>
        <translation>
            <numerusform>Retention period: %n month after the day; it reaches everything before %1.</numerusform>
            <numerusform>Retention period: %n months after the day; it reaches everything before %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymised: %1 companies, %2 contact persons; %3 old bookings without topic and reason for cancelling.</source>
        <translation>Anonymised: %1 companies, %2 contact persons; %3 old bookings without topic and reason for cancelling.</translation>
    </message>
    <message>
        <source>Would anonymise: %1 companies, %2 contact persons; %3 old bookings would lose topic and reason for cancelling. Run with --apply to do it.</source>
        <translation>Would anonymise: %1 companies, %2 contact persons; %3 old bookings would lose topic and reason for cancelling. Run with --apply to do it.</translation>
    </message>
    <message>
        <source>privacy needs one of: report, erase, retention.</source>
        <translation>privacy needs one of: report, erase, retention.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; lies outside %2 to %3; please check the year.</source>
        <translation>The date &quot;%1&quot; lies outside %2 to %3; please check the year.</translation>
    </message>
    <message>
        <source>backup --output FILE
backup [--list]</source>
        <translation>backup --output FILE
backup [--list]</translation>
    </message>
    <message>
        <source>write a checked, consistent copy of the database</source>
        <translation>write a checked, consistent copy of the database</translation>
    </message>
    <message>
        <source>backup --output FILE writes the copy to FILE.
backup alone makes a new checked backup in the folder Sicherungen next to the database and prints its file name.
backup --list lists the backups (made, kind, bytes, bookings, ok/unusable, file).</source>
        <translation>backup --output FILE writes the copy to FILE.
backup alone makes a new checked backup in the folder Sicherungen next to the database and prints its file name.
backup --list lists the backups (made, kind, bytes, bookings, ok/unusable, file).</translation>
    </message>
    <message>
        <source>book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]
     [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
     [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
     [--allow-second-slot]</source>
        <translation>book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]
     [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
     [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
     [--allow-second-slot]</translation>
    </message>
    <message>
        <source>book a slot; prints the booking number</source>
        <translation>book a slot; prints the booking number</translation>
    </message>
    <message>
        <source>The slot is the one of the consultant at that time on that date (of the format, when several days share the date).
--allow-second-slot books a company that already has a slot that day.</source>
        <translation>The slot is the one of the consultant at that time on that date (of the format, when several days share the date).
--allow-second-slot books a company that already has a slot that day.</translation>
    </message>
    <message>
        <source>Briefing sheets of %1 on %2 written to %3.</source>
        <translation>Briefing sheets of %1 on %2 written to %3.</translation>
    </message>
    <message>
        <source>briefing --date DATE [--format NAME] [--consultant NAME] --output FILE.pdf</source>
        <translation>briefing --date DATE [--format NAME] [--consultant NAME] --output FILE.pdf</translation>
    </message>
    <message>
        <source>briefing sheets for the consultants as PDF</source>
        <translation>briefing sheets for the consultants as PDF</translation>
    </message>
    <message>
        <source>One section per consultant of the day: each booked company with its contact person, topic and earlier visits.
--consultant NAME: only that consultant&apos;s sheets. --format NAME chooses the day when several share the date.</source>
        <translation>One section per consultant of the day: each booked company with its contact person, topic and earlier visits.
--consultant NAME: only that consultant&apos;s sheets. --format NAME chooses the day when several share the date.</translation>
    </message>
    <message>
        <source>cancel ID [--reason TEXT]</source>
        <translation>cancel ID [--reason TEXT]</translation>
    </message>
    <message>
        <source>cancel a booking</source>
        <translation>cancel a booking</translation>
    </message>
    <message>
        <source>ID is the booking number that book printed. The slot is free again at once.</source>
        <translation>ID is the booking number that book printed. The slot is free again at once.</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity</source>
        <translation>check the database&apos;s integrity</translation>
    </message>
    <message>
        <source>Problems found are listed on standard output, one a line; the exit code is then 3.</source>
        <translation>Problems found are listed on standard output, one a line; the exit code is then 3.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 needs --%2.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commands</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Master data</translation>
    </message>
    <message>
        <source>Backups (in the folder Sicherungen next to the database)</source>
        <translation>Backups (in the folder Sicherungen next to the database)</translation>
    </message>
    <message>
        <source>Privacy (GDPR)</source>
        <translation>Privacy (GDPR)</translation>
    </message>
    <message>
        <source>Usage:
  sprechtag [--database FILE] [--language de|en]      the desktop app
  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window
  sprechtag COMMAND --help                            help for one command
</source>
        <translation>Usage:
  sprechtag [--database FILE] [--language de|en]      the desktop app
  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window
  sprechtag COMMAND --help                            help for one command
</translation>
    </message>
    <message>
        <source>Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.
Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.
Default database: %1
</source>
        <translation>Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.
Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.
Default database: %1
</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Consultant &quot;%1&quot; added.</source>
        <translation>Consultant &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Consultant &quot;%1&quot; changed.</source>
        <translation>Consultant &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <source>consultant list [--archived]
consultant add --name NAME [OPTIONS]
consultant change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</source>
        <translation>consultant list [--archived]
consultant add --name NAME [OPTIONS]
consultant change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</translation>
    </message>
    <message>
        <source>list, add or change consultants</source>
        <translation>list, add or change consultants</translation>
    </message>
    <message>
        <source>list prints one consultant a line, tab-separated: name, title, organisation, e-mail,
phone, active|archived (--archived lists archived consultants too).
Options of add and change:
  --title TITLE  --organisation NAME  --email ADDRESS  --phone PHONE
  --profile TEXT               what the consultant advises on (briefing sheet)
change changes only the options given; --archive stops offering the consultant for new
days, --restore offers them again. Names match however they are written.</source>
        <translation>list prints one consultant a line, tab-separated: name, title, organisation, e-mail,
phone, active|archived (--archived lists archived consultants too).
Options of add and change:
  --title TITLE  --organisation NAME  --email ADDRESS  --phone PHONE
  --profile TEXT               what the consultant advises on (briefing sheet)
change changes only the options given; --archive stops offering the consultant for new
days, --restore offers them again. Names match however they are written.</translation>
    </message>
    <message>
        <source>--slot needs a number of minutes.</source>
        <translation>--slot needs a number of minutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n consultation day(s) of %1 created: %2.</source>
        <translation>
            <numerusform>%n consultation day(s) of %1 created: %2.</numerusform>
            <numerusform>%n consultation day(s) of %1 created: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 is called off; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>%1 on %2 is called off; %n booking(s) cancelled.</numerusform>
            <numerusform>%1 on %2 is called off; %n booking(s) cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>day needs one of: create, cancel.</source>
        <translation>day needs one of: create, cancel.</translation>
    </message>
    <message>
        <source>day create --format NAME --date DATE [--date DATE ...] [--from HH:MM] [--to HH:MM]
           [--slot MIN] [--consultant NAME[@ROOM] ...] [--location TEXT]
day cancel --date DATE [--format NAME] [--reason TEXT]</source>
        <translation>day create --format NAME --date DATE [--date DATE ...] [--from HH:MM] [--to HH:MM]
           [--slot MIN] [--consultant NAME[@ROOM] ...] [--location TEXT]
day cancel --date DATE [--format NAME] [--reason TEXT]</translation>
    </message>
    <message>
        <source>create consultation days; call a day off</source>
        <translation>create consultation days; call a day off</translation>
    </message>
    <message>
        <source>create: one day of the format on each --date, all or none; hours, slot length and place are the format&apos;s unless given. Each --consultant is present all day, in ROOM when given. Prints the new days&apos; numbers.
cancel: cancels the day&apos;s bookings (listed on standard output: number, time, consultant, company) and then the day, all or nothing; refused while a booking has a recorded outcome. --format NAME chooses the day when several share the date.</source>
        <translation>create: one day of the format on each --date, all or none; hours, slot length and place are the format&apos;s unless given. Each --consultant is present all day, in ROOM when given. Prints the new days&apos; numbers.
cancel: cancels the day&apos;s bookings (listed on standard output: number, time, consultant, company) and then the day, all or nothing; refused while a booking has a recorded outcome. --format NAME chooses the day when several share the date.</translation>
    </message>
    <message>
        <source>days [--from DATE] [--to DATE]</source>
        <translation>days [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>list consultation days (date, format, place, consultants, booked/total)</source>
        <translation>list consultation days (date, format, place, consultants, booked/total)</translation>
    </message>
    <message>
        <source>One day a line, tab-separated: date, format, place, consultants, booked/total slots, status.
--from and --to limit the dates (both included).</source>
        <translation>One day a line, tab-separated: date, format, place, consultants, booked/total slots, status.
--from and --to limit the dates (both included).</translation>
    </message>
    <message>
        <source>load the example data into an empty database</source>
        <translation>load the example data into an empty database</translation>
    </message>
    <message>
        <source>Door signs of %1 on %2 written to %3.</source>
        <translation>Door signs of %1 on %2 written to %3.</translation>
    </message>
    <message>
        <source>doorsign --date DATE [--format NAME] [--with-companies] --output FILE.pdf</source>
        <translation>doorsign --date DATE [--format NAME] [--with-companies] --output FILE.pdf</translation>
    </message>
    <message>
        <source>door signs as PDF</source>
        <translation>door signs as PDF</translation>
    </message>
    <message>
        <source>One page per consultant of the day: format, consultant, room, date and hours.
--with-companies adds the booked companies by time. --format NAME chooses the day when several share the date.</source>
        <translation>One page per consultant of the day: format, consultant, room, date and hours.
--with-companies adds the booked companies by time. --format NAME chooses the day when several share the date.</translation>
    </message>
    <message>
        <source>export [--from DATE] [--to DATE] [--format NAME] [--consultant NAME]
       [--include-cancelled] --output FILE.csv|.xlsx|.ics</source>
        <translation>export [--from DATE] [--to DATE] [--format NAME] [--consultant NAME]
       [--include-cancelled] --output FILE.csv|.xlsx|.ics</translation>
    </message>
    <message>
        <source>the booking list</source>
        <translation>the booking list</translation>
    </message>
    <message>
        <source>The type follows the file name: CSV for Excel, an Excel workbook or a calendar.
--from and --to limit the dates (both included); cancelled bookings only with --include-cancelled.</source>
        <translation>The type follows the file name: CSV for Excel, an Excel workbook or a calendar.
--from and --to limit the dates (both included); cancelled bookings only with --include-cancelled.</translation>
    </message>
    <message>
        <source>--slot takes the slot length in minutes, such as 30.</source>
        <translation>--slot takes the slot length in minutes, such as 30.</translation>
    </message>
    <message>
        <source>Format &quot;%1&quot; added.</source>
        <translation>Format &quot;%1&quot; added.</translation>
    </message>
    <message>
        <source>Format &quot;%1&quot; changed.</source>
        <translation>Format &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <source>format list [--archived]
format add --name NAME [--from HH:MM] [--to HH:MM] [--slot MIN] [OPTIONS]
format change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</source>
        <translation>format list [--archived]
format add --name NAME [--from HH:MM] [--to HH:MM] [--slot MIN] [OPTIONS]
format change --name NAME [--new-name NAME] [OPTIONS] [--archive | --restore]</translation>
    </message>
    <message>
        <source>list, add or change consultation day formats</source>
        <translation>list, add or change consultation day formats</translation>
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
        <translation>list prints one format a line, tab-separated: name, default hours, slot minutes, location,
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
format with the same name is refused.</translation>
    </message>
    <message>
        <source>letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf</source>
        <translation>letters (--booking ID | --date DATE [--format NAME]) --output FILE.pdf</translation>
    </message>
    <message>
        <source>confirmation letter(s) as PDF</source>
        <translation>confirmation letter(s) as PDF</translation>
    </message>
    <message>
        <source>--booking ID: the letter of one booking; --date DATE: the letters of every active booking that day (of one format with --format NAME), one PDF.
The bookings are marked as confirmed.</source>
        <translation>--booking ID: the letter of one booking; --date DATE: the letters of every active booking that day (of one format with --format NAME), one PDF.
The bookings are marked as confirmed.</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 needs one of: %2.</translation>
    </message>
    <message>
        <source>%1 %2 needs --name NAME.</source>
        <translation>%1 %2 needs --name NAME.</translation>
    </message>
    <message>
        <source>privacy report (--company NAME | --contact NAME) --output FILE.csv|.pdf
privacy erase (--company NAME | --contact NAME)
privacy retention [--months N] [--as-of DATE] [--apply]</source>
        <translation>privacy report (--company NAME | --contact NAME) --output FILE.csv|.pdf
privacy erase (--company NAME | --contact NAME)
privacy retention [--months N] [--as-of DATE] [--apply]</translation>
    </message>
    <message>
        <source>what is stored about a company or a person; anonymise them; the retention period</source>
        <translation>what is stored about a company or a person; anonymise them; the retention period</translation>
    </message>
    <message>
        <source>report: everything stored about a company or a person, as CSV or PDF.
erase: anonymise them; their bookings stay countable.
retention: what the retention period would anonymise; --apply does it, --months N sets the period (0: off), --as-of DATE counts from another day than today.</source>
        <translation>report: everything stored about a company or a person, as CSV or PDF.
erase: anonymise them; their bookings stay countable.
retention: what the retention period would anonymise; --apply does it, --months N sets the period (0: off), --as-of DATE counts from another day than today.</translation>
    </message>
    <message>
        <source>restore --from FILE</source>
        <translation>restore --from FILE</translation>
    </message>
    <message>
        <source>replace the data with a backup</source>
        <translation>replace the data with a backup</translation>
    </message>
    <message>
        <source>The state before is kept as a backup first (its file name is printed); an older backup is brought up to date.</source>
        <translation>The state before is kept as a backup first (its file name is printed); an older backup is brought up to date.</translation>
    </message>
    <message>
        <source>schedule --date DATE [--format NAME] --output FILE.pdf</source>
        <translation>schedule --date DATE [--format NAME] --output FILE.pdf</translation>
    </message>
    <message>
        <source>the day plan as PDF</source>
        <translation>the day plan as PDF</translation>
    </message>
    <message>
        <source>--format NAME chooses the day when several share the date.</source>
        <translation>--format NAME chooses the day when several share the date.</translation>
    </message>
    <message>
        <source>The sender of the letters was saved.</source>
        <translation>The sender of the letters was saved.</translation>
    </message>
    <message>
        <source>settings sender [--organisation NAME] [--department NAME] [--street S]
                [--postcode Z] [--city C] [--phone P] [--email E] [--website URL]</source>
        <translation>settings sender [--organisation NAME] [--department NAME] [--street S]
                [--postcode Z] [--city C] [--phone P] [--email E] [--website URL]</translation>
    </message>
    <message>
        <source>show or change the sender of every letter</source>
        <translation>show or change the sender of every letter</translation>
    </message>
    <message>
        <source>Without options, prints the stored sender, one field a line: the option&apos;s name, a tab,
the value. With options, changes only the fields given; an implausible phone number or
e-mail address is refused.</source>
        <translation>Without options, prints the stored sender, one field a line: the option&apos;s name, a tab,
the value. With options, changes only the fields given; an implausible phone number or
e-mail address is refused.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ColourButton</name>
    <message>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <source>Choose Colour</source>
        <translation>Choose Colour</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompaniesDialog</name>
    <message>
        <source>Companies and Contact Persons</source>
        <translation>Companies and Contact Persons</translation>
    </message>
    <message>
        <source>&amp;New Company</source>
        <translation>&amp;New Company</translation>
    </message>
    <message>
        <source>&amp;Remove Company…</source>
        <translation>&amp;Remove Company…</translation>
    </message>
    <message>
        <source>Save the company and the contact person being edited</source>
        <translation>Save the company and the contact person being edited</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Postcode, ci&amp;ty:</source>
        <translation>Postcode, ci&amp;ty:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <source>IHK mem&amp;bership number:</source>
        <translation>IHK mem&amp;bership number:</translation>
    </message>
    <message>
        <source>In&amp;dustry:</source>
        <translation>In&amp;dustry:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>R&amp;estore Company</source>
        <translation>R&amp;estore Company</translation>
    </message>
    <message>
        <source>Remove company</source>
        <translation>Remove company</translation>
    </message>
    <message>
        <source>Remove %1? A company with bookings or waitlist entries is archived and kept for the history; one without is deleted together with its contact persons.</source>
        <translation>Remove %1? A company with bookings or waitlist entries is archived and kept for the history; one without is deleted together with its contact persons.</translation>
    </message>
    <message>
        <source>Company archived</source>
        <translation>Company archived</translation>
    </message>
    <message>
        <source>%1 has bookings or waitlist entries and was therefore archived, not deleted. Its bookings stay in the history.</source>
        <translation>%1 has bookings or waitlist entries and was therefore archived, not deleted. Its bookings stay in the history.</translation>
    </message>
    <message>
        <source>Company deleted</source>
        <translation>Company deleted</translation>
    </message>
    <message>
        <source>%1 had no bookings and was deleted together with its contact persons.</source>
        <translation>%1 had no bookings and was deleted together with its contact persons.</translation>
    </message>
    <message>
        <source>Save the new company?</source>
        <translation>Save the new company?</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
    <message>
        <source>Save the new contact person?</source>
        <translation>Save the new contact person?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompanyFinder</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Beginning of the company name</source>
        <translation>Beginning of the company name</translation>
    </message>
    <message>
        <source>Only the first %1 companies are listed; type the beginning of the name to find the others.</source>
        <translation>Only the first %1 companies are listed; type the beginning of the name to find the others.</translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Show archi&amp;ved</translation>
    </message>
</context>
<context>
    <name>Sprechtag::CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <translation>Consultants</translation>
    </message>
    <message>
        <source>C&amp;onsultants:</source>
        <translation>C&amp;onsultants:</translation>
    </message>
    <message>
        <source>What the consultant advises on, for the briefing sheet</source>
        <translation>What the consultant advises on, for the briefing sheet</translation>
    </message>
    <message>
        <source>A&amp;ctive: can be planned for new consultation days</source>
        <translation>A&amp;ctive: can be planned for new consultation days</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;file:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Archive the consultant, or delete them when they were never planned for a consultation day</source>
        <translation>Archive the consultant, or delete them when they were never planned for a consultation day</translation>
    </message>
    <message>
        <source>Remove consultant</source>
        <translation>Remove consultant</translation>
    </message>
    <message>
        <source>Remove %1? A consultant who is planned for a consultation day is archived and kept for the history; one who never was is deleted.</source>
        <translation>Remove %1? A consultant who is planned for a consultation day is archived and kept for the history; one who never was is deleted.</translation>
    </message>
    <message>
        <source>Consultant archived</source>
        <translation>Consultant archived</translation>
    </message>
    <message>
        <source>%1 is planned for consultation days and was therefore archived, not deleted. Their days and bookings stay unchanged; they are no longer offered for new days.</source>
        <translation>%1 is planned for consultation days and was therefore archived, not deleted. Their days and bookings stay unchanged; they are no longer offered for new days.</translation>
    </message>
    <message>
        <source>Consultant deleted</source>
        <translation>Consultant deleted</translation>
    </message>
    <message>
        <source>%1 was never planned for a consultation day and was deleted.</source>
        <translation>%1 was never planned for a consultation day and was deleted.</translation>
    </message>
    <message>
        <source>Save the new consultant?</source>
        <translation>Save the new consultant?</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Save the changes to %1?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ContactEditor</name>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>Sal&amp;utation:</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Tit&amp;le:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>L&amp;ast name:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>New C&amp;ontact</source>
        <translation>New C&amp;ontact</translation>
    </message>
    <message>
        <source>Archive Contact</source>
        <translation>Archive Contact</translation>
    </message>
    <message>
        <source>Restore Contact</source>
        <translation>Restore Contact</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ContactTableModel</name>
    <message>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayDialog</name>
    <message>
        <source>New Consultation Days</source>
        <translation>New Consultation Days</translation>
    </message>
    <message>
        <source>Edit Consultation Day</source>
        <translation>Edit Consultation Day</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation>&amp;Add date</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>Remove date</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starts at:</translation>
    </message>
    <message>
        <source>&amp;Ends at:</source>
        <translation>&amp;Ends at:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Slot &amp;length:</source>
        <translation>Slot &amp;length:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Breaks:</source>
        <translation>&amp;Breaks:</translation>
    </message>
    <message>
        <source>Add brea&amp;k</source>
        <translation>Add brea&amp;k</translation>
    </message>
    <message>
        <source>Remove break</source>
        <translation>Remove break</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Place and Booking</source>
        <translation>Place and Booking</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>L&amp;ocation:</translation>
    </message>
    <message>
        <source>https://… (for online consultations)</source>
        <translation>https://… (for online consultations)</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <source>Bookings &amp;until</source>
        <translation>Bookings &amp;until</translation>
    </message>
    <message>
        <source>Booking deadline:</source>
        <translation>Booking deadline:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Room of this consultant (optional)</source>
        <translation>Room of this consultant (optional)</translation>
    </message>
    <message>
        <source>Please choose a format; create one under Formats first.</source>
        <translation>Please choose a format; create one under Formats first.</translation>
    </message>
    <message>
        <source>Please add at least one date.</source>
        <translation>Please add at least one date.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n slot(s)</source>
        <translation>
            <numerusform>%1: %n slot</numerusform>
            <numerusform>%1: %n slots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) in total</source>
        <translation>
            <numerusform>%n slot in total</numerusform>
            <numerusform>%n slots in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayGridModel</name>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayListModel</name>
    <message>
        <source>Past consultation days</source>
        <translation>Past consultation days</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 of %2 free</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayListPanel</name>
    <message>
        <source>Find company or person (Ctrl+F)</source>
        <translation>Find company or person (Ctrl+F)</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>All formats</translation>
    </message>
    <message>
        <source>No company or contact found</source>
        <translation>No company or contact found</translation>
    </message>
    <message>
        <source>no booking yet</source>
        <translation>no booking yet</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayView</name>
    <message>
        <source>Select a consultation day on the left.</source>
        <translation>Select a consultation day on the left.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DirectoryService</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists (names count as the same however they are written). Nothing was saved; please choose the existing entry.</source>
        <translation>&quot;%1&quot; already exists (names count as the same however they are written). Nothing was saved; please choose the existing entry.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Domain</name>
    <message>
        <source>in planning</source>
        <translation>in planning</translation>
    </message>
    <message>
        <source>open for booking</source>
        <translation>open for booking</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>did not attend</source>
        <translation>did not attend</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Errors</name>
    <message>
        <source>The database file %1 cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>The database file %1 cannot be opened. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>The file %1 is not a Sprechtag database. It was left unchanged.</source>
        <translation>The file %1 is not a Sprechtag database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Sprechtag. It was left unchanged.</source>
        <translation>The file %1 is a database of another program, not of Sprechtag. It was left unchanged.</translation>
    </message>
    <message>
        <source>The file %1 is empty and therefore not a Sprechtag database. It was left unchanged.</source>
        <translation>The file %1 is empty and therefore not a Sprechtag database. It was left unchanged.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged. It was left unchanged; restore a backup.</source>
        <translation>The database file %1 is damaged. It was left unchanged; restore a backup.</translation>
    </message>
    <message>
        <source>The database file %1 was written by a newer version of Sprechtag (schema %2, this version knows up to %3). Please update Sprechtag; the file was left unchanged.</source>
        <translation>The database file %1 was written by a newer version of Sprechtag (schema %2, this version knows up to %3). Please update Sprechtag; the file was left unchanged.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only. Nothing was changed.</source>
        <translation>The database file %1 is read-only. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database is being used by another workstation right now. Nothing was changed; please try again in a moment.</source>
        <translation>The database is being used by another workstation right now. Nothing was changed; please try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error). Nothing was changed.</source>
        <translation>The database file could not be read or written (input/output error). Nothing was changed.</translation>
    </message>
    <message>
        <source>The database reported an unexpected problem (code %1). Nothing was changed.</source>
        <translation>The database reported an unexpected problem (code %1). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was not found.</source>
        <translation>%1 &quot;%2&quot; was not found.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The slot on %1 at %2 with %3 is already booked by %4.</source>
        <translation>The slot on %1 at %2 with %3 is already booked by %4.</translation>
    </message>
    <message>
        <source>The slot on %1 at %2 with %3 is blocked.</source>
        <translation>The slot on %1 at %2 with %3 is blocked.</translation>
    </message>
    <message>
        <source>There is no slot on %1 at %2 with %3.</source>
        <translation>There is no slot on %1 at %2 with %3.</translation>
    </message>
    <message>
        <source>The consultation day %1 cannot be booked: it is %2.</source>
        <translation>The consultation day %1 cannot be booked: it is %2.</translation>
    </message>
    <message>
        <source>%1 is already present at %2 on %3 (%4) and cannot be in two places at once.</source>
        <translation>%1 is already present at %2 on %3 (%4) and cannot be in two places at once.</translation>
    </message>
    <message>
        <source>%1 already has a slot on %2 (%3 with %4). A second slot on the same day needs an explicit exception.</source>
        <translation>%1 already has a slot on %2 (%3 with %4). A second slot on the same day needs an explicit exception.</translation>
    </message>
    <message>
        <source>The change was not made because these bookings would lose their slot: %1. Move or cancel them first.</source>
        <translation>The change was not made because these bookings would lose their slot: %1. Move or cancel them first.</translation>
    </message>
    <message>
        <source>There is already a %1 on %2.</source>
        <translation>There is already a %1 on %2.</translation>
    </message>
    <message>
        <source>Booking %1 is %2 and cannot be changed that way.</source>
        <translation>Booking %1 is %2 and cannot be changed that way.</translation>
    </message>
    <message>
        <source>Booking %1 is already cancelled.</source>
        <translation>Booking %1 is already cancelled.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile by someone else. Nothing was overwritten; please look at the current state and try again.</source>
        <translation>%1 was changed meanwhile by someone else. Nothing was overwritten; please look at the current state and try again.</translation>
    </message>
    <message>
        <source>The database already contains data; the example data is only loaded into an empty database.</source>
        <translation>The database already contains data; the example data is only loaded into an empty database.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (%1). Nothing was changed.</source>
        <translation>The change breaks a rule of the database (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Unknown problem.</translation>
    </message>
    <message>
        <source>a rule of the data</source>
        <translation>a rule of the data</translation>
    </message>
    <message>
        <source>an entry with these values exists already</source>
        <translation>an entry with these values exists already</translation>
    </message>
    <message>
        <source>it refers to something that does not exist, or something else still refers to it</source>
        <translation>it refers to something that does not exist, or something else still refers to it</translation>
    </message>
    <message>
        <source>a value is outside what is allowed</source>
        <translation>a value is outside what is allowed</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>a required value is missing</translation>
    </message>
    <message>
        <source>a consultant would be in two places at once</source>
        <translation>a consultant would be in two places at once</translation>
    </message>
    <message>
        <source>the slot is blocked or no longer offered</source>
        <translation>the slot is blocked or no longer offered</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write there and that there is free space.</source>
        <translation>The file %1 could not be written. Check that the folder exists, that you may write there and that there is free space.</translation>
    </message>
    <message>
        <source>entries of the change log cannot be changed or deleted</source>
        <translation>entries of the change log cannot be changed or deleted</translation>
    </message>
    <message>
        <source>%1 is a folder, a device or a pipe, not a database file. Nothing was opened; please choose the database file itself.</source>
        <translation>%1 is a folder, a device or a pipe, not a database file. Nothing was opened; please choose the database file itself.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 was not created. Please check the path; Sprechtag creates no folders except its own.</source>
        <translation>The folder %1 does not exist, so the database %2 was not created. Please check the path; Sprechtag creates no folders except its own.</translation>
    </message>
    <message>
        <source>The database file %1 was moved, replaced or deleted while Sprechtag had it open. Nothing was written; open the file again.</source>
        <translation>The database file %1 was moved, replaced or deleted while Sprechtag had it open. Nothing was written; open the file again.</translation>
    </message>
    <message>
        <source>The file %1 could not be written because the disk is full. An earlier file of that name is unchanged; free some space and try again.</source>
        <translation>The file %1 could not be written because the disk is full. An earlier file of that name is unchanged; free some space and try again.</translation>
    </message>
    <message>
        <source>The file %1 was written, but the database could not record that the confirmations were produced, so the bookings still show them as not produced. %2</source>
        <translation>The file %1 was written, but the database could not record that the confirmations were produced, so the bookings still show them as not produced. %2</translation>
    </message>
    <message>
        <source>The file %1 does not have the structure of a Sprechtag database of schema %2 (%3). It was not used and was left unchanged.</source>
        <translation>The file %1 does not have the structure of a Sprechtag database of schema %2 (%3). It was not used and was left unchanged.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written into the database %2: %3. The database was left as it was.</source>
        <translation>The backup %1 could not be written into the database %2: %3. The database was left as it was.</translation>
    </message>
    <message>
        <source>The file %1 was not written: %2</source>
        <translation>The file %1 was not written: %2</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Consultation day</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Export</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Booked at</translation>
    </message>
    <message>
        <source>Confirmation created at</source>
        <translation>Confirmation created at</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Company: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <source>Video link: %1</source>
        <translation>Video link: %1</translation>
    </message>
    <message>
        <source>Consultations: %1</source>
        <translation>Consultations: %1</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>Booking list</source>
        <translation>Booking list</translation>
    </message>
    <message>
        <source>Too many bookings for one Excel worksheet.</source>
        <translation>Too many bookings for one Excel worksheet.</translation>
    </message>
    <message>
        <source>Excel files are written by the library libxlsxwriter, which could not be loaded (%1). Please reinstall Sprechtag.</source>
        <translation>Excel files are written by the library libxlsxwriter, which could not be loaded (%1). Please reinstall Sprechtag.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::ExportDialog</name>
    <message>
        <source>Export booking list</source>
        <translation>Export booking list</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>Days &amp;from:</source>
        <translation>Days &amp;from:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Days &amp;until:</source>
        <translation>Days &amp;until:</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>All formats</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Include &amp;cancelled bookings</source>
        <translation>Include &amp;cancelled bookings</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::FileDialogs</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
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
        <translation>Consultation Day Formats</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Formats:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner organisation:</source>
        <translation>Pa&amp;rtner organisation:</translation>
    </message>
    <message>
        <source>Default &amp;location:</source>
        <translation>Default &amp;location:</translation>
    </message>
    <message>
        <source>Start of the default hours</source>
        <translation>Start of the default hours</translation>
    </message>
    <message>
        <source>End of the default hours</source>
        <translation>End of the default hours</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Defaults for new consultation days</source>
        <translation>Defaults for new consultation days</translation>
    </message>
    <message>
        <source>Default &amp;hours:</source>
        <translation>Default &amp;hours:</translation>
    </message>
    <message>
        <source>Slot len&amp;gth:</source>
        <translation>Slot len&amp;gth:</translation>
    </message>
    <message>
        <source>Contact person at the IHK</source>
        <translation>Contact person at the IHK</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Contact &amp;person:</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>Choose the colour in which the format&apos;s days are shown</source>
        <translation>Choose the colour in which the format&apos;s days are shown</translation>
    </message>
    <message>
        <source>Confirmation letter and display</source>
        <translation>Confirmation letter and display</translation>
    </message>
    <message>
        <source>Letter &amp;text:</source>
        <translation>Letter &amp;text:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Archive format</translation>
    </message>
    <message>
        <source>Remove the format “%1”? A format that has consultation days or waitlist entries is archived and kept for the history; one without is deleted.</source>
        <translation>Remove the format “%1”? A format that has consultation days or waitlist entries is archived and kept for the history; one without is deleted.</translation>
    </message>
    <message>
        <source>Format archived</source>
        <translation>Format archived</translation>
    </message>
    <message>
        <source>The format “%1” has consultation days or waitlist entries and was archived. Its days stay unchanged; it is no longer offered for new days.</source>
        <translation>The format “%1” has consultation days or waitlist entries and was archived. Its days stay unchanged; it is no longer offered for new days.</translation>
    </message>
    <message>
        <source>Format deleted</source>
        <translation>Format deleted</translation>
    </message>
    <message>
        <source>The format “%1” had no consultation days and was deleted.</source>
        <translation>The format “%1” had no consultation days and was deleted.</translation>
    </message>
    <message>
        <source>Save the new format?</source>
        <translation>Save the new format?</translation>
    </message>
    <message>
        <source>Save the changes to the format “%1”?</source>
        <translation>Save the changes to the format “%1”?</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <source>Offer the format for new consultation days again</source>
        <translation>Offer the format for new consultation days again</translation>
    </message>
    <message>
        <source>Archive the format, or delete it when it has no consultation days</source>
        <translation>Archive the format, or delete it when it has no consultation days</translation>
    </message>
</context>
<context>
    <name>Sprechtag::Letters</name>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>there is no letter to write.</source>
        <translation>there is no letter to write.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>%1–%2 with %3: free</source>
        <translation>%1–%2 with %3: free</translation>
    </message>
    <message>
        <source>%1 booked, %2 free</source>
        <translation>%1 booked, %2 free</translation>
    </message>
    <message>
        <source>Unblock slot</source>
        <translation>Unblock slot</translation>
    </message>
    <message>
        <source>Block slot</source>
        <translation>Block slot</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) on the waiting list could take the free slot.</source>
        <translation>
            <numerusform>%n request on the waiting list could take the free slot.</numerusform>
            <numerusform>%n requests on the waiting list could take the free slot.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New consultation day…</source>
        <translation>&amp;New consultation day…</translation>
    </message>
    <message>
        <source>&amp;Edit consultation day…</source>
        <translation>&amp;Edit consultation day…</translation>
    </message>
    <message>
        <source>Call off consultation day…</source>
        <translation>Call off consultation day…</translation>
    </message>
    <message>
        <source>&amp;Book slot…</source>
        <translation>&amp;Book slot…</translation>
    </message>
    <message>
        <source>Edit &amp;booking…</source>
        <translation>Edit &amp;booking…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancel booking…</translation>
    </message>
    <message>
        <source>Mark as &amp;attended</source>
        <translation>Mark as &amp;attended</translation>
    </message>
    <message>
        <source>Mark as did &amp;not attend</source>
        <translation>Mark as did &amp;not attend</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Formats…</source>
        <translation>&amp;Formats…</translation>
    </message>
    <message>
        <source>C&amp;onsultants…</source>
        <translation>C&amp;onsultants…</translation>
    </message>
    <message>
        <source>Com&amp;panies…</source>
        <translation>Com&amp;panies…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Load &amp;example data</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>New &amp;database…</translation>
    </message>
    <message>
        <source>&amp;About Sprechtag</source>
        <translation>&amp;About Sprechtag</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2 at %3 with %4? The slot becomes free again; the booking stays in the history as cancelled.</source>
        <translation>Cancel the booking of %1 on %2 at %3 with %4? The slot becomes free again; the booking stays in the history as cancelled.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Call off the consultation day on %1? It stays in the list as cancelled.</source>
        <translation>Call off the consultation day on %1? It stays in the list as cancelled.</translation>
    </message>
    <message>
        <source>Call off consultation day</source>
        <translation>Call off consultation day</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>First steps</translation>
    </message>
    <message>
        <source>First describe the format of your consultation days (for example &quot;Social Media Sprechtag&quot;), then the consultants.</source>
        <translation>First describe the format of your consultation days (for example &quot;Social Media Sprechtag&quot;), then the consultants.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Sprechtag databases (*.sqlite);;All files (*)</source>
        <translation>Sprechtag databases (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Sprechtag databases (*.sqlite)</source>
        <translation>Sprechtag databases (*.sqlite)</translation>
    </message>
    <message>
        <source>The file %1 exists already; open it instead.</source>
        <translation>The file %1 exists already; open it instead.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>The new language applies from the next start.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Confirmation &amp;letter (PDF)…</source>
        <translation>Confirmation &amp;letter (PDF)…</translation>
    </message>
    <message>
        <source>All confirmations of the &amp;day (PDF)…</source>
        <translation>All confirmations of the &amp;day (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print day plan…</source>
        <translation>&amp;Print day plan…</translation>
    </message>
    <message>
        <source>Day plan as P&amp;DF…</source>
        <translation>Day plan as P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Briefing sheets for the consultants (PDF)…</source>
        <translation>&amp;Briefing sheets for the consultants (PDF)…</translation>
    </message>
    <message>
        <source>Door &amp;signs (PDF)…</source>
        <translation>Door &amp;signs (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Export booking list…</source>
        <translation>&amp;Export booking list…</translation>
    </message>
    <message>
        <source>Save confirmation letter</source>
        <translation>Save confirmation letter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Confirmation letter saved: %1</source>
        <translation>Confirmation letter saved: %1</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Confirmation letters</translation>
    </message>
    <message>
        <source>This day has no bookings yet.</source>
        <translation>This day has no bookings yet.</translation>
    </message>
    <message>
        <source>Save confirmation letters</source>
        <translation>Save confirmation letters</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmation letter(s) saved.</source>
        <translation>
            <numerusform>%n confirmation letter saved.</numerusform>
            <numerusform>%n confirmation letters saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print day plan</source>
        <translation>Print day plan</translation>
    </message>
    <message>
        <source>Save day plan</source>
        <translation>Save day plan</translation>
    </message>
    <message>
        <source>Save briefing sheets</source>
        <translation>Save briefing sheets</translation>
    </message>
    <message>
        <source>Save door signs</source>
        <translation>Save door signs</translation>
    </message>
    <message>
        <source>Door signs</source>
        <translation>Door signs</translation>
    </message>
    <message>
        <source>Show the booked companies on the door signs?</source>
        <translation>Show the booked companies on the door signs?</translation>
    </message>
    <message>
        <source>Export booking list</source>
        <translation>Export booking list</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;Calendar (*.ics)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;Calendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) exported to %1.</source>
        <translation>
            <numerusform>%n booking exported to %1.</numerusform>
            <numerusform>%n bookings exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1

You can go on working. Please make sure the folder %2 can be written, or make a backup with File &gt; Back up now.</source>
        <translation>Today&apos;s automatic backup could not be made: %1

You can go on working. Please make sure the folder %2 can be written, or make a backup with File &gt; Back up now.</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Database on a network drive</translation>
    </message>
    <message>
        <source>The database %1 is on a network drive. Sprechtag works there in a slower, safer mode.

If several PCs work with this file at the same time, they should rather share a PostgreSQL server; please ask your IT support.</source>
        <translation>The database %1 is on a network drive. Sprechtag works there in a slower, safer mode.

If several PCs work with this file at the same time, they should rather share a PostgreSQL server; please ask your IT support.</translation>
    </message>
    <message>
        <source>The backup was saved and checked:
%1</source>
        <translation>The backup was saved and checked:
%1</translation>
    </message>
    <message>
        <source>Restore the backup from %1? Everything changed since then is replaced, for every workstation working with this file. The current state is kept as a backup first.</source>
        <translation>Restore the backup from %1? Everything changed since then is replaced, for every workstation working with this file. The current state is kept as a backup first.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>The backup was restored. The state before is kept as:
%1</source>
        <translation>The backup was restored. The state before is kept as:
%1</translation>
    </message>
    <message>
        <source>Database file replaced</source>
        <translation>Database file replaced</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Open other file…</source>
        <translation>&amp;Open other file…</translation>
    </message>
    <message>
        <source>Loading consultation days…</source>
        <translation>Loading consultation days…</translation>
    </message>
    <message>
        <source>Daily backup saved</source>
        <translation>Daily backup saved</translation>
    </message>
    <message>
        <source>Daily backup running…</source>
        <translation>Daily backup running…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MasterDetailDialog</name>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Show archi&amp;ved</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sprechtag::MessageBoxes</name>
    <message>
        <source>Database problem</source>
        <translation>Database problem</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
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
        <translation>The database is being converted to the new version…</translation>
    </message>
</context>
<context>
    <name>Sprechtag::OutputFiles</name>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would lie outside the chosen folder.</source>
        <translation>&quot;%1&quot; would lie outside the chosen folder.</translation>
    </message>
    <message>
        <source>A file name cannot contain control characters.</source>
        <translation>A file name cannot contain control characters.</translation>
    </message>
    <message>
        <source>it is the open database.</source>
        <translation>it is the open database.</translation>
    </message>
    <message>
        <source>it belongs to the open database.</source>
        <translation>it belongs to the open database.</translation>
    </message>
    <message>
        <source>its folder cannot be examined.</source>
        <translation>its folder cannot be examined.</translation>
    </message>
    <message>
        <source>it lies in the backup folder of the open database.</source>
        <translation>it lies in the backup folder of the open database.</translation>
    </message>
    <message>
        <source>it is a symbolic link, and Sprechtag never writes through a link.</source>
        <translation>it is a symbolic link, and Sprechtag never writes through a link.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>it is a folder.</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file.</source>
        <translation>it is a device or a pipe, not a file.</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>no file name was given.</translation>
    </message>
    <message>
        <source>the name contains a control character.</source>
        <translation>the name contains a control character.</translation>
    </message>
    <message>
        <source>it must end in %1.</source>
        <translation>it must end in %1.</translation>
    </message>
    <message>
        <source>it must end in one of %1.</source>
        <translation>it must end in one of %1.</translation>
    </message>
    <message>
        <source>it is a database, and Sprechtag never replaces a database with a document.</source>
        <translation>it is a database, and Sprechtag never replaces a database with a document.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::OutputPaths</name>
    <message>
        <source>Replace file</source>
        <translation>Replace file</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>Sprechtag::PrivacyMenu</name>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Access report…</translation>
    </message>
    <message>
        <source>A&amp;nonymise…</source>
        <translation>A&amp;nonymise…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>&amp;Change log…</translation>
    </message>
    <message>
        <source>P&amp;rivacy</source>
        <translation>P&amp;rivacy</translation>
    </message>
    <message>
        <source>Off: nothing is anonymised automatically.</source>
        <translation>Off: nothing is anonymised automatically.</translation>
    </message>
    <message>
        <source>Today this would anonymise %1 companies and %2 contact persons and empty the topics of %3 bookings before %4.</source>
        <translation>Today this would anonymise %1 companies and %2 contact persons and empty the topics of %3 bookings before %4.</translation>
    </message>
    <message>
        <source>Retention period (%1 months): %2 companies and %3 contact persons anonymised, topics of %4 old bookings emptied.</source>
        <translation>Retention period (%1 months): %2 companies and %3 contact persons anonymised, topics of %4 old bookings emptied.</translation>
    </message>
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>&amp;Create report…</source>
        <translation>&amp;Create report…</translation>
    </message>
    <message>
        <source>Access-report</source>
        <translation>Access-report</translation>
    </message>
    <message>
        <source>Save access report</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;CSV files (*.csv)</source>
        <translation>PDF documents (*.pdf);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Access report saved: %1</source>
        <translation>Access report saved: %1</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the contact person %1?

Name, title, e-mail address and phone number are replaced by &quot;%2&quot; for good, and the topics of %n booking(s) with this person are deleted. The bookings stay in the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise the contact person %1?

Name, title, e-mail address and phone number are replaced by &quot;%2&quot; for good, and the topic of %n booking with this person is deleted. The booking stays in the statistics. This cannot be undone.</numerusform>
            <numerusform>Anonymise the contact person %1?

Name, title, e-mail address and phone number are replaced by &quot;%2&quot; for good, and the topics of %n bookings with this person are deleted. The bookings stay in the statistics. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise the company %1 and all its contact persons?

Names, address, membership number, website, e-mail addresses and phone numbers are replaced by &quot;%2&quot; for good, and the topics of its %n booking(s) are deleted. The bookings stay in the statistics. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise the company %1 and all its contact persons?

Names, address, membership number, website, e-mail addresses and phone numbers are replaced by &quot;%2&quot; for good, and the topic of its %n booking is deleted. The booking stays in the statistics. This cannot be undone.</numerusform>
            <numerusform>Anonymise the company %1 and all its contact persons?

Names, address, membership number, website, e-mail addresses and phone numbers are replaced by &quot;%2&quot; for good, and the topics of its %n bookings are deleted. The bookings stay in the statistics. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is anonymised and now appears as &quot;%2&quot;.</source>
        <translation>%1 is anonymised and now appears as &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Another window or program has the database open: old copies in its journal are overwritten once it is closed.</source>
        <translation>Another window or program has the database open: old copies in its journal are overwritten once it is closed.</translation>
    </message>
    <message>
        <source>Older backups and letters already sent still contain the data.</source>
        <translation>Older backups and letters already sent still contain the data.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::PrivacyService</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Membership number</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Booked at</source>
        <translation>Booked at</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Confirmation letter made</source>
        <translation>Confirmation letter made</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Changed fields</translation>
    </message>
    <message>
        <source>Anonymised (No. %1)</source>
        <translation>Anonymised (No. %1)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Requested at</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>between 0 (off) and 1200 months, please</source>
        <translation>between 0 (off) and 1200 months, please</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Consultation day</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>reinstated</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>moved</translation>
    </message>
    <message>
        <source>attendance recorded</source>
        <translation>attendance recorded</translation>
    </message>
    <message>
        <source>confirmation made</source>
        <translation>confirmation made</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>anonymised on request</source>
        <translation>anonymised on request</translation>
    </message>
    <message>
        <source>anonymised after the retention period</source>
        <translation>anonymised after the retention period</translation>
    </message>
    <message>
        <source>Date of the retention check</source>
        <translation>Date of the retention check</translation>
    </message>
</context>
<context>
    <name>Sprechtag::RecordListModelBase</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>Sprechtag::RestoreDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Backups in %1. Restoring replaces the current data for every workstation; the current state is kept as a backup first.</source>
        <translation>Backups in %1. Restoring replaces the current data for every workstation; the current state is kept as a backup first.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation>checked, can be restored</translation>
    </message>
    <message>
        <source>cannot be restored</source>
        <translation>cannot be restored</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SchemaCheck</name>
    <message>
        <source>extra table %1</source>
        <translation>extra table %1</translation>
    </message>
    <message>
        <source>extra index %1</source>
        <translation>extra index %1</translation>
    </message>
    <message>
        <source>extra trigger %1</source>
        <translation>extra trigger %1</translation>
    </message>
    <message>
        <source>extra view %1</source>
        <translation>extra view %1</translation>
    </message>
    <message>
        <source>extra object %1</source>
        <translation>extra object %1</translation>
    </message>
    <message>
        <source>missing table %1</source>
        <translation>missing table %1</translation>
    </message>
    <message>
        <source>missing index %1</source>
        <translation>missing index %1</translation>
    </message>
    <message>
        <source>missing trigger %1</source>
        <translation>missing trigger %1</translation>
    </message>
    <message>
        <source>missing view %1</source>
        <translation>missing view %1</translation>
    </message>
    <message>
        <source>missing object %1</source>
        <translation>missing object %1</translation>
    </message>
    <message>
        <source>table %1 differs</source>
        <translation>table %1 differs</translation>
    </message>
    <message>
        <source>index %1 differs</source>
        <translation>index %1 differs</translation>
    </message>
    <message>
        <source>trigger %1 differs</source>
        <translation>trigger %1 differs</translation>
    </message>
    <message>
        <source>view %1 differs</source>
        <translation>view %1 differs</translation>
    </message>
    <message>
        <source>object %1 differs</source>
        <translation>object %1 differs</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Sender of the letters</source>
        <translation>Sender of the letters</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>E-ma&amp;il:</source>
        <translation>E-ma&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>&amp;Web:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source> months after the day</source>
        <translation> months after the day</translation>
    </message>
    <message>
        <source>&amp;Retention period:</source>
        <translation>&amp;Retention period:</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SlotPlan</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Booking deadline</source>
        <translation>Booking deadline</translation>
    </message>
    <message>
        <source>Please enter a valid date.</source>
        <translation>Please enter a valid date.</translation>
    </message>
    <message>
        <source>The day must end after it starts (%1).</source>
        <translation>The day must end after it starts (%1).</translation>
    </message>
    <message>
        <source>A slot lasts between 5 and 480 minutes.</source>
        <translation>A slot lasts between 5 and 480 minutes.</translation>
    </message>
    <message>
        <source>A slot of %1 minutes does not fit into %2.</source>
        <translation>A slot of %1 minutes does not fit into %2.</translation>
    </message>
    <message>
        <source>The break %1 must lie within the hours %2.</source>
        <translation>The break %1 must lie within the hours %2.</translation>
    </message>
    <message>
        <source>The breaks %1 and %2 overlap.</source>
        <translation>The breaks %1 and %2 overlap.</translation>
    </message>
    <message>
        <source>At least one consultant must be present.</source>
        <translation>At least one consultant must be present.</translation>
    </message>
    <message>
        <source>A consultant is listed twice.</source>
        <translation>A consultant is listed twice.</translation>
    </message>
    <message>
        <source>A consultant&apos;s own hours %1 must lie within the day&apos;s hours %2.</source>
        <translation>A consultant&apos;s own hours %1 must lie within the day&apos;s hours %2.</translation>
    </message>
    <message>
        <source>The booking deadline must not be after the day itself.</source>
        <translation>The booking deadline must not be after the day itself.</translation>
    </message>
    <message>
        <source>A consultant&apos;s hours leave no room for a single slot.</source>
        <translation>A consultant&apos;s hours leave no room for a single slot.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::StartupRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>%1

There is no usable backup of it in %2.

The file is at %3. Please keep it and ask your IT support to restore it from their data backup, or start Sprechtag with another file.</source>
        <translation>%1

There is no usable backup of it in %2.

The file is at %3. Please keep it and ask your IT support to restore it from their data backup, or start Sprechtag with another file.</translation>
    </message>
    <message numerus="yes">
        <source>%n active booking(s)</source>
        <translation>
            <numerusform>%n active booking</numerusform>
            <numerusform>%n active bookings</numerusform>
        </translation>
    </message>
    <message>
        <source>bookings not counted</source>
        <translation>bookings not counted</translation>
    </message>
    <message>
        <source>%1

The newest intact backup is from %2 (%3). Restore it now? Changes made after that time are missing afterwards. The damaged file is kept next to it under a new name and is not deleted.</source>
        <translation>%1

The newest intact backup is from %2 (%3). Restore it now? Changes made after that time are missing afterwards. The damaged file is kept next to it under a new name and is not deleted.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>The backup was restored, but the database still cannot be opened: %1</source>
        <translation>The backup was restored, but the database still cannot be opened: %1</translation>
    </message>
    <message>
        <source>The backup from %1 was restored. The damaged file was kept as %2. Please check the bookings made since then.</source>
        <translation>The backup from %1 was restored. The damaged file was kept as %2. Please check the bookings made since then.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::SubjectPicker</name>
    <message>
        <source>Company or contact person:</source>
        <translation>Company or contact person:</translation>
    </message>
    <message>
        <source>Beginning of the company name</source>
        <translation>Beginning of the company name</translation>
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
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Please enter a first or last name.</source>
        <translation>Please enter a first or last name.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address (name@example.de).</source>
        <translation>This does not look like an e-mail address (name@example.de).</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>A phone number consists of digits, spaces and + - / ( ).</source>
        <translation>A phone number consists of digits, spaces and + - / ( ).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Please enter the company&apos;s name.</source>
        <translation>Please enter the company&apos;s name.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>A German postcode has five digits.</source>
        <translation>A German postcode has five digits.</translation>
    </message>
    <message>
        <source>This contains a control character (such as Escape), which cannot be stored. Please type it again.</source>
        <translation>This contains a control character (such as Escape), which cannot be stored. Please type it again.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>An e-mail address, phone number, title or salutation belongs to a person: please enter their first or last name too.</source>
        <translation>An e-mail address, phone number, title or salutation belongs to a person: please enter their first or last name too.</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Membership number</source>
        <translation>Membership number</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Please enter a date between %1 and %2.</source>
        <translation>Please enter a date between %1 and %2.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Default location</source>
        <translation>Default location</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Letter text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Default hours</source>
        <translation>Default hours</translation>
    </message>
    <message>
        <source>The end must be later than the start.</source>
        <translation>The end must be later than the start.</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Slot length</translation>
    </message>
    <message>
        <source>One slot must fit into the default hours.</source>
        <translation>One slot must fit into the default hours.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Unknown placeholder(s): %1. Known are: %2.</source>
        <translation>Unknown placeholder(s): %1. Known are: %2.</translation>
    </message>
    <message>
        <source>There is already a format called “%1”.</source>
        <translation>There is already a format called “%1”.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::WelcomePage</name>
    <message>
        <source>Welcome to Sprechtag</source>
        <translation>Welcome to Sprechtag</translation>
    </message>
    <message>
        <source>This database has no consultation days yet. Create the first one, or load the example data (the Social Media Sprechtag of 25 March 2021 and two Website-Check-Sprechtage) to look around.</source>
        <translation>This database has no consultation days yet. Create the first one, or load the example data (the Social Media Sprechtag of 25 March 2021 and two Website-Check-Sprechtage) to look around.</translation>
    </message>
    <message>
        <source>Create the first consultation day</source>
        <translation>Create the first consultation day</translation>
    </message>
    <message>
        <source>Load example data</source>
        <translation>Load example data</translation>
    </message>
</context>
</TS>
