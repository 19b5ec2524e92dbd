// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the reliability tests (reliability.md) and their worker process.
#pragma once

#include "TestSupport.h"

#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <sys/stat.h>

namespace Sprechtag::Test {

// SPRECHTAG_STRESS=10 multiplies every round count by 10 (.ci/stress); unset or invalid: 1.
inline int stressFactor()
{
    bool ok = false;
    const int factor = qEnvironmentVariableIntValue("SPRECHTAG_STRESS", &ok);
    return ok && factor > 1 ? factor : 1;
}

inline int stressRounds(int base)
{
    return base * stressFactor();
}

// SPRECHTAG_SEED repeats a run's random choices; every test prints the seed it used.
inline quint32 reliabilitySeed()
{
    bool ok = false;
    const int seed = qEnvironmentVariableIntValue("SPRECHTAG_SEED", &ok);
    return ok ? quint32(seed) : 20270301U;
}

// A format, ten consultants and `days` consultation days 08:00-18:00 in one-hour slots (100 slots a day).
inline bool prepareSlots(const Database &db, int days)
{
    const Id format = addFormat(db, QStringLiteral("Belastung"));
    QList<Id> consultants;
    for (int i = 0; i < 10; ++i)
        consultants << addConsultant(db, QStringLiteral("Berater %1").arg(i));
    if (format == 0 || consultants.contains(0))
        return false;
    DayService service(db);
    for (int d = 0; d < days; ++d) {
        ConsultationDay day = makeDay(format, QDate(2027, 3, 1).addDays(d), consultants);
        day.hours = {8 * 60, 18 * 60};
        if (!service.create(day))
            return false;
    }
    return true;
}

// The real schema plus one slow step that rewrites every company row, for killing a migration.
inline const QList<Migration> &slowMigrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> l = sqliteMigrations();
        const int next = l.constLast().version + 1;
        l << Migration{next,
                       {QStringLiteral("UPDATE company SET website = 'https://migrated.example/' || id, "
                                       "street = upper(street), version = version + 1"),
                        QStringLiteral("CREATE TABLE reliability_marker (id INTEGER PRIMARY KEY) STRICT")}};
        return l;
    }();
    return list;
}

#ifdef RELIABILITY_WORKER
// The worker process (tests/reliability_worker.cpp), started by path.
inline QProcess *startWorker(QObject *parent, const QStringList &args)
{
    auto *p = new QProcess(parent);
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(QStringLiteral(RELIABILITY_WORKER), args);
    return p;
}
#endif

// Reads complete lines until one starts with `prefix` or the process ends; false when it never came.
inline bool waitForLine(QProcess &p, const QByteArray &prefix, QList<QByteArray> *lines,
                        int timeoutMs = 60000)
{
    for (;;) {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (lines)
                *lines << line;
            if (line.startsWith(prefix))
                return true;
        }
        if (p.state() == QProcess::NotRunning || !p.waitForReadyRead(timeoutMs))
            break;
    }
    while (p.canReadLine()) {
        const QByteArray line = p.readLine().trimmed();
        if (lines)
            *lines << line;
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

} // namespace Sprechtag::Test
