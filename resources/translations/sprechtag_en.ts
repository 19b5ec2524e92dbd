<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Sprechtag::App</name>
    <message>
        <source>Sprechtag</source>
        <translation>Sprechtag</translation>
    </message>
</context>
<context>
    <name>Sprechtag::BookingService</name>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
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
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Use cancel to cancel a booking.</source>
        <translation>Use cancel to cancel a booking.</translation>
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
        <source>demo takes no arguments.</source>
        <translation>demo takes no arguments.</translation>
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
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
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
        <source>check takes no arguments.</source>
        <translation>check takes no arguments.</translation>
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
        <source>Usage:
  sprechtag [--database FILE] [--language de|en]      the desktop app
  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window

Commands:
  demo                         load the example data into an empty database
  days [--from DATE] [--to DATE]
                               list consultation days (date, format, place, consultants, booked/total)
  book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]
       [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
       [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
       [--allow-second-slot]   book a slot; prints the booking number
  cancel ID [--reason TEXT]    cancel a booking
  backup --output FILE         write a checked, consistent copy of the database
  check                        check the database&apos;s integrity

Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.
Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.
Default database: %1
</source>
        <translation>Usage:
  sprechtag [--database FILE] [--language de|en]      the desktop app
  sprechtag [--database FILE] COMMAND [OPTIONS]       the same work without a window

Commands:
  demo                         load the example data into an empty database
  days [--from DATE] [--to DATE]
                               list consultation days (date, format, place, consultants, booked/total)
  book --date DATE --time HH:MM --consultant NAME --company NAME [--format NAME]
       [--salutation Frau|Herr|none] [--title T] [--first-name F] [--last-name L]
       [--email E] [--phone P] [--street S] [--postcode Z] [--city C] [--topic TEXT]
       [--allow-second-slot]   book a slot; prints the booking number
  cancel ID [--reason TEXT]    cancel a booking
  backup --output FILE         write a checked, consistent copy of the database
  check                        check the database&apos;s integrity

Dates are YYYY-MM-DD, times HH:MM; names match case-insensitively.
Exit codes: 0 done, 1 wrong usage, 2 refused by a rule or not found, 3 storage problem.
Default database: %1
</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; is not available in this version yet.</source>
        <translation>The command &quot;%1&quot; is not available in this version yet.</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DayService</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Consultation day</source>
        <translation>Consultation day</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
</context>
<context>
    <name>Sprechtag::DirectoryService</name>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
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
    <message numerus="yes">
        <source>Database: %1
%n consultation day(s)</source>
        <translation>
            <numerusform>Database: %1
%n consultation day</numerusform>
            <numerusform>Database: %1
%n consultation days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 slots booked</source>
        <translation>%1 of %2 slots booked</translation>
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
</TS>
