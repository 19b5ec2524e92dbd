// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/ActionSet.h"

#include <QAction>

namespace Sprechtag {

QAction *ActionSet::makeAction(const QString &text, const char *name, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

} // namespace Sprechtag
