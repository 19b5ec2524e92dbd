// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

namespace Sprechtag {

struct PlannedSlot
{
    Id consultantId = 0;
    TimeRange time;
    friend bool operator==(const PlannedSlot &, const PlannedSlot &) = default;
};

// The slots a day offers: for each consultant present, from their own hours (or the day's) in steps of
// the slot length. A slot that would overlap a break starts after it instead; a slot that would run past
// the end is not offered.
QList<PlannedSlot> planSlots(const ConsultationDay &day);

// Checks a day's definition on its own (hours, slot length, breaks, consultants); the first problem found
// comes back as an InvalidInput error with a translated sentence.
Status validateDay(const ConsultationDay &day);

} // namespace Sprechtag
