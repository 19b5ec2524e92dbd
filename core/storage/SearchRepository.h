// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReadModels.h"
#include "domain/Types.h"
#include "storage/Database.h"

namespace Sprechtag {

class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    // Companies and contacts (name, e-mail) containing the text, case-insensitively, across all days;
    // newest bookings first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 200);

private:
    const Database &m_db;
};

} // namespace Sprechtag
