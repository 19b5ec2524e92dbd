// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <sys/types.h>

// What every figure program shares: statistics, the row format bench/run reads, clocks and memory.
namespace Bench {

double median(QList<double> values);
double worst(const QList<double> &values);

// One row of the table: "ROW|figure|target|measured|reference|ratio|within" on stdout, which bench/run
// collects; the programs print their details on stderr.
struct Row
{
    QString figure;
    QString target;
    QString measured;
    QString reference;
    QString ratio;
    QString within; // "yes", "no" or "-"
};
void printRow(const Row &row);

QString ms(double value);
QString mb(double kilobytes);
QString ratioText(double measured, double reference);
QString yesNo(bool within);

// CLOCK_MONOTONIC, the clock the tracer in the child uses too.
qint64 monotonicNs();
// VmRSS of a process in kB (0 when unknown).
double residentKb(pid_t pid);

// Arguments as "--name value" pairs and the words before them.
class Args
{
public:
    Args(const QStringList &arguments);
    QString value(const QString &name, const QString &fallback = {}) const;
    int number(const QString &name, int fallback) const;
    QString word(int index) const { return index < m_words.size() ? m_words.at(index) : QString(); }

private:
    QStringList m_words;
    QStringList m_arguments;
};

} // namespace Bench
