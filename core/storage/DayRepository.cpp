// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/DayRepository.h"

#include "storage/Sql.h"

namespace Sprechtag {

const QString kDayColumns = QStringLiteral(
    "id, format_id, date, location, video_link, start_minute, end_minute, slot_minutes, status, "
    "booking_deadline, notes, version");

namespace {

const QString kDaySelect = QStringLiteral(
    "SELECT id, format_id, date, location, video_link, start_minute, end_minute, slot_minutes, status, "
    "booking_deadline, notes, version FROM consultation_day ");

} // namespace

ConsultationDay readDay(const Query &q)
{
    ConsultationDay d;
    d.id = q.id(0);
    d.formatId = q.id(1);
    d.date = q.date(2);
    d.location = q.text(3);
    d.videoLink = q.text(4);
    d.hours = {q.integer(5), q.integer(6)};
    d.slotMinutes = q.integer(7);
    d.status = dayStatusFromKey(q.text(8)).value_or(DayStatus::Open);
    d.bookingDeadline = q.date(9);
    d.notes = q.text(10);
    d.version = q.integer(11);
    return d;
}

namespace {

void bindDay(Query &q, const ConsultationDay &d)
{
    q.bind(d.formatId)
        .bindDate(d.date)
        .bind(d.location)
        .bind(d.videoLink)
        .bind(d.hours.start)
        .bind(d.hours.end)
        .bind(d.slotMinutes)
        .bind(toKey(d.status))
        .bindDate(d.bookingDeadline)
        .bind(d.notes);
}

const QString kSlotSelect = QStringLiteral(
    "SELECT s.id, s.day_id, s.consultant_id, s.date, s.start_minute, s.end_minute, s.blocked, c.name, "
    "coalesce(dc.room, ''), d.format_id, f.name, d.status, s.retired "
    "FROM slot s JOIN consultation_day d ON d.id = s.day_id JOIN format f ON f.id = d.format_id "
    "JOIN consultant c ON c.id = s.consultant_id "
    "LEFT JOIN day_consultant dc ON dc.day_id = s.day_id AND dc.consultant_id = s.consultant_id ");

} // namespace

Status DayRepository::writeChildren(const ConsultationDay &day)
{
    for (const char *sql :
         {"DELETE FROM day_break WHERE day_id = ?", "DELETE FROM day_consultant WHERE day_id = ?"}) {
        Query q(m_db, QString::fromLatin1(sql));
        q.bind(day.id);
        if (Status s = q.exec(); !s)
            return s;
    }
    for (const TimeRange &b : day.breaks) {
        Query q(m_db,
                QStringLiteral("INSERT INTO day_break (day_id, start_minute, end_minute) VALUES (?, ?, ?)"));
        q.bind(day.id).bind(b.start).bind(b.end);
        if (Status s = q.exec(); !s)
            return s;
    }
    int position = 0;
    for (const DayConsultant &c : day.consultants) {
        Query q(m_db, QStringLiteral("INSERT INTO day_consultant (day_id, consultant_id, position, room, "
                                     "start_minute, end_minute) VALUES (?, ?, ?, ?, ?, ?)"));
        q.bind(day.id).bind(c.consultantId).bind(position++).bind(c.room);
        if (c.hours)
            q.bind(c.hours->start).bind(c.hours->end);
        else
            q.bind(QVariant(QMetaType::fromType<int>())).bind(QVariant(QMetaType::fromType<int>()));
        if (Status s = q.exec(); !s)
            return s;
    }
    return {};
}

Result<Id> DayRepository::insert(const ConsultationDay &day)
{
    Query q(m_db, QStringLiteral("INSERT INTO consultation_day (format_id, date, location, video_link, "
                                 "start_minute, end_minute, slot_minutes, status, booking_deadline, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindDay(q, day);
    if (Status s = q.exec(); !s)
        return s.error();
    ConsultationDay stored = day;
    stored.id = q.lastInsertId();
    if (Status s = writeChildren(stored); !s)
        return s.error();
    return stored.id;
}

Status DayRepository::update(const ConsultationDay &day)
{
    {
        Query q(m_db, QStringLiteral("UPDATE consultation_day SET format_id = ?, date = ?, location = ?, "
                                     "video_link = ?, start_minute = ?, end_minute = ?, slot_minutes = ?, "
                                     "status = ?, booking_deadline = ?, notes = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"));
        bindDay(q, day);
        q.bind(day.id).bind(day.version);
        if (Status s = q.exec(); !s)
            return s;
        if (q.rowsAffected() == 0)
            return makeError(ErrorCode::ChangedMeanwhile, {formatDateShort(day.date)});
    }
    return writeChildren(day);
}

Status DayRepository::setStatus(Id dayId, DayStatus status)
{
    Query q(m_db,
            QStringLiteral("UPDATE consultation_day SET status = ?, version = version + 1 WHERE id = ?"));
    q.bind(toKey(status)).bind(dayId);
    return q.exec();
}

Status DayRepository::remove(Id dayId)
{
    Query q(m_db, QStringLiteral("DELETE FROM consultation_day WHERE id = ?"));
    q.bind(dayId);
    return q.exec();
}

Result<std::optional<ConsultationDay>> DayRepository::byId(Id dayId)
{
    ConsultationDay day;
    {
        Query q(m_db, kDaySelect + QStringLiteral("WHERE id = ?"));
        q.bind(dayId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return std::optional<ConsultationDay>();
        day = readDay(q);
    }
    {
        Query q(m_db, QStringLiteral("SELECT start_minute, end_minute FROM day_break WHERE day_id = ? "
                                     "ORDER BY start_minute"));
        q.bind(dayId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            day.breaks << TimeRange{q.integer(0), q.integer(1)};
        if (Status s = q.status(); !s)
            return s.error();
    }
    {
        Query q(m_db,
                QStringLiteral("SELECT consultant_id, room, start_minute, end_minute FROM day_consultant "
                               "WHERE day_id = ? ORDER BY position"));
        q.bind(dayId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            DayConsultant c{q.id(0), q.text(1), std::nullopt};
            if (!q.value(2).isNull())
                c.hours = TimeRange{q.integer(2), q.integer(3)};
            day.consultants << c;
        }
        if (Status s = q.status(); !s)
            return s.error();
    }
    return std::optional<ConsultationDay>(day);
}

Result<std::optional<ConsultationDay>> DayRepository::byFormatAndDate(Id formatId, const QDate &date)
{
    Result<qint64> id =
        scalar(m_db, QStringLiteral("SELECT id FROM consultation_day WHERE format_id = ? AND date = ?"),
               {formatId, isoDate(date)});
    if (!id)
        return id.error();
    if (*id == 0)
        return std::optional<ConsultationDay>();
    return byId(*id);
}

Result<Id> DayRepository::insertSlot(const Slot &slot)
{
    Query q(m_db, QStringLiteral("INSERT INTO slot (day_id, consultant_id, date, start_minute, end_minute, "
                                 "blocked) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(slot.dayId)
        .bind(slot.consultantId)
        .bindDate(slot.date)
        .bind(slot.time.start)
        .bind(slot.time.end)
        .bind(slot.blocked);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status DayRepository::removeSlot(Id slotId)
{
    Query q(m_db, QStringLiteral("DELETE FROM slot WHERE id = ?"));
    q.bind(slotId);
    return q.exec();
}

Status DayRepository::setSlotRetired(Id slotId, bool retired)
{
    Query q(m_db, QStringLiteral("UPDATE slot SET retired = ? WHERE id = ?"));
    q.bind(retired).bind(slotId);
    return q.exec();
}

Status DayRepository::setSlotBlocked(Id slotId, bool blocked)
{
    Query q(m_db, QStringLiteral("UPDATE slot SET blocked = ? WHERE id = ?"));
    q.bind(blocked).bind(slotId);
    return q.exec();
}

Result<QList<SlotDetails>> DayRepository::fetchSlots(const QString &where, const QVariantList &params)
{
    Query q(m_db, kSlotSelect + where);
    for (const QVariant &p : params)
        q.bind(p);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<SlotDetails> out;
    while (q.next()) {
        SlotDetails d;
        d.slot.id = q.id(0);
        d.slot.dayId = q.id(1);
        d.slot.consultantId = q.id(2);
        d.slot.date = q.date(3);
        d.slot.time = {q.integer(4), q.integer(5)};
        d.slot.blocked = q.flag(6);
        d.consultantName = q.text(7);
        d.room = q.text(8);
        d.formatId = q.id(9);
        d.formatName = q.text(10);
        d.dayStatus = dayStatusFromKey(q.text(11)).value_or(DayStatus::Open);
        d.retired = q.flag(12);
        out << d;
    }
    if (Status s = q.status(); !s)
        return s.error();
    return out;
}

Result<std::optional<SlotDetails>> DayRepository::slotById(Id slotId)
{
    auto list = fetchSlots(QStringLiteral("WHERE s.id = ? AND s.retired = 0"), {slotId});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<SlotDetails>() : std::optional<SlotDetails>(list->first());
}

Result<QList<SlotDetails>> DayRepository::slotsOfDay(Id dayId, bool includeRetired)
{
    // SQL per case: a condition like "(s.retired = 0 OR ?)" would keep SQLite from the day's index.
    return fetchSlots(QStringLiteral("WHERE s.day_id = ?%1 "
                                     "ORDER BY s.start_minute, coalesce(dc.position, 0), s.consultant_id")
                          .arg(includeRetired ? QString() : QStringLiteral(" AND s.retired = 0")),
                      {dayId});
}

Result<QList<SlotDetails>> DayRepository::slotsStartingAt(const QDate &date, int startMinute, Id consultantId)
{
    return fetchSlots(QStringLiteral("WHERE s.consultant_id = ? AND s.date = ? AND s.start_minute = ? "
                                     "AND s.retired = 0 ORDER BY d.status = 'cancelled', s.id"),
                      {consultantId, isoDate(date), startMinute});
}

Result<QList<SlotDetails>> DayRepository::overlapping(Id consultantId, const QDate &date,
                                                      const TimeRange &range, Id excludeDayId)
{
    return fetchSlots(
        QStringLiteral("WHERE s.consultant_id = ? AND s.date = ? AND s.retired = 0 "
                       "AND s.start_minute < ? AND ? < s.end_minute AND d.status <> 'cancelled' "
                       "AND s.day_id <> ? ORDER BY s.start_minute"),
        {consultantId, isoDate(date), range.end, range.start, excludeDayId});
}

Result<QList<DayGridColumn>> DayRepository::columnsOfDay(const ConsultationDay &day)
{
    Query q(m_db, QStringLiteral("SELECT dc.consultant_id, coalesce(c.name, ''), dc.room, dc.start_minute, "
                                 "dc.end_minute FROM day_consultant dc "
                                 "LEFT JOIN consultant c ON c.id = dc.consultant_id "
                                 "WHERE dc.day_id = ? ORDER BY dc.position"));
    q.bind(day.id);
    if (Status s = q.exec(); !s)
        return s.error();
    return readRows<DayGridColumn>(q, [&day](const Query &row) {
        DayGridColumn column{row.id(0), row.text(1), row.text(2), day.hours};
        if (!row.value(3).isNull())
            column.hours = TimeRange{row.integer(3), row.integer(4)};
        return column;
    });
}

Result<qint64> DayRepository::bookingHistoryCount(Id slotId)
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM booking WHERE slot_id = ?"), {slotId});
}

} // namespace Sprechtag
