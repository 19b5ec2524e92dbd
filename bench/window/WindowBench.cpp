// SPDX-License-Identifier: GPL-3.0-or-later
// sprechtag-bench-window: the figures of the window, measured on the real sprechtag program (with the
// tracer plugin loaded) against a bare Qt window with a table view in a process of its own.
//   start       --app SPRECHTAG --db FILE [--runs N]   start to first paint and to the filled day list
//   firststart  --app SPRECHTAG --db FILE [--runs N]   the same with the daily backup due
//   memory      --app SPRECHTAG --db FILE              resident memory with the file open
//   write       --app SPRECHTAG --db FILE [--runs N]   the window while another process books
//   bare                                               the reference window itself (a child)
#include "ChildRun.h"
#include "common/BenchSupport.h"

#include "backup/BackupFolder.h"
#include "scheduling/Schedule.h"
#include "storage/BookingRepository.h"
#include "storage/DayRepository.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Sprechtag;

namespace Bench {

namespace {

struct Context
{
    QString app;
    QString db;
    int runs = 5;
    QString config; // the children's settings folder
};

int bareWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *model = new QStandardItemModel(40, 6, &window);
    for (int r = 0; r < 40; ++r)
        for (int c = 0; c < 6; ++c)
            model->setItem(r, c, new QStandardItem(QStringLiteral("%1:%2").arg(r).arg(c)));
    auto *view = new QTableView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1200, 800);
    window.show();
    return app.exec();
}

QStringList appArguments(const Context &c)
{
    return {QStringLiteral("--database"), c.db};
}

ChildRun *bareRun(const Context &c)
{
    return new ChildRun(QCoreApplication::applicationFilePath(), {QStringLiteral("bare")}, c.config);
}

struct StartTimes
{
    double paint = -1;
    double filled = -1;
};

// One start: until the day list is filled (the window) or the first paint (the bare one).
StartTimes startOnce(ChildRun &run, bool window)
{
    StartTimes t;
    if (!run.start())
        return t;
    const int timeout = 300000;
    if (auto paint = run.waitFor(QStringLiteral("paint"), timeout))
        t.paint = paint->at;
    if (window)
        if (auto filled = run.waitFor(QStringLiteral("filled"), timeout))
            t.filled = filled->at;
    run.quit();
    return t;
}

int start(const Context &c)
{
    {
        // Warm-up: the page cache, and today's backup, so that no backup is due below.
        ChildRun warm(c.app, appArguments(c), c.config);
        startOnce(warm, true);
    }
    QList<double> paints, filled, bare;
    for (int i = 0; i < c.runs; ++i) {
        ChildRun run(c.app, appArguments(c), c.config);
        const StartTimes t = startOnce(run, true);
        std::unique_ptr<ChildRun> reference(bareRun(c));
        const StartTimes b = startOnce(*reference, false);
        std::fprintf(stderr, "start run %d: paint %.0f ms, day list %.0f ms; bare window %.0f ms\n", i + 1,
                     t.paint, t.filled, b.paint);
        paints << t.paint;
        filled << t.filled;
        bare << b.paint;
    }
    const double p = median(paints), f = median(filled), b = median(bare);
    printRow({QStringLiteral("start to first painted window"), QStringLiteral("≤ 1.5 × bare window"), ms(p),
              ms(b), ratioText(p, b), yesNo(p <= 1.5 * b)});
    printRow({QStringLiteral("start to filled day list"), QStringLiteral("(after the paint)"), ms(f), ms(b),
              ratioText(f, b), QStringLiteral("-")});
    return 0;
}

// Removes today's daily backups of the file, so that the next start makes one.
void makeBackupDue(const QString &db)
{
    for (const BackupInfo &b : BackupFolder::list(db))
        if (b.kind == BackupKind::Daily && b.made.date() == QDate::currentDate())
            QFile::remove(b.path);
}

bool backupMadeToday(const QString &db)
{
    for (const BackupInfo &b : BackupFolder::list(db))
        if (b.kind == BackupKind::Daily && b.made.date() == QDate::currentDate())
            return true;
    return false;
}

// One start that makes today's backup when it is due, so that the figure after it measures no backup.
void ensureBackup(const Context &c)
{
    if (backupMadeToday(c.db))
        return;
    ChildRun warm(c.app, appArguments(c), c.config);
    startOnce(warm, true);
}

struct FirstStart
{
    double paint = -1;
    double stall = -1;
    double backup = -1;
};

