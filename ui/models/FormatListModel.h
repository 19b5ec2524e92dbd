// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordListModel.h"

namespace Sprechtag {

// The formats shown in the formats dialog; archived ones in italics, each with its colour.
class FormatListModel : public RecordListModel<Format>
{
public:
    enum Column
    {
        NameColumn,
        PartnerColumn,
        ColumnCount,
    };

    explicit FormatListModel(QObject *parent = nullptr);
};

} // namespace Sprechtag
