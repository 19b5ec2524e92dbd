// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QLoggingCategory>

namespace Sprechtag {

// The ui's logging category ("sprechtag.ui"). A read that fails where nobody asked for it (a panel
// refreshing, a tooltip, a list filling) is not dropped: it is logged here with what was being read,
// and the view shows what it has. A read the user asked for is shown with MessageBoxes::showError.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

// Logs "<what>: <the error's sentence>" as a warning in lcUi.
void logReadError(const char *what, const Error &error);

} // namespace Sprechtag
