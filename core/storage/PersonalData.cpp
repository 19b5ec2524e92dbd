// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PersonalData.h"

namespace Sprechtag {

const QList<PersonalColumn> &personalColumns()
{
    static const QList<PersonalColumn> columns{
        {QStringLiteral("company"), QStringLiteral("name"), ClearedTo::Placeholder},
        {QStringLiteral("company"), QStringLiteral("name_key"), ClearedTo::PlaceholderKey},
        {QStringLiteral("company"), QStringLiteral("street"), ClearedTo::Empty},
        {QStringLiteral("company"), QStringLiteral("postcode"), ClearedTo::Empty},
        {QStringLiteral("company"), QStringLiteral("city"), ClearedTo::Empty},
        {QStringLiteral("company"), QStringLiteral("membership_number"), ClearedTo::Empty},
        {QStringLiteral("company"), QStringLiteral("industry"), ClearedTo::Empty},
        {QStringLiteral("company"), QStringLiteral("website"), ClearedTo::Empty},
        {QStringLiteral("contact"), QStringLiteral("salutation"), ClearedTo::NoSalutation},
        {QStringLiteral("contact"), QStringLiteral("title"), ClearedTo::Empty},
        {QStringLiteral("contact"), QStringLiteral("first_name"), ClearedTo::Empty},
        {QStringLiteral("contact"), QStringLiteral("last_name"), ClearedTo::Placeholder},
        {QStringLiteral("contact"), QStringLiteral("email"), ClearedTo::Empty},
        {QStringLiteral("contact"), QStringLiteral("phone"), ClearedTo::Empty},
        {QStringLiteral("contact"), QStringLiteral("search_key"), ClearedTo::PlaceholderKey},
        {QStringLiteral("contact"), QStringLiteral("name_key"), ClearedTo::PlaceholderKey},
        {QStringLiteral("booking"), QStringLiteral("topic"), ClearedTo::Empty},
        {QStringLiteral("booking"), QStringLiteral("cancel_reason"), ClearedTo::Empty},
        {QStringLiteral("waitlist_entry"), QStringLiteral("note"), ClearedTo::Empty},
    };
    return columns;
}

const QList<std::pair<QString, QString>> &impersonalTextColumns()
{
    static const QList<std::pair<QString, QString>> columns{
        {QStringLiteral("company"), QStringLiteral("anonymised")},
        {QStringLiteral("contact"), QStringLiteral("anonymised")},
        {QStringLiteral("booking"), QStringLiteral("status")},
        {QStringLiteral("booking"), QStringLiteral("created_at")},
        {QStringLiteral("booking"), QStringLiteral("created_by")},
        {QStringLiteral("booking"), QStringLiteral("changed_at")},
        {QStringLiteral("booking"), QStringLiteral("changed_by")},
        {QStringLiteral("booking"), QStringLiteral("confirmation_sent_at")},
        {QStringLiteral("booking"), QStringLiteral("anonymised")},
        {QStringLiteral("waitlist_entry"), QStringLiteral("created_at")},
        {QStringLiteral("waitlist_entry"), QStringLiteral("anonymised")},
    };
    return columns;
}

} // namespace Sprechtag
