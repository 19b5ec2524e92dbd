// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>

class QCalendarWidget;
class QDateTimeEdit;

namespace Sprechtag {

// Plausibility checks the master data dialogs share; each refusal names the field as the label shows it.
Error invalidField(const QString &field, const QString &problem);
// Empty is fine: not every person gives an e-mail address or a phone number.
Status checkEmail(const QString &field, const QString &email);
Status checkPhone(const QString &field, const QString &phone);
Status checkRequired(const QString &field, const QString &value);

// Keeps a date field within the plausible window (domain/Validation.h). A stored date outside it widens the
// range just enough to be shown as it is, so that saving refuses it instead of a silently clamped date.
void limitToPlausibleDates(QDateTimeEdit *edit, const QDate &stored = {});
void limitToPlausibleDates(QCalendarWidget *calendar);

} // namespace Sprechtag
