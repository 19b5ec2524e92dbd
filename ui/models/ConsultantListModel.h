// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordListModel.h"

namespace Sprechtag {

// The consultants shown in the consultants dialog, with their organisation; inactive (archived) ones in
// italics.
class ConsultantListModel : public RecordListModel<Consultant>
{
public:
    enum Column
    {
        NameColumn,
        OrganisationColumn,
        ColumnCount,
    };

    explicit ConsultantListModel(QObject *parent = nullptr);
};

} // namespace Sprechtag
