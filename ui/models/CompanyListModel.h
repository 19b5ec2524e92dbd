// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordListModel.h"

namespace Sprechtag {

// The companies shown in the companies dialog, with their city to tell namesakes apart; archived ones in
// italics.
class CompanyListModel : public RecordListModel<Company>
{
public:
    enum Column
    {
        NameColumn,
        CityColumn,
        ColumnCount,
    };

    explicit CompanyListModel(QObject *parent = nullptr);
};

} // namespace Sprechtag
