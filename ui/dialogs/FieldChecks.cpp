// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/FieldChecks.h"

#include "domain/Validation.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>

#include <algorithm>

namespace Sprechtag {

void limitToPlausibleDates(QDateTimeEdit *edit, const QDate &stored)
{
    QDate first = earliestPlausibleDate();
    QDate last = latestPlausibleDate();
    if (stored.isValid()) {
        first = std::min(first, stored);
        last = std::max(last, stored);
    }
    edit->setDateRange(first, last);
}

void limitToPlausibleDates(QCalendarWidget *calendar)
{
    calendar->setDateRange(earliestPlausibleDate(), latestPlausibleDate());
}

} // namespace Sprechtag
