// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Backup.h"

namespace Sprechtag {

int BackupPolicy::limitFor(BackupKind kind) const
{
    switch (kind) {
    case BackupKind::Daily:
        return daily;
    case BackupKind::Manual:
        return manual;
    case BackupKind::BeforeRestore:
        return beforeRestore;
    case BackupKind::BeforeUpdate:
        return beforeUpdate;
    }
    return manual;
}

} // namespace Sprechtag
