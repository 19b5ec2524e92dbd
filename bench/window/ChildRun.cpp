// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildRun.h"

#include "common/BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>

namespace Bench {

QString tracerPluginPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/plugins");
}

ChildRun::ChildRun(const QString &program, const QStringList &arguments, const QString &configHome)
    : m_program(program), m_arguments(arguments)
{
    static int serial = 0;
    m_tracePath = QDir(configHome).filePath(QStringLiteral("trace-%1.txt").arg(++serial));
    QFile::remove(m_tracePath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_PLUGIN_PATH"), tracerPluginPath());
    env.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("sprechtagtracer"));
    env.insert(QStringLiteral("SPRECHTAG_BENCH_TRACE"), m_tracePath);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    env.insert(QStringLiteral("XDG_DATA_HOME"), configHome);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), configHome);
    m_process.setProcessEnvironment(env);
    // What Qt says about the offscreen platform would bury the figures: kept in a file beside the trace.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_tracePath + QStringLiteral(".stderr"), QIODevice::Append);
}

ChildRun::~ChildRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ChildRun::start()
{
    QProcessEnvironment env = m_process.processEnvironment();
    m_t0 = monotonicNs();
    env.insert(QStringLiteral("SPRECHTAG_BENCH_T0_NS"), QString::number(m_t0));
    m_process.setProcessEnvironment(env);
    m_process.start(m_program, m_arguments);
    return m_process.waitForStarted(10000);
}

double ChildRun::now() const
{
    return double(monotonicNs() - m_t0) / 1e6;
}

QList<TraceEvent> ChildRun::events()
{
    QFile file(m_tracePath);
    QList<TraceEvent> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 2)
            continue;
        out << TraceEvent{QString::fromLatin1(parts.at(0)), parts.at(1).toDouble(),
                          parts.size() > 2 ? parts.at(2).toDouble() : -1};
    }
    return out;
}

std::optional<TraceEvent> ChildRun::waitFor(const QString &name, int timeoutMs, double after)
{
    const double until = now() + timeoutMs;
    while (now() < until) {
        for (const TraceEvent &e : events())
            if (e.name == name && e.at > after)
                return e;
        if (m_process.state() == QProcess::NotRunning)
            return std::nullopt;
        QThread::msleep(10);
    }
    return std::nullopt;
}

double ChildRun::waitUntilSettled(double after, int quietMs, int timeoutMs)
{
    const double until = now() + timeoutMs;
    double change = -1, idle = -1;
    while (now() < until && m_process.state() != QProcess::NotRunning) {
        for (const TraceEvent &e : events()) {
            if (e.at <= after)
                continue;
            if (e.name == QLatin1String("change"))
                change = std::max(change, e.at);
            else if (e.name == QLatin1String("idle"))
                idle = std::max(idle, e.at);
        }
        if (change > 0 && idle > change && now() - idle > quietMs)
            return change;
        QThread::msleep(20);
    }
    return change;
}

double ChildRun::longestGap(double from, double to, bool startingInside)
{
    double longest = 0;
    for (const TraceEvent &e : events())
        if (e.name == QLatin1String("gap") && e.at >= from && e.at - e.value <= to &&
            (!startingInside || e.at - e.value >= from))
            longest = std::max(longest, e.value);
    return longest;
}

void ChildRun::quit()
{
    m_process.write("quit\n");
    m_process.waitForBytesWritten(1000);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace Bench
