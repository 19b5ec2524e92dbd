// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace Bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

void printRow(const Row &r)
{
    const QStringList cells{QStringLiteral("ROW"), r.figure, r.target, r.measured,
                            r.reference,           r.ratio,  r.within};
    std::printf("%s\n", qUtf8Printable(cells.join(QLatin1Char('|'))));
    std::fflush(stdout);
}

QString ms(double value)
{
    if (value >= 1000)
        return QStringLiteral("%1 s").arg(value / 1000, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
}

QString mb(double kilobytes)
{
    return QStringLiteral("%1 MB").arg(kilobytes / 1024, 0, 'f', 0);
}

QString ratioText(double measured, double reference)
{
    if (reference <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1 ×").arg(measured / reference, 0, 'f', 2);
}

QString yesNo(bool within)
{
    return within ? QStringLiteral("yes") : QStringLiteral("no");
}

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double residentKb(pid_t pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}

Args::Args(const QStringList &arguments) : m_arguments(arguments)
{
    for (qsizetype i = 1; i < arguments.size() && !arguments.at(i).startsWith(QLatin1String("--")); ++i)
        m_words << arguments.at(i);
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const qsizetype i = m_arguments.indexOf(QStringLiteral("--") + name);
    return i >= 0 && i + 1 < m_arguments.size() ? m_arguments.at(i + 1) : fallback;
}

int Args::number(const QString &name, int fallback) const
{
    bool ok = false;
    const int n = value(name).toInt(&ok);
    return ok ? n : fallback;
}

} // namespace Bench
