// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace Sprechtag {

Q_LOGGING_CATEGORY(lcUi, "sprechtag.ui")

void logReadError(const char *what, const Error &error)
{
    qCWarning(lcUi, "%s: %s", what, qUtf8Printable(errorMessage(error)));
}

} // namespace Sprechtag
