// SPDX-License-Identifier: GPL-3.0-or-later
// sprechtag-bench-docs: the figures of documents, exports and the schema, without a window.
//   dayplan  --db FILE                 the day plan of the day with the most consultants (DayPlan)
//   letters  --db FILE [--count N]     N confirmation letters into one PDF, against LibreOffice
//   migrate  --db OLDER-FILE           opening a file of an older schema: the migration, its progress
//   exec     [--stdout FILE] -- CMD…   runs CMD, prints "time MS" and "maxrss KB" (wait4) on stdout
#include "common/BenchSupport.h"
#include "Letters.h"

#include "documents/DayPlan.h"
#include "scheduling/Schedule.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Sprechtag;

namespace Bench {

namespace {

Result<std::unique_ptr<Database>> openReading(const QString &path)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    return Database::open(path, options);
}

double planOf(const Database &db, Id dayId, const QString &folder)
{
    QElapsedTimer t;
    t.start();
    const Status s = writeDayPlanPdf(db, dayId, folder + QStringLiteral("/plan-%1.pdf").arg(dayId));
    if (!s) {
        std::fprintf(stderr, "dayplan: %s\n", qUtf8Printable(errorMessage(s.error())));
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

int dayPlanFigure(const Database &db)
{
    auto days = Schedule(db).days();
    if (!days || days->isEmpty())
        return 1;
    const DaySummary *big = &days->first();
    const DaySummary *small = nullptr;
    for (const DaySummary &d : *days) {
        if (d.consultantNames.size() > big->consultantNames.size())
            big = &d;
        if (!small && d.consultantNames.size() == 2 && d.bookedSlots > 0)
            small = &d;
    }
    QTemporaryDir folder;
    // A slow plan is measured once; a fast one again after the first (fonts), three times.
    QList<double> times{planOf(db, big->day.id, folder.path())};
    if (times.first() < 1000) {
        times.clear();
        for (int i = 0; i < 3; ++i)
            times << planOf(db, big->day.id, folder.path());
    }
    const double two = small ? planOf(db, small->day.id, folder.path()) : -1;
    const double t = median(times);
    std::fprintf(stderr, "day plan: %lld consultants, %d slots: %.0f ms; 2 consultants: %.0f ms\n",
                 static_cast<long long>(big->consultantNames.size()), big->totalSlots, t, two);
    printRow({QStringLiteral("day plan, %1 consultants × 8 hours").arg(big->consultantNames.size()),
              QStringLiteral("≤ 0.5 s"), ms(t),
              two < 0 ? QStringLiteral("-") : QStringLiteral("2 consultants ") + ms(two),
              two <= 0 ? QStringLiteral("-") : ratioText(t, two), yesNo(t <= 500)});
    return 0;
}

// Sets OpenOptions::migrationProgress where the storage layer has it.
template <typename Options> bool askForProgress(Options &options, const std::function<void(int, int)> &report)
{
    if constexpr (requires { options.migrationProgress = report; }) {
        options.migrationProgress = report;
        return true;
    }
    return false;
}

int migrateFigure(const QString &older)
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("migrate.sqlite"));
    if (!QFile::copy(older, copy))
        return 1;
    int reports = 0;
    OpenOptions options;
    options.create = false;
    const bool offered = askForProgress(options, [&reports](int, int) { ++reports; });
    QElapsedTimer t;
    t.start();
    auto db = Database::open(copy, options);
    const double elapsed = double(t.nsecsElapsed()) / 1e6;
    if (!db) {
        std::fprintf(stderr, "migrate: %s\n", qUtf8Printable(errorMessage(db.error())));
        return 1;
    }
    const int version = (*db)->schemaVersion();
    std::fprintf(stderr, "migration to schema %d: %.0f ms, %d progress reports\n", version, elapsed, reports);
    const QString progress = !offered      ? QStringLiteral("no progress callback")
                             : reports > 0 ? QStringLiteral("progress: %1 reports").arg(reports)
                                           : QStringLiteral("progress: none reported");
    printRow({QStringLiteral("schema migration to version %1").arg(version), QStringLiteral("shows progress"),
              ms(elapsed), progress, QStringLiteral("-"), yesNo(reports > 0)});
    return 0;
}

// fork, exec, wait4: the child's own peak memory, whatever else this process did.
int execFigure(const QStringList &arguments)
{
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    if (dashes < 0 || dashes + 1 >= arguments.size())
        return 2;
    const QString out = Args(arguments.mid(0, dashes)).value(QStringLiteral("stdout"));
    QList<QByteArray> words;
    for (qsizetype i = dashes + 1; i < arguments.size(); ++i)
        words << arguments.at(i).toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &w : words)
        argv.push_back(w.data());
    argv.push_back(nullptr);
    const qint64 start = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!out.isEmpty()) {
            const int fd = ::open(QFile::encodeName(out).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(fd, STDOUT_FILENO);
        }
        execvp(argv.front(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    std::printf("time %.1f\nmaxrss %ld\nexit %d\n", double(monotonicNs() - start) / 1e6, usage.ru_maxrss,
                WIFEXITED(status) ? WEXITSTATUS(status) : 128);
    return 0;
}

} // namespace

} // namespace Bench

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const Bench::Args args(arguments);
    const QString what = args.word(0);
    if (what == QLatin1String("exec"))
        return Bench::execFigure(arguments);
    if (what == QLatin1String("migrate"))
        return Bench::migrateFigure(args.value(QStringLiteral("db")));
    auto db = Bench::openReading(args.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "usage: sprechtag-bench-docs dayplan|letters|migrate --db FILE: %s\n",
                     qUtf8Printable(errorMessage(db.error())));
        return 2;
    }
    if (what == QLatin1String("dayplan"))
        return Bench::dayPlanFigure(**db);
    if (what == QLatin1String("letters"))
        return Bench::lettersFigure(**db, args.number(QStringLiteral("count"), 1000));
    std::fprintf(stderr, "sprechtag-bench-docs: unknown figure \"%s\"\n", qPrintable(what));
    return 2;
}
