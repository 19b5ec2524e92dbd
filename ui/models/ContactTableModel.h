// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/RecordListModel.h"

namespace Sprechtag {

// "Frau", "Herr" or "keine" (translated), as the contact table and the salutation box show it.
QString salutationName(Salutation salutation);

// The contact persons of one company; archived ones in italics.
class ContactTableModel : public RecordListModel<Contact>
{
public:
    enum Column
    {
        SalutationColumn,
        TitleColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        PhoneColumn,
        ColumnCount,
    };

    explicit ContactTableModel(QObject *parent = nullptr);
};

} // namespace Sprechtag
