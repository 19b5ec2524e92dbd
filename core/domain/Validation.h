// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Types.h"

namespace Sprechtag {

// Plausibility of what staff type in; each returns InvalidInput naming the field.
bool isPlausibleEmail(const QString &email);
bool isPlausiblePhone(const QString &phone);
Status validateContact(const Contact &contact);
Status validateCompany(const Company &company);

} // namespace Sprechtag
