// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that drive real widgets on the offscreen platform.

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <source_location>

namespace Sprechtag::Test {

// How long onNextDialog waits for its dialog before the test fails (far more than any dialog needs, far
// less than CTest's timeout).
inline constexpr std::chrono::milliseconds kDialogTimeout{5000};

// A child widget by its object name; the test stops with the name when there is none (instead of
// crashing on a null pointer a line later).
template <typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s named %s in %s", T::staticMetaObject.className(), name,
               parent.metaObject()->className());
    return found;
}

namespace Detail {

// What is open instead, for the message of a dialog that did not come.
inline QString describeModal()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal)
        return QStringLiteral("no modal window is open");
    return QStringLiteral("the open modal window is a %1 \"%2\"")
        .arg(QString::fromLatin1(modal->metaObject()->className()), modal->windowTitle());
}

template <typename Dialog, typename Fill>
void pollForDialog(const Fill &fill, QDeadlineTimer deadline, std::source_location where)
{
    if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
        fill(dialog);
        return;
    }
    if (deadline.hasExpired()) {
        qFatal("%s:%u: no %s was shown within %lld ms of onNextDialog (%s)", where.file_name(), where.line(),
               Dialog::staticMetaObject.className(), qlonglong(kDialogTimeout.count()),
               qUtf8Printable(describeModal()));
    }
    QTimer::singleShot(10, [fill, deadline, where] { pollForDialog<Dialog>(fill, deadline, where); });
}

} // namespace Detail

// Runs `fill` on the next modal dialog of type Dialog once it is shown (exec() blocks the test otherwise).
// When none is shown within kDialogTimeout, the test stops with the caller's line and what is open
// instead, rather than hanging until CTest's timeout.
template <typename Dialog, typename Fill>
void onNextDialog(Fill fill, std::source_location where = std::source_location::current())
{
    const QDeadlineTimer deadline(kDialogTimeout);
    QTimer::singleShot(0, [fill, deadline, where] { Detail::pollForDialog<Dialog>(fill, deadline, where); });
}

// A window's action by its object name (nullptr when there is none).
inline QAction *action(QWidget *window, const char *name)
{
    return window->findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace Sprechtag::Test