FirstStart firstStartOnce(const Context &c)
{
    makeBackupDue(c.db);
    FirstStart r;
    ChildRun run(c.app, appArguments(c), c.config);
    if (!run.start())
        return r;
    double done = -1;
    while (run.now() < 600000) {
        if (backupMadeToday(c.db)) {
            done = run.now();
            break;
        }
        QThread::msleep(5);
    }
    const auto show = run.waitFor(QStringLiteral("show"), 60000);
    if (auto paint = run.waitFor(QStringLiteral("paint"), 60000))
        r.paint = paint->at;
    QThread::msleep(200); // the tracer's last gap reaches the file
    if (show && done > 0) {
        r.backup = done - show->at;
        // The usable window: stalls that begin with or after its first paint (what comes before is
        // the start to the first paint, the figure above).
        if (r.paint > 0)
            r.stall = run.longestGap(r.paint, done, true);
    }
    run.quit();
    return r;
}

int firstStart(const Context &c)
{
    {
        ChildRun warm(c.app, appArguments(c), c.config);
        startOnce(warm, true);
    }
    QList<double> paints, stalls, backups, bare;
    for (int i = 0; i < c.runs; ++i) {
        const FirstStart r = firstStartOnce(c);
        std::unique_ptr<ChildRun> reference(bareRun(c));
        const double b = startOnce(*reference, false).paint;
        std::fprintf(stderr,
                     "first start %d: paint %.0f ms, longest stall %.0f ms, backup %.0f ms; bare %.0f ms\n",
                     i + 1, r.paint, r.stall, r.backup, b);
        paints << r.paint;
        stalls << r.stall;
        backups << r.backup;
        bare << b;
    }
    const double p = median(paints), b = median(bare), s = median(stalls);
    printRow({QStringLiteral("first start of the day: first paint"), QStringLiteral("≤ 1.5 × bare window"),
              ms(p), ms(b), ratioText(p, b), yesNo(p <= 1.5 * b)});
    printRow({QStringLiteral("first start of the day: longest stall until backup done"),
              QStringLiteral("≤ 16 ms (usable window)"), ms(s), QStringLiteral("-"), QStringLiteral("-"),
              yesNo(s <= 16)});
    printRow({QStringLiteral("first start of the day: daily backup total"),
              QStringLiteral("(behind the window)"), ms(median(backups)), QStringLiteral("-"),
              QStringLiteral("-"), QStringLiteral("-")});
    return 0;
}

int memory(const Context &c)
{
    ensureBackup(c);
    double appKb = 0, bareKb = 0;
    {
        ChildRun run(c.app, appArguments(c), c.config);
        if (run.start() && run.waitFor(QStringLiteral("grid"), 300000)) {
            QThread::msleep(1500);
            appKb = residentKb(pid_t(run.pid()));
        }
        run.quit();
    }
    {
        std::unique_ptr<ChildRun> reference(bareRun(c));
        if (reference->start() && reference->waitFor(QStringLiteral("paint"), 60000)) {
            QThread::msleep(1500);
            bareKb = residentKb(pid_t(reference->pid()));
        }
        reference->quit();
    }
    std::fprintf(stderr, "resident: window %.0f kB, bare window %.0f kB\n", appKb, bareKb);
    printRow({QStringLiteral("resident memory, file open, day shown"), QStringLiteral("≤ 80 MB"), mb(appKb),
              mb(bareKb), ratioText(appKb, bareKb), yesNo(appKb <= 80 * 1024)});
    return 0;
}

struct FreeSlot
{
    QString date;
    QString time;
    QString consultant;
    QString format;
};

std::optional<FreeSlot> freeSlotOf(const Database &db, Id dayId, int &skip)
{
    auto slots = DayRepository(db).slotsOfDay(dayId);
    if (!slots)
        return std::nullopt;
    BookingRepository bookings(db);
    for (const SlotDetails &s : *slots) {
        auto active = bookings.activeForSlot(s.slot.id);
        if (s.slot.blocked || s.dayStatus != DayStatus::Open || !active || active->has_value() || skip-- > 0)
            continue;
        return FreeSlot{s.slot.date.toString(Qt::ISODate), formatTime(s.slot.time.start), s.consultantName,
                        s.formatName};
    }
    return std::nullopt;
}

