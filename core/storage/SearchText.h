// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace Sprechtag {

// What the search index holds of a name key (nameKey(), already case-folded and NFKC) and what a typed
// query is compared as, folded the same way so that "Müller", "MÜLLER", "Mu\u0308ller" and "mueller" meet:
// searchText(key, false) writes ä, ö, ü as ae, oe, ue and drops every other accent ("café" → "cafe");
// searchText(key, true) drops the umlauts' dots too ("müller" → "muller"), and is empty where it would
// equal the first form (every plain ASCII key), so that the index holds it only where it differs.
QString searchText(const QString &key, bool plain);

// The SQL function sprechtag_search_text(key, plain) that the search index's triggers call; registered
// on every connection Database opens (deterministic, innocuous: allowed in triggers with
// trusted_schema off).
void registerSearchFunctions(sqlite3 *handle);

} // namespace Sprechtag
