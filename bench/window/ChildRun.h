// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Bench {

struct TraceEvent
{
    QString name;
    double at = 0;     // ms since the process was started
    double value = -1; // gap length, day id
};

// One run of a window program (the real sprechtag, or the bare reference) with the tracer plugin loaded
// (bench/tracer/Tracer.cpp): what it wrote, when.
class ChildRun
{
public:
    // program and arguments; the environment gets the tracer, the offscreen platform and a settings
    // folder of its own (configHome).
    ChildRun(const QString &program, const QStringList &arguments, const QString &configHome);
    ~ChildRun();
    ChildRun(const ChildRun &) = delete;
    ChildRun &operator=(const ChildRun &) = delete;

    bool start();
    // Waits until the trace has an event of that name (after `after` ms), at most timeoutMs.
    std::optional<TraceEvent> waitFor(const QString &name, int timeoutMs, double after = -1);
    QList<TraceEvent> events();
    // After a change: until the event loop has run again and no change followed for quietMs (at most
    // timeoutMs); returns the time of the last change, or -1.
    double waitUntilSettled(double after, int quietMs, int timeoutMs);
    // The longest "gap" that overlaps [from, to] (ms since start); gaps reach back their length. With
    // startingInside, only gaps that began at or after `from` count (a stall of the shown window, not
    // the start-up before its first paint).
    double longestGap(double from, double to, bool startingInside = false);
    // Milliseconds since the process was started, by the parent's clock.
    double now() const;
    qint64 pid() const { return m_process.processId(); }
    // Asks the program to quit (on stdin), then waits; kills it when it does not.
    void quit();

private:
    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_tracePath;
    qint64 m_t0 = 0;
};

// The build's plugins folder (next to this program: build/bench/plugins).
QString tracerPluginPath();

} // namespace Bench