// A free, bookable slot of the day the window shows, else of a day of the coming two weeks (a change
// the window shows in the day list).
std::optional<FreeSlot> freeSlotOn(const QString &path, Id dayId, int skip)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "write: %s\n", qUtf8Printable(errorMessage(db.error())));
        return std::nullopt;
    }
    if (auto slot = freeSlotOf(**db, dayId, skip))
        return slot;
    auto days = Schedule(**db).days(QDate::currentDate(), QDate::currentDate().addDays(14));
    for (qsizetype i = 0; days && i < days->size(); ++i)
        if (auto slot = freeSlotOf(**db, days->at(i).day.id, skip))
            return slot;
    return std::nullopt;
}

// Another workstation books: the CLI of this build, as a process of its own.
bool bookElsewhere(const Context &c, const FreeSlot &slot, int serial)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.setStandardOutputFile(QProcess::nullDevice());
    cli.start(c.app, {QStringLiteral("--database"), c.db, QStringLiteral("book"), QStringLiteral("--date"),
                      slot.date, QStringLiteral("--time"), slot.time, QStringLiteral("--consultant"),
                      slot.consultant, QStringLiteral("--format"), slot.format, QStringLiteral("--company"),
                      QStringLiteral("Zweiter Arbeitsplatz %1-%2 GmbH")
                          .arg(QCoreApplication::applicationPid())
                          .arg(serial)});
    return cli.waitForFinished(120000) && cli.exitCode() == 0;
}

int write(const Context &c)
{
    ensureBackup(c);
    ChildRun run(c.app, appArguments(c), c.config);
    if (!run.start())
        return 1;
    const auto grid = run.waitFor(QStringLiteral("grid"), 300000);
    // Idle first: past the poll and refresh that follow the start.
    QThread::msleep(2500);
    QList<double> stalls, delays;
    for (int i = 0; grid && i < c.runs; ++i) {
        const auto slot = freeSlotOn(c.db, Id(grid->value), i);
        if (!slot) {
            std::fprintf(stderr, "write: no free slot on the day shown\n");
            break;
        }
        const double before = run.now();
        if (!bookElsewhere(c, *slot, i + 1)) {
            std::fprintf(stderr, "write: the booking by the other process failed\n");
            break;
        }
        const double written = run.now();
        // Shown: the first change after the commit; the stall counts until the window has settled.
        const auto change = run.waitFor(QStringLiteral("change"), 30000, written);
        run.waitUntilSettled(written, 500, 120000);
        stalls << run.longestGap(before, run.now());
        delays << (change ? change->at - written : -1);
        std::fprintf(stderr, "write %d: shown %.0f ms after the commit, longest stall %.0f ms\n", i + 1,
                     delays.last(), stalls.last());
    }
    run.quit();
    const double s = worst(stalls);
    printRow({QStringLiteral("another workstation writes: longest stall"), QStringLiteral("≤ 16 ms"),
              stalls.isEmpty() ? QStringLiteral("failed") : ms(s), QStringLiteral("-"), QStringLiteral("-"),
              stalls.isEmpty() ? QStringLiteral("no") : yesNo(s <= 16)});
    printRow({QStringLiteral("another workstation writes: shown after"), QStringLiteral("(poll every 2 s)"),
              ms(median(delays)), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    return 0;
}

} // namespace

} // namespace Bench

int main(int argc, char **argv)
{
    if (argc > 1 && QByteArray(argv[1]) == "bare")
        return Bench::bareWindow(argc, argv);
    QCoreApplication app(argc, argv);
    const Bench::Args args(QCoreApplication::arguments());
    QTemporaryDir config;
    Bench::Context c{args.value(QStringLiteral("app")), args.value(QStringLiteral("db")),
                     args.number(QStringLiteral("runs"), 5), config.path()};
    const QString what = args.word(0);
    if (c.app.isEmpty() || c.db.isEmpty() || !QFile::exists(c.db)) {
        std::fprintf(stderr, "usage: sprechtag-bench-window start|firststart|memory|write --app SPRECHTAG "
                             "--db FILE [--runs N]\n");
        return 2;
    }
    if (what == QLatin1String("start"))
        return Bench::start(c);
    if (what == QLatin1String("firststart"))
        return Bench::firstStart(c);
    if (what == QLatin1String("memory"))
        return Bench::memory(c);
    if (what == QLatin1String("write"))
        return Bench::write(c);
    std::fprintf(stderr, "sprechtag-bench-window: unknown figure \"%s\"\n", qPrintable(what));
    return 2;
}
