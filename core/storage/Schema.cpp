// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"

namespace Sprechtag {

namespace {

// Version 1: the whole domain of product.md section 2. Times are minutes after midnight, dates ISO text
// (local time, Europe/Berlin), timestamps ISO UTC.
QStringList schemaVersion1()
{
    return {
        QStringLiteral(R"(CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    web TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE format (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    partner TEXT NOT NULL DEFAULT '',
    default_location TEXT NOT NULL DEFAULT '',
    default_start INTEGER NOT NULL DEFAULT 540 CHECK (default_start BETWEEN 0 AND 1440),
    default_end INTEGER NOT NULL DEFAULT 960 CHECK (default_end BETWEEN 0 AND 1440 AND default_end > default_start),
    default_slot_minutes INTEGER NOT NULL DEFAULT 60 CHECK (default_slot_minutes BETWEEN 5 AND 480),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    letter_body TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE consultant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
) STRICT)"),
        QStringLiteral("CREATE INDEX consultant_name_key ON consultant (name_key)"),
        QStringLiteral(R"(CREATE TABLE consultation_day (
    id INTEGER PRIMARY KEY,
    format_id INTEGER NOT NULL REFERENCES format (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    location TEXT NOT NULL DEFAULT '',
    video_link TEXT NOT NULL DEFAULT '',
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440 AND end_minute > start_minute),
    slot_minutes INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('planning', 'open', 'done', 'cancelled')),
    booking_deadline TEXT CHECK (booking_deadline IS NULL
        OR booking_deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (format_id, date)
) STRICT)"),
        QStringLiteral("CREATE INDEX consultation_day_date ON consultation_day (date)"),
        QStringLiteral(R"(CREATE TABLE day_break (
    day_id INTEGER NOT NULL REFERENCES consultation_day (id) ON DELETE CASCADE,
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440 AND end_minute > start_minute),
    PRIMARY KEY (day_id, start_minute)
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE day_consultant (
    day_id INTEGER NOT NULL REFERENCES consultation_day (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id),
    position INTEGER NOT NULL DEFAULT 0,
    room TEXT NOT NULL DEFAULT '',
    start_minute INTEGER CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK ((start_minute IS NULL) = (end_minute IS NULL)),
    CHECK (end_minute IS NULL OR end_minute > start_minute),
    PRIMARY KEY (day_id, consultant_id)
) STRICT)"),
        // The slot carries its day's date so that the overlap rule below can use an index.
        QStringLiteral(R"(CREATE TABLE slot (
    id INTEGER PRIMARY KEY,
    day_id INTEGER NOT NULL REFERENCES consultation_day (id) ON DELETE CASCADE,
    consultant_id INTEGER NOT NULL REFERENCES consultant (id),
    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440 AND end_minute > start_minute),
    blocked INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT)"),
        QStringLiteral("CREATE UNIQUE INDEX slot_unique_start ON slot (day_id, consultant_id, start_minute) "
                       "WHERE retired = 0"),
        QStringLiteral("CREATE INDEX slot_consultant_date ON slot (consultant_id, date, start_minute)"),
        QStringLiteral("CREATE INDEX slot_day ON slot (day_id, start_minute)"),
        // Rule 2: a consultant is never in two slots at the same time, across all days and formats.
        QStringLiteral(R"(CREATE TRIGGER slot_consultant_no_overlap_insert BEFORE INSERT ON slot
WHEN NEW.retired = 0 AND EXISTS (
    SELECT 1 FROM slot s JOIN consultation_day d ON d.id = s.day_id
    WHERE s.consultant_id = NEW.consultant_id AND s.date = NEW.date AND s.retired = 0
      AND s.start_minute < NEW.end_minute AND NEW.start_minute < s.end_minute
      AND d.status <> 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'consultant_overlap');
END)"),
        QStringLiteral(R"(CREATE TRIGGER slot_consultant_no_overlap_update
BEFORE UPDATE OF consultant_id, date, start_minute, end_minute, retired ON slot
WHEN NEW.retired = 0 AND EXISTS (
    SELECT 1 FROM slot s JOIN consultation_day d ON d.id = s.day_id
    WHERE s.id <> NEW.id AND s.consultant_id = NEW.consultant_id AND s.date = NEW.date AND s.retired = 0
      AND s.start_minute < NEW.end_minute AND NEW.start_minute < s.end_minute
      AND d.status <> 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'consultant_overlap');
END)"),
        QStringLiteral(R"(CREATE TABLE company (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    membership_number TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
) STRICT)"),
        QStringLiteral("CREATE INDEX company_name_key ON company (name_key)"),
        QStringLiteral(R"(CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id),
    salutation TEXT NOT NULL DEFAULT 'none' CHECK (salutation IN ('none', 'Frau', 'Herr')),
    title TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (length(trim(first_name)) > 0 OR length(trim(last_name)) > 0)
) STRICT)"),
        QStringLiteral("CREATE INDEX contact_company ON contact (company_id)"),
        QStringLiteral(R"(CREATE TABLE booking (
    id INTEGER PRIMARY KEY,
    slot_id INTEGER NOT NULL REFERENCES slot (id),
    company_id INTEGER NOT NULL REFERENCES company (id),
    contact_id INTEGER REFERENCES contact (id),
    topic TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'attended', 'no_show')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT '',
    confirmation_sent_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
) STRICT)"),
        // Rule 1: a slot holds at most one active booking, whatever the program in front of the file does.
        QStringLiteral("CREATE UNIQUE INDEX booking_one_active_per_slot ON booking (slot_id) "
                       "WHERE status <> 'cancelled'"),
        QStringLiteral("CREATE INDEX booking_company ON booking (company_id)"),
        QStringLiteral(R"(CREATE TRIGGER booking_slot_bookable BEFORE INSERT ON booking
WHEN NEW.status <> 'cancelled'
 AND (SELECT blocked OR retired FROM slot WHERE id = NEW.slot_id)
BEGIN
    SELECT RAISE(ABORT, 'slot_not_bookable');
END)"),
        QStringLiteral(
            R"(CREATE TRIGGER booking_slot_bookable_update BEFORE UPDATE OF slot_id, status ON booking
WHEN NEW.status <> 'cancelled'
 AND (NEW.slot_id <> OLD.slot_id OR OLD.status = 'cancelled')
 AND (SELECT blocked OR retired FROM slot WHERE id = NEW.slot_id)
BEGIN
    SELECT RAISE(ABORT, 'slot_not_bookable');
END)"),
        // Rule 2 again when a cancelled day comes back: its consultants must still be free.
        QStringLiteral(R"(CREATE TRIGGER day_reopen_no_overlap BEFORE UPDATE OF status ON consultation_day
WHEN OLD.status = 'cancelled' AND NEW.status <> 'cancelled' AND EXISTS (
    SELECT 1 FROM slot mine JOIN slot s ON s.consultant_id = mine.consultant_id AND s.date = mine.date
    JOIN consultation_day d ON d.id = s.day_id
    WHERE mine.day_id = NEW.id AND mine.retired = 0 AND s.retired = 0 AND s.day_id <> NEW.id
      AND s.start_minute < mine.end_minute AND mine.start_minute < s.end_minute AND d.status <> 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'consultant_overlap');
END)"),
        QStringLiteral(R"(CREATE TABLE waitlist_entry (
    id INTEGER PRIMARY KEY,
    format_id INTEGER NOT NULL REFERENCES format (id),
    day_id INTEGER REFERENCES consultation_day (id) ON DELETE SET NULL,
    company_id INTEGER NOT NULL REFERENCES company (id),
    contact_id INTEGER REFERENCES contact (id),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
) STRICT)"),
        QStringLiteral("CREATE INDEX waitlist_format ON waitlist_entry (format_id, resolved)"),
    };
}

} // namespace

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> migrations{Migration{1, schemaVersion1()}};
    return migrations;
}

int currentSchemaVersion()
{
    return sqliteMigrations().constLast().version;
}

} // namespace Sprechtag
