// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that drive real widgets on the offscreen platform.

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QWidget>

namespace Sprechtag::Test {

// Runs `fill` on the next modal dialog of type Dialog once it is shown (exec() blocks the test otherwise).
template <typename Dialog, typename Fill> void onNextDialog(Fill fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, [fill] { onNextDialog<Dialog>(fill); });
            return;
        }
        fill(dialog);
    });
}

// A window's action by its object name (nullptr when there is none).
inline QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace Sprechtag::Test
