// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Sprechtag {

// What erasure and retention make of a column that can identify a person or a company.
enum class ClearedTo
{
    Empty,          // ''
    Placeholder,    // "Anonymised (No. 17)"
    PlaceholderKey, // nameKey() of that placeholder
    NoSalutation,   // 'none'
};

struct PersonalColumn
{
    QString table;
    QString column;
    ClearedTo becomes;
};

// Every column of company, contact, booking and waitlist_entry that can identify someone: the one list
// that erasure and retention both clear (PrivacyRepository builds its statements from it).
const QList<PersonalColumn> &personalColumns();

// The other text columns of those tables, each identifying no one: status words, timestamps, the
// anonymisation mark and the staff member who booked (not the data subject). A test checks that every
// text column of the four tables is in one of the two lists, so a new column cannot be forgotten.
const QList<std::pair<QString, QString>> &impersonalTextColumns();

} // namespace Sprechtag
