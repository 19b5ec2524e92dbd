// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>

namespace Sprechtag {

// What a lookup that may find nothing found: its own error, notFound(entity, id) when there was nothing,
// or the record. `auto company = orNotFound(companies.byId(id), Entity::Company, id);`
template <typename T> Result<T> orNotFound(Result<std::optional<T>> found, Entity entity, qint64 id)
{
    if (!found)
        return found.error();
    std::optional<T> record = std::move(found).value();
    if (!record)
        return notFound(entity, id);
    return std::move(*record);
}

} // namespace Sprechtag
