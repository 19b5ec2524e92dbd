// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Types.h"

#include <QList>

namespace Sprechtag {

// The row of the record with this id in a model's list, or -1. Shared by the list models.
template <typename Record> int rowOfId(const QList<Record> &records, Id id)
{
    for (int row = 0; row < records.size(); ++row) {
        if (records.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Sprechtag
