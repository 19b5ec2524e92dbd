// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackgroundJob.h"

#include <QMutexLocker>
#include <QThread>

#include <sqlite3.h>

namespace Sprechtag {

BackgroundJob::BackgroundJob(QObject *parent) : QObject(parent)
{}

BackgroundJob::~BackgroundJob()
{
    cancel();
    wait();
    delete m_thread; // its finished() will not be delivered any more
}

bool BackgroundJob::start(const QString &path, const OpenOptions &options, Work work)
{
    if (isRunning())
        return false;
    wait(); // a thread that ended but whose finished() is still on its way
    m_cancelled = false;
    {
        const QMutexLocker lock(&m_mutex);
        m_openError.reset();
    }
    m_thread = QThread::create([this, path, options, before = m_beforeWork, work = std::move(work)] {
        run(path, options, [&before, &work](Database &db, const BackgroundJob &job) {
            if (before)
                before(db, job);
            if (!job.isCancelled())
                work(db, job);
        });
    });
    m_thread->setObjectName(QStringLiteral("sprechtag-background"));
    QThread *thread = m_thread;
    // Emitted on the worker thread when run() returned; delivered here through the event loop.
    connect(thread, &QThread::finished, this, [this, thread] {
        thread->wait();
        if (m_thread == thread)
            m_thread = nullptr;
        thread->deleteLater();
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundJob::run(const QString &path, const OpenOptions &options, const Work &work)
{
    auto opened = Database::open(path, options);
    if (!opened) {
        const QMutexLocker lock(&m_mutex);
        m_openError = opened.error();
        return;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    {
        const QMutexLocker lock(&m_mutex);
        m_handle = db->nativeHandle();
        if (m_cancelled && m_handle)
            sqlite3_interrupt(m_handle);
    }
    if (!m_cancelled)
        work(*db, *this);
    {
        const QMutexLocker lock(&m_mutex);
        m_handle = nullptr;
    }
    db.reset(); // closed on the thread that opened it
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundJob::cancel()
{
    m_cancelled = true;
    const QMutexLocker lock(&m_mutex);
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

void BackgroundJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

std::optional<Error> BackgroundJob::openError() const
{
    const QMutexLocker lock(&m_mutex);
    return m_openError;
}

} // namespace Sprechtag
