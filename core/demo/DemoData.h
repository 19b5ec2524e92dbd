// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/Database.h"

namespace Sprechtag {

struct DemoSummary
{
    int formats = 0;
    int consultants = 0;
    int days = 0;
    int bookings = 0;
};

// Loads the example of product.md section 1 into an empty database: the Social Media Sprechtag on
// 2021-03-25 and the Website-Check-Sprechtage on 2024-05-23 and 2024-06-13, with a few clearly fictional
// bookings. Refused (DatabaseNotEmpty) when the file already holds formats or days; all or nothing.
Result<DemoSummary> loadDemoData(const Database &db);

} // namespace Sprechtag
