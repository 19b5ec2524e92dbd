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
// Any text field (topic, note, reason): refused when it holds a control character. field is a
// QT_TRANSLATE_NOOP in the context "Sprechtag::Validation".
Status validateText(const char *field, const QString &text);
// True when anything about a contact person was given: a salutation or any text field.
bool contactHasDetails(const Contact &contact);

} // namespace Sprechtag
