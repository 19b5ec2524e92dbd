-- The reference of the CSV figure (bench/run): the columns of the booking list export (exchange/BookingColumns)
-- of the same rows, in the same order, by sqlite3 -csv. :from and :to are filled in by bench/run.
SELECT strftime('%d.%m.%Y', d.date) AS "Date",
       printf('%02d:%02d', s.start_minute / 60, s.start_minute % 60) AS "Start",
       printf('%02d:%02d', s.end_minute / 60, s.end_minute % 60) AS "End",
       f.name AS "Format", cons.name AS "Consultant", coalesce(dc.room, '') AS "Room", co.name AS "Company",
       CASE coalesce(ct.salutation, 'none') WHEN 'none' THEN '' ELSE ct.salutation END AS "Salutation",
       coalesce(ct.title, '') AS "Title", coalesce(ct.first_name, '') AS "First name",
       coalesce(ct.last_name, '') AS "Last name", coalesce(ct.email, '') AS "E-mail",
       coalesce(ct.phone, '') AS "Phone", co.street AS "Street", co.postcode AS "Postcode", co.city AS "City",
       b.topic AS "Topic", b.status AS "Status", b.created_at AS "Booked at",
       coalesce(b.confirmation_sent_at, '') AS "Confirmation created at"
FROM booking b JOIN slot s ON s.id = b.slot_id JOIN consultation_day d ON d.id = s.day_id
JOIN format f ON f.id = d.format_id JOIN consultant cons ON cons.id = s.consultant_id
LEFT JOIN day_consultant dc ON dc.day_id = s.day_id AND dc.consultant_id = s.consultant_id
JOIN company co ON co.id = b.company_id LEFT JOIN contact ct ON ct.id = b.contact_id
WHERE d.date >= :from AND d.date <= :to AND b.status <> 'cancelled'
ORDER BY d.date, s.start_minute, coalesce(dc.position, 0), f.name_key, b.id;
