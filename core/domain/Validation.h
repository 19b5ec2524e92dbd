// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

namespace Sprechtag {

// Plausibility of what staff type in; each returns InvalidInput naming the field. Every text field is
// held to the rule of domain/Text.h: invisible characters are removed when stored, control characters
// (Escape, Bell, NUL, DEL, C1) are refused here.
bool isPlausibleEmail(const QString &email);
bool isPlausiblePhone(const QString &phone);
Status validateContact(const Contact &contact);
Status validateCompany(const Company &company);
// A format: a name, default hours whose end is after their start, a slot that fits into them, a plausible
// contact phone and e-mail (empty is fine), no control characters. The placeholders of its letter text are
// checked by MasterDataService, which knows the letter template.
Status validateFormat(const Format &format);
// A consultant: a name, a plausible e-mail address and phone number (empty is fine).
Status validateConsultant(const Consultant &consultant);
// The sender of every letter: a plausible phone number and e-mail address (empty is fine).
Status validateSender(const Organisation &sender);
// Any text field (topic, note, reason): refused when it holds a control character. field is a
// QT_TRANSLATE_NOOP in the context "Sprechtag::Validation".
Status validateText(const char *field, const QString &text);
// True when anything about a contact person was given: a salutation or any text field.
bool contactHasDetails(const Contact &contact);

// The dates Sprechtag accepts anywhere a date comes in (command line, dialogs, retention's "as of", cutoffs
// computed from them): 01.01.1990 to 31.12.2200. A date outside can only be a typo (1024 for 2024, 2224);
// refusing it keeps such a date from reaching a plan, an export or the retention period.
QDate earliestPlausibleDate();
QDate latestPlausibleDate();
bool isPlausibleDate(const QDate &date);
// InvalidInput naming the field when the date is not valid or lies outside the window.
Status validateDate(const QDate &date, const QString &field);

} // namespace Sprechtag
