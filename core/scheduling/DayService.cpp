// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/DayService.h"

#include "scheduling/BookingService.h"
#include "scheduling/SlotPlan.h"
#include "storage/BookingRepository.h"
#include "storage/ConsultantRepository.h"
#include "storage/FormatRepository.h"

#include <QHash>

namespace Sprechtag {

namespace {

struct SlotKey
{
    Id consultant;
    int start;
    int end;
    friend bool operator==(const SlotKey &, const SlotKey &) = default;
};

size_t qHash(const SlotKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.consultant, k.start, k.end);
}

Error blocked(const QList<BookingDetails> &bookings)
{
    QStringList names;
    for (const BookingDetails &b : bookings)
        names << describeBooking(b);
    return makeError(ErrorCode::DayChangeBlocked, {names.join(QStringLiteral("; "))});
}

// The slots of a day being changed: those the new plan keeps and those retired, by consultant and time.
struct SlotState
{
    QHash<SlotKey, Id> kept;
    QHash<SlotKey, Id> retired;
};

// Removes (or retires, when they have history) the slots the new plan no longer offers.
Status takeAwayUnplanned(DayRepository &days, Id dayId, bool sameDate, const QSet<SlotKey> &planned,
                         SlotState *state)
{
    auto existing = days.slotsOfDay(dayId, true);
    if (!existing)
        return existing.error();
    for (const SlotDetails &s : *existing) {
        const SlotKey key{s.slot.consultantId, s.slot.time.start, s.slot.time.end};
        if (s.retired) {
            if (sameDate)
                state->retired.insert(key, s.slot.id);
            continue;
        }
        auto history = days.bookingHistoryCount(s.slot.id);
        if (!history)
            return history.error();
        if (sameDate && planned.contains(key) && !state->kept.contains(key)) {
            state->kept.insert(key, s.slot.id);
            continue;
        }
        if (*history == 0) {
            if (Status st = days.removeSlot(s.slot.id); !st)
                return st;
        } else {
            if (Status st = days.setSlotRetired(s.slot.id, true); !st)
                return st;
            if (sameDate)
                state->retired.insert(key, s.slot.id);
        }
    }
    return {};
}

// Adds the planned slots that are not kept, reviving a retired one where it fits exactly.
Status addPlanned(DayRepository &days, const ConsultationDay &day, const QList<PlannedSlot> &plan,
                  const SlotState &state)
{
    for (const PlannedSlot &p : plan) {
        const SlotKey key{p.consultantId, p.time.start, p.time.end};
        if (state.kept.contains(key))
            continue;
        if (state.retired.contains(key)) {
            if (Status st = days.setSlotRetired(state.retired.value(key), false); !st)
                return st;
            continue;
        }
        if (auto id = days.insertSlot(Slot{0, day.id, p.consultantId, day.date, p.time, false}); !id)
            return id.error();
    }
    return {};
}

} // namespace

QString describeBooking(const BookingDetails &b)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(formatDateShort(b.slot.slot.date), formatTime(b.slot.slot.time.start), b.slot.consultantName,
             b.companyName);
}

Result<QList<Error>> DayService::conflicts(const ConsultationDay &day, bool checkExisting)
{
    QList<Error> out;
    FormatRepository formats(m_db);
    auto format = formats.byId(day.formatId);
    if (!format)
        return format.error();
    if (!*format) {
        out << notFound(Entity::Format, day.formatId);
        return out;
    }
    if (checkExisting) {
        auto existing = m_days.byFormatAndDate(day.formatId, day.date);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != day.id)
            out << makeError(ErrorCode::DayExists, {(*format)->name, formatDateShort(day.date)});
    }
    ConsultantRepository consultants(m_db);
    const QList<PlannedSlot> plan = planSlots(day);
    for (const DayConsultant &present : day.consultants) {
        auto consultant = consultants.byId(present.consultantId);
        if (!consultant)
            return consultant.error();
        if (!*consultant) {
            out << notFound(Entity::Consultant, present.consultantId);
            continue;
        }
        for (const PlannedSlot &p : plan) {
            if (p.consultantId != present.consultantId)
                continue;
            auto other = m_days.overlapping(present.consultantId, day.date, p.time, day.id);
            if (!other)
                return other.error();
            if (!other->isEmpty()) {
                const SlotDetails &o = other->first();
                out << makeError(ErrorCode::ConsultantBusy,
                                 {(*consultant)->name, formatTime(o.slot.time.start),
                                  formatDateShort(day.date), o.formatName});
                break; // one sentence per consultant is enough
            }
        }
    }
    return out;
}

Result<DayPreview> DayService::preview(const ConsultationDay &day)
{
    DayPreview p;
    if (Status s = validateDay(day); !s) {
        p.conflicts << s.error();
        return p;
    }
    p.slotCount = static_cast<int>(planSlots(day).size());
    auto c = conflicts(day, true);
    if (!c)
        return c.error();
    p.conflicts = *c;
    return p;
}

