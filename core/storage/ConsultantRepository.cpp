// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConsultantRepository.h"

#include "storage/Sql.h"

namespace Sprechtag {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, title, organisation, email, phone, profile, active, version FROM consultant ");

Consultant readConsultant(const Query &q)
{
    Consultant c;
    c.id = q.id(0);
    c.name = q.text(1);
    c.title = q.text(2);
    c.organisation = q.text(3);
    c.email = q.text(4);
    c.phone = q.text(5);
    c.profile = q.text(6);
    c.active = q.flag(7);
    c.version = q.integer(8);
    return c;
}

Result<QList<Consultant>> fetchAll(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<Consultant>(q, readConsultant);
}

void bindFields(Query &q, const Consultant &c)
{
    q.bind(c.name.trimmed())
        .bind(nameKey(c.name))
        .bind(c.title)
        .bind(c.organisation)
        .bind(c.email)
        .bind(c.phone)
        .bind(c.profile)
        .bind(c.active);
}

} // namespace

Result<Id> ConsultantRepository::insert(const Consultant &consultant)
{
    Query q(m_db, QStringLiteral("INSERT INTO consultant (name, name_key, title, organisation, email, phone, "
                                 "profile, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, consultant);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status ConsultantRepository::update(const Consultant &consultant)
{
    Query q(m_db, QStringLiteral("UPDATE consultant SET name = ?, name_key = ?, title = ?, organisation = ?, "
                                 "email = ?, phone = ?, profile = ?, active = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
    bindFields(q, consultant);
    q.bind(consultant.id).bind(consultant.version);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() == 0)
        return makeError(ErrorCode::ChangedMeanwhile, {consultant.name});
    return {};
}

Status ConsultantRepository::remove(Id id)
{
    Query q(m_db, QStringLiteral("DELETE FROM consultant WHERE id = ?"));
    q.bind(id);
    return q.exec();
}

Result<std::optional<Consultant>> ConsultantRepository::byId(Id id)
{
    Query q(m_db, kSelect + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    auto list = fetchAll(q);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Consultant>();
    return std::optional<Consultant>(list->first());
}

Result<QList<Consultant>> ConsultantRepository::byName(const QString &name)
{
    Query q(m_db, kSelect + QStringLiteral("WHERE name_key = ? ORDER BY active DESC, id"));
    q.bind(nameKey(name));
    return fetchAll(q);
}

Result<QList<Consultant>> ConsultantRepository::all(bool includeInactive)
{
    Query q(m_db, kSelect + QStringLiteral("WHERE active = 1 OR ? ORDER BY name_key"));
    q.bind(includeInactive);
    return fetchAll(q);
}

Result<qint64> ConsultantRepository::usageCount(Id id)
{
    return scalar(m_db,
                  QStringLiteral("SELECT (SELECT count(*) FROM slot WHERE consultant_id = ?) + "
                                 "(SELECT count(*) FROM day_consultant WHERE consultant_id = ?)"),
                  {id, id});
}

} // namespace Sprechtag
