// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

#include <functional>

namespace Sprechtag {

// The temporary file a copy is written to before it is renamed into place: created empty and 0600 in one
// step (O_EXCL), and locked (flock) while it is being written, so that a cleaner in another process
// tells a copy in progress from the leftover of a killed one. Removed unless committed.
class PartFile
{
public:
    PartFile() = default;
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    // ".<name of target>.part-<16 hex>" next to `target`.
    Status create(const QString &target);

    QString path() const { return m_path; }
    int fd() const { return m_fd; }

    // Renames the finished file to `target`; without `replace` an existing file stays and the answer
    // is false with EEXIST in *error.
    bool commit(const QString &target, bool replace, int *error = nullptr);

    // Removes the leftovers of killed copies in `folder` whose name fits `belongs` (copies still being
    // written hold their lock and stay). Returns how many files went.
    static int removeLeftoversIn(const QString &folder, const std::function<bool(const QString &)> &belongs);

private:
    int m_fd = -1;
    QString m_path;
    bool m_committed = false;
};

} // namespace Sprechtag
