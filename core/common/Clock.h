// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace Sprechtag::Clock {

// The one way core asks for the time: the system clock, unless a test pinned it with PinnedClock.
// Storage and documents call these instead of QDateTime::currentDateTime*() / QDate::currentDate(), so a
// test can say what "now" is and look for it in what was written.
QDateTime nowUtc();
// The same instant in local time (names of backup files, "loaded at" lines of documents).
QDateTime nowLocal();
// Today's date in local time.
QDate today();

// While it lives, the clock stands at `at` (any time spec; the instant counts) for every thread; set()
// moves it. Scopes nest: the previous source comes back when this one ends. For tests only.
class PinnedClock
{
public:
    explicit PinnedClock(const QDateTime &at);
    ~PinnedClock();
    PinnedClock(const PinnedClock &) = delete;
    PinnedClock &operator=(const PinnedClock &) = delete;

    void set(const QDateTime &at);

private:
    qint64 m_previous;
};

} // namespace Sprechtag::Clock
