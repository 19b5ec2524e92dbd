// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

class QCalendarWidget;
class QDateTimeEdit;

namespace Sprechtag {

// Keeps a date field within the plausible window (domain/Validation.h). A stored date outside it widens the
// range just enough to be shown as it is, so that saving refuses it instead of a silently clamped date.
void limitToPlausibleDates(QDateTimeEdit *edit, const QDate &stored = {});
void limitToPlausibleDates(QCalendarWidget *calendar);

} // namespace Sprechtag
