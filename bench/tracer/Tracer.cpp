// SPDX-License-Identifier: GPL-3.0-or-later
// A Qt generic plugin that the window figures load into the real sprechtag program (and into the bare
// reference window) through QT_QPA_GENERIC_PLUGINS=sprechtagtracer: it changes nothing, it only writes
// to the file in SPRECHTAG_BENCH_TRACE what happened when, in milliseconds since the moment in
// SPRECHTAG_BENCH_T0_NS (CLOCK_MONOTONIC, set by the parent just before it started the process):
//   show T / paint T          the main window's first show and first paint (of any widget in it)
//   filled T                  the day list has rows          grid T DAY   the day grid has rows (day id)
//   change T                  a model of the day list or grid changed after both were filled
//   idle T                    the event loop ran again after a change
//   gap T MS                  the event loop did not run for MS milliseconds, ending at T (gaps > 4 ms)
// It reads commands on stdin: "quit".
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QGenericPlugin>
#include <QSocketNotifier>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

constexpr int kDayIdRole = Qt::UserRole + 1; // DayListModel::DayIdRole

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    static const double t0 = qEnvironmentVariable("SPRECHTAG_BENCH_T0_NS").toDouble() / 1e6;
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6 - t0;
}

class Tracer : public QObject
{
public:
    Tracer()
    {
        m_out = std::fopen(qgetenv("SPRECHTAG_BENCH_TRACE").constData(), "w");
        qApp->installEventFilter(this);
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, &Tracer::tick);
        m_last = nowMs();
        m_tick.start();
        m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_stdin, &QSocketNotifier::activated, this, &Tracer::command);
    }
    ~Tracer() override
    {
        if (m_out)
            std::fclose(m_out);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type t = event->type();
        if ((t == QEvent::Paint && !m_painted) || (t == QEvent::Show && !m_shown)) {
            if (watched->isWidgetType() &&
                static_cast<QWidget *>(watched)->window()->inherits("QMainWindow")) {
                bool &flag = t == QEvent::Paint ? m_painted : m_shown;
                flag = true;
                m_window = static_cast<QWidget *>(watched)->window();
                write(t == QEvent::Paint ? "paint" : "show", nowMs());
                // Filled before it was shown (a synchronous load) counts from the show.
                watchViews();
            }
        }
        return false;
    }

private:
    void write(const char *what, double t, double value = -1)
    {
        if (!m_out)
            return;
        if (value >= 0)
            std::fprintf(m_out, "%s %.2f %.2f\n", what, t, value);
        else
            std::fprintf(m_out, "%s %.2f\n", what, t);
        std::fflush(m_out);
    }

    void tick()
    {
        const double t = nowMs();
        if (t - m_last > 4.0)
            write("gap", t, t - m_last);
        m_last = t;
        if (m_changed) {
            m_changed = false;
            write("idle", t);
        }
        if (m_window && !(m_dayList && m_grid))
            watchViews();
    }

    // The day list and the day grid by their object names, once they have rows.
    void watchViews()
    {
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("dayList"));
        auto *grid = m_window->findChild<QAbstractItemView *>(QStringLiteral("dayGrid"));
        if (!m_dayList && list && list->model() && list->model()->rowCount() > 0) {
            m_dayList = list;
            write("filled", nowMs());
        }
        if (!m_grid && grid && grid->model() && grid->model()->rowCount() > 0) {
            m_grid = grid;
            const double day = list ? list->currentIndex().data(kDayIdRole).toDouble() : 0;
            write("grid", nowMs(), day);
        }
        if (m_dayList && m_grid && !m_listening) {
            m_listening = true;
            for (QAbstractItemModel *m : {m_dayList->model(), m_grid->model()})
                listen(m);
        }
    }

    void listen(QAbstractItemModel *m)
    {
        auto changed = [this] {
            write("change", nowMs());
            m_changed = true;
        };
        connect(m, &QAbstractItemModel::modelReset, this, changed);
        connect(m, &QAbstractItemModel::dataChanged, this, changed);
        connect(m, &QAbstractItemModel::rowsInserted, this, changed);
        connect(m, &QAbstractItemModel::layoutChanged, this, changed);
    }

    void command()
    {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        if (n <= 0) {
            m_stdin->setEnabled(false);
            return;
        }
        buffer[n] = 0;
        if (QByteArray(buffer).contains("quit"))
            QCoreApplication::exit(0);
    }

    std::FILE *m_out = nullptr;
    QTimer m_tick;
    double m_last = 0;
    QSocketNotifier *m_stdin = nullptr;
    QWidget *m_window = nullptr;
    QAbstractItemView *m_dayList = nullptr;
    QAbstractItemView *m_grid = nullptr;
    bool m_painted = false;
    bool m_shown = false;
    bool m_changed = false;
    bool m_listening = false;
};

} // namespace

class TracerPlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "tracer.json")

public:
    QObject *create(const QString &, const QString &) override { return new Tracer; }
};

#include "Tracer.moc"
