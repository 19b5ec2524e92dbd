// SPDX-License-Identifier: GPL-3.0-or-later
// sprechtag-bench-ui: the figures of the window's widgets, in process, through the code the window uses.
//   day     --db FILE [--days N]   open a day: DayView::showDay (query, DayGridModel) and a paint of the view
//   search  --db FILE              search as you type in DayListPanel's search field, letter by letter
#include "common/BenchSupport.h"

#include "models/DayGridModel.h"
#include "scheduling/Schedule.h"
#include "storage/Database.h"
#include "widgets/DayListPanel.h"
#include "widgets/DayView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPixmap>

#include <cstdio>
#include <random>

using namespace Sprechtag;

namespace Bench {

namespace {

// Runs the event loop until done() or the timeout; returns the longest single pass (a stall).
template <typename Done> double spinUntil(Done done, int timeoutMs)
{
    QElapsedTimer total;
    total.start();
    double longest = 0;
    while (!done() && total.elapsed() < timeoutMs) {
        QElapsedTimer pass;
        pass.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longest = std::max(longest, double(pass.nsecsElapsed()) / 1e6);
    }
    return longest;
}

QList<Id> someDays(const Database &db, int count)
{
    QList<Id> ids;
    auto days = Schedule(db).days();
    if (!days)
        return ids;
    std::mt19937 random(12);
    for (int i = 0; i < count && !days->isEmpty(); ++i)
        ids << days->at(qsizetype(random() % std::uint32_t(days->size()))).day.id;
    return ids;
}

// One day opened as the window opens it, until the grid holds that day and the view has painted.
double openDay(DayView &view, Id id)
{
    QElapsedTimer t;
    t.start();
    view.showDay(id);
    spinUntil([&] { return view.model()->day().id == id; }, 30000);
    const QPixmap painted = view.grab();
    Q_UNUSED(painted);
    return double(t.nsecsElapsed()) / 1e6;
}

int dayFigure(const Database &db, int count)
{
    const QList<Id> ids = someDays(db, count + 1);
    if (ids.size() < 2) {
        std::fprintf(stderr, "day: no days in the file\n");
        return 1;
    }
    DayView view(db);
    view.resize(900, 700);
    view.show();
    QCoreApplication::processEvents();
    openDay(view, ids.first()); // warm-up: fonts, first layout
    QList<double> times;
    for (qsizetype i = 1; i < ids.size(); ++i)
        times << openDay(view, ids.at(i));
    const double med = median(times), w = worst(times);
    std::fprintf(stderr, "open a day: %lld days, median %.2f ms, worst %.2f ms\n",
                 static_cast<long long>(times.size()), med, w);
    printRow({QStringLiteral("open a day (query + model + paint), median"), QStringLiteral("≤ 10 ms"),
              ms(med), QStringLiteral("-"), QStringLiteral("-"), yesNo(med <= 10)});
    printRow({QStringLiteral("open a day, worst of %1").arg(times.size()), QStringLiteral("≤ 16 ms"), ms(w),
              QStringLiteral("-"), QStringLiteral("-"), yesNo(w <= 16)});
    return 0;
}

// Counts the changes of whatever model the results view shows.
class ResultWatch : public QObject
{
public:
    explicit ResultWatch(QAbstractItemView *view) : m_view(view) {}
    int changes()
    {
        if (m_view->model() != m_model) {
            m_model = m_view->model();
            auto bump = [this] {
                ++m_changes;
            };
            connect(m_model, &QAbstractItemModel::modelReset, this, bump);
            connect(m_model, &QAbstractItemModel::rowsInserted, this, bump);
            connect(m_model, &QAbstractItemModel::dataChanged, this, bump);
            connect(m_model, &QAbstractItemModel::layoutChanged, this, bump);
            ++m_changes;
        }
        return m_changes;
    }
    int rows() const { return m_model ? m_model->rowCount() : 0; }

private:
    QAbstractItemView *m_view;
    QAbstractItemModel *m_model = nullptr;
    int m_changes = 0;
};

struct Keystroke
{
    double stall = 0; // the longest the event loop was held: the key itself or any pass after it
    double shown = 0; // until the results stopped changing
};

Keystroke type(QLineEdit *field, ResultWatch &watch, QChar letter)
{
    const int before = watch.changes();
    QElapsedTimer t;
    t.start();
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(letter));
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(letter));
    QCoreApplication::sendEvent(field, &press);
    QCoreApplication::sendEvent(field, &release);
    Keystroke k;
    k.stall = double(t.nsecsElapsed()) / 1e6;
    // Results are shown when the list changed, has rows and then stayed for 100 ms (a search that clears
    // the list, waits for a pause in typing and then fills it counts until it is filled).
    double lastChange = watch.changes() != before ? k.stall : -1;
    int seen = watch.changes();
    auto settled = [&] {
        if (watch.changes() != seen) {
            seen = watch.changes();
            lastChange = double(t.nsecsElapsed()) / 1e6;
        }
        return lastChange >= 0 && watch.rows() > 0 && double(t.nsecsElapsed()) / 1e6 - lastChange > 100;
    };
    k.stall = std::max(k.stall, spinUntil(settled, 10000));
    k.shown = lastChange;
    return k;
}

int searchFigure(const Database &db)
{
    DayListPanel panel(db);
    panel.resize(330, 800);
    panel.show();
    QCoreApplication::processEvents();
    auto *results = panel.findChild<QAbstractItemView *>(QStringLiteral("searchResults"));
    if (!results) {
        std::fprintf(stderr, "search: no results view named searchResults\n");
        return 1;
    }
    ResultWatch watch(results);
    QList<double> stalls, shown;
    for (const QString &word :
         {QStringLiteral("Müller"), QStringLiteral("mueller"), QStringLiteral("bäck")}) {
        panel.searchField()->clear();
        spinUntil([] { return false; }, 200);
        for (const QChar letter : word) {
            const Keystroke k = type(panel.searchField(), watch, letter);
            std::fprintf(stderr, "search \"%s\": held %.1f ms, shown after %.1f ms, %d rows\n",
                         qUtf8Printable(panel.searchField()->text()), k.stall, k.shown, watch.rows());
            stalls << k.stall;
            shown << k.shown;
        }
    }
    printRow({QStringLiteral("search as you type: window held per keystroke, median"),
              QStringLiteral("≤ 20 ms"), ms(median(stalls)), QStringLiteral("-"), QStringLiteral("-"),
              yesNo(median(stalls) <= 20)});
    printRow({QStringLiteral("search as you type: window held, worst of %1").arg(stalls.size()),
              QStringLiteral("≤ 20 ms"), ms(worst(stalls)), QStringLiteral("-"), QStringLiteral("-"),
              yesNo(worst(stalls) <= 20)});
    printRow({QStringLiteral("search as you type: results shown after, median"), QStringLiteral("(info)"),
              ms(median(shown)), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-")});
    return 0;
}

} // namespace

} // namespace Bench

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Bench::Args args(QCoreApplication::arguments());
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = Database::open(args.value(QStringLiteral("db")), options);
    if (!db) {
        std::fprintf(stderr, "usage: sprechtag-bench-ui day|search --db FILE: %s\n",
                     qUtf8Printable(errorMessage(db.error())));
        return 2;
    }
    const QString what = args.word(0);
    if (what == QLatin1String("day"))
        return Bench::dayFigure(**db, args.number(QStringLiteral("days"), 100));
    if (what == QLatin1String("search"))
        return Bench::searchFigure(**db);
    std::fprintf(stderr, "sprechtag-bench-ui: unknown figure \"%s\"\n", qPrintable(what));
    return 2;
}
