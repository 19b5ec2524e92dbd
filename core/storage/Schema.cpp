// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Schema.h"

#include "domain/Text.h"
#include "storage/Database.h"
#include "storage/MigrationData.h"
#include "storage/SchemaV4.h"
#include "storage/Sql.h"

#include <sqlite3.h>

namespace Sprechtag {

namespace {

// Version 1: the whole domain of product.md section 2. Times are minutes after midnight, dates ISO text
// (local time, Europe/Berlin), timestamps ISO UTC.
// NOLINTNEXTLINE(readability-function-size): DDL
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

// An audited table: which entity the log calls it, the columns whose changes are named (never their
// values), and how an UPDATE is called in the log.
struct AuditedTable
{
    QString table;
    QString entity;
    QStringList columns;
    QString updateAction;
};

QString changedFields(const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts << QStringLiteral("CASE WHEN OLD.%1 IS NOT NEW.%1 THEN '%1,' ELSE '' END").arg(c);
    return QStringLiteral("rtrim(%1, ',')").arg(parts.join(QStringLiteral(" || ")));
}

// The log entry a trigger writes. sprechtag_actor() exists only on connections that Database opened:
// a program that writes the file through another connection fails instead of skipping the log.
QString auditInsert(const AuditedTable &t, const QString &row, const QString &action, const QString &fields)
{
    return QStringLiteral("INSERT INTO audit_log (at, staff_user, entity, entity_id, action, fields) VALUES "
                          "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sprechtag_actor(), '%1', %2.id, %3, %4);")
        .arg(t.entity, row, action, fields);
}

QStringList auditTriggers(const AuditedTable &t)
{
    return {
        QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 BEGIN %2 END")
            .arg(t.table,
                 auditInsert(t, QStringLiteral("NEW"), QStringLiteral("'create'"), QStringLiteral("''"))),
        QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 BEGIN %2 END")
            .arg(t.table, auditInsert(t, QStringLiteral("NEW"), t.updateAction, changedFields(t.columns))),
        QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2 END")
            .arg(t.table,
                 auditInsert(t, QStringLiteral("OLD"), QStringLiteral("'delete'"), QStringLiteral("''"))),
    };
}

// Version 2: privacy (issue #5). The append-only audit log of who changed what, filled by triggers on
// every table with data worth tracing; the retention period; a mark on anonymised records.
// NOLINTNEXTLINE(readability-function-size): DDL
QStringList schemaVersion2()
{
    const QString anonymisedColumn =
        QStringLiteral(" ADD COLUMN anonymised TEXT NOT NULL DEFAULT '' CHECK (anonymised IN ('', 'erase', "
                       "'retention'))");
    QStringList statements{
        QStringLiteral("ALTER TABLE organisation ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (retention_months BETWEEN 0 AND 1200)"),
        QStringLiteral("ALTER TABLE company") + anonymisedColumn,
        QStringLiteral("ALTER TABLE contact") + anonymisedColumn,
        QStringLiteral("ALTER TABLE booking") + anonymisedColumn,
        QStringLiteral("ALTER TABLE waitlist_entry") + anonymisedColumn,
        QStringLiteral(R"(CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    staff_user TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)"),
        // Retention and erasure look up a contact's bookings and a company's waiting-list entries.
        QStringLiteral("CREATE INDEX booking_contact ON booking (contact_id)"),
        QStringLiteral("CREATE INDEX waitlist_company ON waitlist_entry (company_id)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log_append_only'); END"),
    };
    const QString archiveAction =
        QStringLiteral("CASE WHEN NEW.archived > OLD.archived THEN 'archive' "
                       "WHEN NEW.archived < OLD.archived THEN 'restore' ELSE 'edit' END");
    const QString personAction =
        QStringLiteral("CASE WHEN NEW.anonymised <> OLD.anonymised THEN NEW.anonymised "
                       "WHEN NEW.archived > OLD.archived THEN 'archive' "
                       "WHEN NEW.archived < OLD.archived THEN 'restore' ELSE 'edit' END");
    const QList<AuditedTable> tables{
        {QStringLiteral("format"), QStringLiteral("format"),
         QStringList{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("partner"),
                     QStringLiteral("default_location"), QStringLiteral("default_start"),
                     QStringLiteral("default_end"), QStringLiteral("default_slot_minutes"),
                     QStringLiteral("contact_name"), QStringLiteral("contact_phone"),
                     QStringLiteral("contact_email"), QStringLiteral("letter_body"), QStringLiteral("colour"),
                     QStringLiteral("archived")},
         archiveAction},
        {QStringLiteral("consultant"), QStringLiteral("consultant"),
         QStringList{QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("organisation"),
                     QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("profile"),
                     QStringLiteral("active")},
         QStringLiteral("CASE WHEN NEW.active < OLD.active THEN 'archive' "
                        "WHEN NEW.active > OLD.active THEN 'restore' ELSE 'edit' END")},
        {QStringLiteral("consultation_day"), QStringLiteral("day"),
         QStringList{QStringLiteral("format_id"), QStringLiteral("date"), QStringLiteral("location"),
                     QStringLiteral("video_link"), QStringLiteral("start_minute"),
                     QStringLiteral("end_minute"), QStringLiteral("slot_minutes"), QStringLiteral("status"),
                     QStringLiteral("booking_deadline"), QStringLiteral("notes")},
         QStringLiteral("CASE WHEN NEW.status <> OLD.status AND NEW.status = 'cancelled' THEN 'cancel' "
                        "ELSE 'edit' END")},
        {QStringLiteral("company"), QStringLiteral("company"),
         QStringList{QStringLiteral("name"), QStringLiteral("street"), QStringLiteral("postcode"),
                     QStringLiteral("city"), QStringLiteral("membership_number"), QStringLiteral("industry"),
                     QStringLiteral("website"), QStringLiteral("archived")},
         personAction},
        {QStringLiteral("contact"), QStringLiteral("contact"),
         QStringList{QStringLiteral("company_id"), QStringLiteral("salutation"), QStringLiteral("title"),
                     QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
                     QStringLiteral("phone"), QStringLiteral("archived")},
         personAction},
        {QStringLiteral("booking"), QStringLiteral("booking"),
         QStringList{QStringLiteral("slot_id"), QStringLiteral("company_id"), QStringLiteral("contact_id"),
                     QStringLiteral("topic"), QStringLiteral("status"), QStringLiteral("cancel_reason"),
                     QStringLiteral("confirmation_sent_at")},
         QStringLiteral("CASE WHEN NEW.anonymised <> OLD.anonymised THEN NEW.anonymised "
                        "WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN 'cancel' "
                        "WHEN OLD.status = 'cancelled' AND NEW.status <> 'cancelled' THEN 'reinstate' "
                        "WHEN NEW.status <> OLD.status THEN 'attendance' "
                        "WHEN NEW.slot_id <> OLD.slot_id THEN 'move' "
                        "WHEN NEW.confirmation_sent_at IS NOT OLD.confirmation_sent_at THEN 'confirmation' "
                        "ELSE 'edit' END")},
        {QStringLiteral("waitlist_entry"), QStringLiteral("waitlist"),
         QStringList{QStringLiteral("format_id"), QStringLiteral("day_id"), QStringLiteral("company_id"),
                     QStringLiteral("contact_id"), QStringLiteral("note"), QStringLiteral("resolved")},
         QStringLiteral("CASE WHEN NEW.anonymised <> OLD.anonymised THEN NEW.anonymised "
                        "WHEN NEW.resolved > OLD.resolved THEN 'resolve' ELSE 'edit' END")},
        {QStringLiteral("organisation"), QStringLiteral("settings"),
         QStringList{QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("street"),
                     QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("phone"),
                     QStringLiteral("email"), QStringLiteral("web"), QStringLiteral("retention_months")},
         QStringLiteral("'edit'")},
    };
    for (const AuditedTable &t : tables)
        statements << auditTriggers(t);
    return statements;
}

// Version 3: names mean the same however they are typed (issue #10). Contacts get a key of their name,
// so that a person is found by name across companies through an index.
QStringList schemaVersion3()
{
    return {
        QStringLiteral("ALTER TABLE contact ADD COLUMN name_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX contact_name_key ON contact (name_key)"),
    };
}

void nameKeyFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(values[0]));
    const int bytes = sqlite3_value_bytes16(values[0]);
    const QString key = nameKey(QString::fromUtf16(text, bytes / 2));
    sqlite3_result_text16(context, key.utf16(), int(key.size() * 2), SQLITE_TRANSIENT);
}

