// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

namespace Bench {

// 1,000 confirmation letters into one PDF (documents/LetterRenderer), against LibreOffice headless
// converting the same letters as a text document of as many pages, when it is installed.
int lettersFigure(const Sprechtag::Database &db, int count);

} // namespace Bench