Status DayService::writeSlots(const ConsultationDay &day)
{
    for (const PlannedSlot &p : planSlots(day)) {
        Slot slot{0, day.id, p.consultantId, day.date, p.time, false};
        if (auto id = m_days.insertSlot(slot); !id)
            return id.error();
    }
    return {};
}

Result<ConsultationDay> DayService::create(const ConsultationDay &requested)
{
    if (Status s = validateDay(requested); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    ConsultationDay day = requested;
    day.id = 0;
    day.version = 1;
    auto found = conflicts(day, true);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->first();
    auto id = m_days.insert(day);
    if (!id)
        return id.error();
    day.id = *id;
    if (Status s = writeSlots(day); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return day;
}

Result<QList<Id>> DayService::createDays(const QList<ConsultationDay> &days)
{
    // create() opens a savepoint inside this transaction: one refused day rolls back every day before it.
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QList<Id> ids;
    for (const ConsultationDay &d : days) {
        auto created = create(d);
        if (!created)
            return created.error();
        ids << created->id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<ConsultationDay> DayService::change(const ConsultationDay &requested)
{
    if (Status s = validateDay(requested); !s)
        return s.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = m_days.byId(requested.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(Entity::Day, requested.id);
    const ConsultationDay &old = **stored;
    if (old.version != requested.version)
        return makeError(ErrorCode::ChangedMeanwhile, {formatDateShort(old.date)});

    BookingRepository bookings(m_db);
    auto active = bookings.forDay(old.id);
    if (!active)
        return active.error();
    const QList<PlannedSlot> plan = planSlots(requested);
    QSet<SlotKey> planned;
    for (const PlannedSlot &p : plan)
        planned.insert({p.consultantId, p.time.start, p.time.end});

    QList<BookingDetails> inTheWay;
    for (const BookingDetails &b : *active) {
        const SlotKey key{b.slot.slot.consultantId, b.slot.slot.time.start, b.slot.slot.time.end};
        if (requested.date != old.date || requested.formatId != old.formatId || !planned.contains(key))
            inTheWay << b;
    }
    if (!inTheWay.isEmpty())
        return blocked(inTheWay);

    auto found = conflicts(requested, true);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->first();

    // Take away what the new plan no longer offers first, so that the unique and overlap rules see the
    // final state; then add what is new, reviving a retired slot where one fits exactly.
    SlotState slots;
    if (Status st = takeAwayUnplanned(m_days, old.id, requested.date == old.date, planned, &slots); !st)
        return st.error();
    ConsultationDay day = requested;
    day.status = old.status; // the status changes only through setStatus(), with its own checks
    if (Status s = m_days.update(day); !s)
        return s.error();
    day.version = old.version + 1;
    if (Status st = addPlanned(m_days, day, plan, slots); !st)
        return st.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return day;
}

Status DayService::setStatus(Id dayId, DayStatus status)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto stored = m_days.byId(dayId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notFound(Entity::Day, dayId);
    const ConsultationDay &day = **stored;
    if (status == DayStatus::Cancelled) {
        BookingRepository bookings(m_db);
        auto active = bookings.forDay(dayId);
        if (!active)
            return active.error();
        if (!active->isEmpty())
            return blocked(*active);
    } else if (day.status == DayStatus::Cancelled) {
        // Coming back from cancelled: its consultants must still be free.
        auto found = conflicts(day, false);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return found->first();
    }
    if (Status s = m_days.setStatus(dayId, status); !s)
        return s;
    return tx.commit();
}

Result<QList<BookingDetails>> DayService::callOff(Id dayId, const QString &reason, const QString &actor)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto active = BookingRepository(m_db).forDay(dayId);
    if (!active)
        return active.error();
    // Only what is still to come is cancelled: a booking whose outcome is recorded (attended, no-show)
    // stays, and setStatus then refuses, naming it.
    QList<BookingDetails> cancelled;
    BookingService bookings(m_db);
    for (const BookingDetails &b : std::as_const(*active)) {
        if (b.booking.status != BookingStatus::Booked)
            continue;
        if (auto done = bookings.cancel(b.booking.id, reason, actor); !done)
            return done.error();
        cancelled << b;
    }
    if (Status s = setStatus(dayId, DayStatus::Cancelled); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return cancelled;
}

Status DayService::setSlotBlocked(Id slotId, bool blockedFlag)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto slot = m_days.slotById(slotId);
    if (!slot)
        return slot.error();
    if (!*slot)
        return notFound(Entity::Slot, slotId);
    if (blockedFlag) {
        BookingRepository bookings(m_db);
        auto active = bookings.activeForSlot(slotId);
        if (!active)
            return active.error();
        if (*active)
            return blocked({**active});
    }
    if (Status s = m_days.setSlotBlocked(slotId, blockedFlag); !s)
        return s;
    return tx.commit();
}

Status DayService::remove(Id dayId)
{
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    BookingRepository bookings(m_db);
    auto all = bookings.forDay(dayId, true);
    if (!all)
        return all.error();
    if (!all->isEmpty())
        return blocked(*all);
    if (Status s = m_days.remove(dayId); !s)
        return s;
    return tx.commit();
}

} // namespace Sprechtag