// While it lives: sprechtag_identity_key() exists on the connection (top-level SQL only, never in a
// trigger or view), and triggers are off, so that recomputed keys, which are no one's change, do not fill
// the audit log with an entry per row.
class KeyRecomputation
{
public:
    explicit KeyRecomputation(sqlite3 *handle) : m_handle(handle)
    {
        m_registered =
            sqlite3_create_function_v2(m_handle, "sprechtag_identity_key", 1,
                                       SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr,
                                       nameKeyFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
        m_triggersOff = sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr) == SQLITE_OK;
    }
    ~KeyRecomputation()
    {
        if (m_triggersOff)
            sqlite3_db_config(m_handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
        if (m_registered)
            sqlite3_create_function_v2(m_handle, "sprechtag_identity_key", 1, SQLITE_UTF16, nullptr, nullptr,
                                       nullptr, nullptr, nullptr);
    }
    KeyRecomputation(const KeyRecomputation &) = delete;
    KeyRecomputation &operator=(const KeyRecomputation &) = delete;
    bool ready() const { return m_registered && m_triggersOff; }

private:
    sqlite3 *m_handle = nullptr;
    bool m_registered = false;
    bool m_triggersOff = false;
};

// Every key column again with nameKey(); only rows whose key changes are written. Two formats whose
// names now mean the same keep the older key on the later one (the unique key of formats).
Status recomputeNameKeys(const Database &db)
{
    sqlite3 *handle = db.nativeHandle();
    if (!handle)
        return makeError(ErrorCode::StorageFailure, {QStringLiteral("identity_key")});
    KeyRecomputation scope(handle);
    if (!scope.ready())
        return makeError(ErrorCode::StorageFailure, {QStringLiteral("identity_key")});
    const QString contactName = QStringLiteral("first_name || ' ' || last_name");
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("OR IGNORE format"), QStringLiteral("name_key = sprechtag_identity_key(name)")},
        {QStringLiteral("consultant"), QStringLiteral("name_key = sprechtag_identity_key(name)")},
        {QStringLiteral("company"), QStringLiteral("name_key = sprechtag_identity_key(name)")},
        {QStringLiteral("contact"), QStringLiteral("name_key = sprechtag_identity_key(%1)").arg(contactName)},
        {QStringLiteral("contact"),
         QStringLiteral("search_key = sprechtag_identity_key(%1 || ' ' || email)").arg(contactName)},
    };
    for (const auto &[table, assignment] : keys) {
        const qsizetype eq = assignment.indexOf(QLatin1String(" = "));
        const QString column = assignment.left(eq);
        const QString value = assignment.mid(eq + 3);
        if (Status s = execute(
                db,
                QStringLiteral("UPDATE %1 SET %2 WHERE %3 IS NOT %4").arg(table, assignment, column, value));
            !s)
            return s;
    }
    return {};
}

} // namespace

const QList<Migration> &sqliteMigrations()
{
    static const QList<Migration> migrations{Migration{1, schemaVersion1()}, Migration{2, schemaVersion2()},
                                             Migration{3, schemaVersion3()}, Migration{4, schemaVersion4()}};
    return migrations;
}

Status runMigrationDataStep(int version, const Database &db, const std::function<void(int, int)> &progress)
{
    if (version == 3)
        return recomputeNameKeys(db);
    if (version == 4) {
        // The search index is made of the keys: they are made right first (a file written by a program
        // that folded names its own way).
        if (Status s = recomputeNameKeys(db); !s)
            return s;
        if (progress)
            progress(1, schemaVersion4FillSteps() + 1);
        return fillSchemaVersion4(db, progress);
    }
    return {};
}

int migrationDataSteps(int version)
{
    return version == 4 ? schemaVersion4FillSteps() + 1 : 0;
}

int currentSchemaVersion()
{
    return sqliteMigrations().constLast().version;
}

} // namespace Sprechtag
