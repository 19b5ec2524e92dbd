// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FormatRepository.h"

#include "storage/Sql.h"

namespace Sprechtag {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, description, partner, default_location, default_start, default_end, default_slot_minutes, "
    "contact_name, contact_phone, contact_email, letter_body, colour, archived, version");

Format readFormat(const Query &q)
{
    Format f;
    f.id = q.id(0);
    f.name = q.text(1);
    f.description = q.text(2);
    f.partner = q.text(3);
    f.defaultLocation = q.text(4);
    f.defaultHours = {q.integer(5), q.integer(6)};
    f.defaultSlotMinutes = q.integer(7);
    f.contactName = q.text(8);
    f.contactPhone = q.text(9);
    f.contactEmail = q.text(10);
    f.letterBody = q.text(11);
    f.colour = q.text(12);
    f.archived = q.flag(13);
    f.version = q.integer(14);
    return f;
}

void bindFields(Query &q, const Format &f)
{
    q.bind(f.name.trimmed())
        .bind(nameKey(f.name))
        .bind(f.description)
        .bind(f.partner)
        .bind(f.defaultLocation)
        .bind(f.defaultHours.start)
        .bind(f.defaultHours.end)
        .bind(f.defaultSlotMinutes)
        .bind(f.contactName)
        .bind(f.contactPhone)
        .bind(f.contactEmail)
        .bind(f.letterBody)
        .bind(f.colour)
        .bind(f.archived);
}

Result<std::optional<Format>> fetchOne(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Format>();
    return std::optional<Format>(readFormat(q));
}

} // namespace

Result<Id> FormatRepository::insert(const Format &format)
{
    Query q(m_db,
            QStringLiteral("INSERT INTO format (name, name_key, description, partner, default_location, "
                           "default_start, default_end, default_slot_minutes, contact_name, contact_phone, "
                           "contact_email, letter_body, colour, archived) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, format);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status FormatRepository::update(const Format &format)
{
    Query q(m_db, QStringLiteral("UPDATE format SET name = ?, name_key = ?, description = ?, partner = ?, "
                                 "default_location = ?, default_start = ?, default_end = ?, "
                                 "default_slot_minutes = ?, contact_name = ?, contact_phone = ?, "
                                 "contact_email = ?, letter_body = ?, colour = ?, archived = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    bindFields(q, format);
    q.bind(format.id).bind(format.version);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return makeError(ErrorCode::ChangedMeanwhile, {format.name});
    return {};
}

Result<std::optional<Format>> FormatRepository::byId(Id id)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM format WHERE id = ?"));
    q.bind(id);
    return fetchOne(q);
}

Result<std::optional<Format>> FormatRepository::byName(const QString &name)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM format WHERE name_key = ?"));
    q.bind(nameKey(name));
    return fetchOne(q);
}

Result<QList<Format>> FormatRepository::all(bool includeArchived)
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM format WHERE archived = 0 OR ? ORDER BY name_key"));
    q.bind(includeArchived);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<Format>(q, readFormat);
}

Result<qint64> FormatRepository::usageCount(Id id)
{
    return scalar(m_db,
                  QStringLiteral("SELECT (SELECT count(*) FROM consultation_day WHERE format_id = ?) + "
                                 "(SELECT count(*) FROM waitlist_entry WHERE format_id = ?)"),
                  {id, id});
}

Status FormatRepository::remove(Id id)
{
    Query q(m_db, QStringLiteral("DELETE FROM format WHERE id = ?"));
    q.bind(id);
    return q.exec();
}

} // namespace Sprechtag
