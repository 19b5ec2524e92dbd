// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

#include <atomic>
#include <limits>

namespace Sprechtag::Clock {

namespace {

// Milliseconds since the epoch of the pinned instant; this value means "the system clock".
constexpr qint64 kSystem = std::numeric_limits<qint64>::min();
std::atomic<qint64> g_pinned{kSystem};

} // namespace

QDateTime nowUtc()
{
    const qint64 pinned = g_pinned.load(std::memory_order_relaxed);
    if (pinned == kSystem)
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(pinned, Qt::UTC);
}

QDateTime nowLocal()
{
    if (g_pinned.load(std::memory_order_relaxed) == kSystem)
        return QDateTime::currentDateTime();
    return nowUtc().toLocalTime();
}

QDate today()
{
    return nowLocal().date();
}

PinnedClock::PinnedClock(const QDateTime &at) : m_previous(g_pinned.load())
{
    set(at);
}

PinnedClock::~PinnedClock()
{
    g_pinned.store(m_previous);
}

void PinnedClock::set(const QDateTime &at)
{
    Q_ASSERT(at.isValid());
    g_pinned.store(at.toMSecsSinceEpoch());
}

} // namespace Sprechtag::Clock
