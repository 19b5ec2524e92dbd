// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QThread;
struct sqlite3;

namespace Sprechtag {

// Work on a database file that grows with its data (the daily backup and its check, the retention pass
// on start), run on a thread of its own with its own connection: Database::open of the same path in that
// thread, closed there (one connection per thread; handles never cross). The object lives on the thread
// that starts it and says there when the work is over. cancel() interrupts the SQL the work runs on its
// connection (VACUUM INTO ends with SQLITE_INTERRUPT, its part file goes); the destructor cancels and
// waits, so nothing outlives the object.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread with the worker's connection; `job` answers isCancelled().
    using Work = std::function<void(Database &db, const BackgroundJob &job)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    // Opens `path` with `options` on a new thread and runs `work` there; false when a job still runs.
    // When the file cannot be opened, `work` does not run and openError() says why.
    bool start(const QString &path, const OpenOptions &options, Work work);
    bool isRunning() const;
    // Runs on the worker thread before every later start's work, with the same connection (tests hold
    // the work at a known point with it).
    void setBeforeWork(Work hook) { m_beforeWork = std::move(hook); }
    // Interrupts the work's SQL on its connection; the work sees isCancelled().
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }
    // Blocks until the thread has ended (finished() is still delivered through the event loop).
    void wait();
    // Why the worker's connection could not be opened (empty when it was, or nothing ran yet).
    std::optional<Error> openError() const;

Q_SIGNALS:
    // On the starting thread, after the worker's connection is closed and its thread has ended.
    void finished();

private:
    void run(const QString &path, const OpenOptions &options, const Work &work);

    QThread *m_thread = nullptr;
    Work m_beforeWork;
    mutable QMutex m_mutex;
    sqlite3 *m_handle = nullptr;      // the worker's connection while the work runs (guarded by m_mutex)
    std::optional<Error> m_openError; // guarded by m_mutex
    std::atomic<bool> m_cancelled{false};
};

} // namespace Sprechtag
