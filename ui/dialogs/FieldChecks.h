// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

namespace Sprechtag {

// Plausibility checks the master data dialogs share; each refusal names the field as the label shows it.
Error invalidField(const QString &field, const QString &problem);
// Empty is fine: not every person gives an e-mail address or a phone number.
Status checkEmail(const QString &field, const QString &email);
Status checkPhone(const QString &field, const QString &phone);
Status checkRequired(const QString &field, const QString &value);

} // namespace Sprechtag
