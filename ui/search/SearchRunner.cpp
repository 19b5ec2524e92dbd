// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/SearchRunner.h"

#include "scheduling/Schedule.h"
#include "storage/Database.h"

#include <QThread>

namespace Sprechtag {

// Lives in the runner's thread; everything it does runs there.
class SearchWorker : public QObject
{
public:
    SearchWorker(QString path, std::optional<FileIdentity> sameFile,
                 std::shared_ptr<std::atomic<quint64>> newest)
        : m_path(std::move(path)), m_sameFile(sameFile), m_newest(std::move(newest))
    {}

    // The runner outlives every call: its destructor waits for this thread to end.
    void run(quint64 request, const QString &text, int limit, SearchRunner *runner)
    {
        // A newer request is queued behind this one already: this answer would be dropped anyway.
        if (request != m_newest->load())
            return;
        Result<QList<SearchHit>> hits = search(text, limit);
        QMetaObject::invokeMethod(
            runner, [runner, request, hits] { Q_EMIT runner->finished(request, hits); },
            Qt::QueuedConnection);
    }

private:
    Result<QList<SearchHit>> search(const QString &text, int limit)
    {
        // The file at the path is no longer the one the window has open: let go of it.
        if (m_db) {
            if (Status s = m_db->checkFile(); !s) {
                m_db.reset();
                return s.error();
            }
        }
        if (!m_db) {
            OpenOptions options;
            options.create = false;
            options.readOnly = true;
            options.quickCheckLimitBytes = 0;
            options.sameFileAs = m_sameFile;
            auto opened = Database::open(m_path, options);
            if (!opened)
                return opened.error();
            m_db = std::move(opened).value();
        }
        return Schedule(*m_db).search(text, limit);
    }

    QString m_path;
    std::optional<FileIdentity> m_sameFile;
    std::shared_ptr<std::atomic<quint64>> m_newest;
    std::unique_ptr<Database> m_db;
};

SearchRunner::SearchRunner(const QString &databasePath, std::optional<FileIdentity> sameFile, QObject *parent)
    : QObject(parent), m_newest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(databasePath, sameFile, m_newest);
    m_worker->moveToThread(m_thread);
    // The worker (and its connection) goes in its own thread, when the thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

SearchRunner::~SearchRunner()
{
    stop();
}

void SearchRunner::stop()
{
    if (!m_thread || !m_thread->isRunning())
        return;
    m_newest->store(0); // queued requests are skipped
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchRunner::request(const QString &text, int limit)
{
    const quint64 id = m_newest->load() + 1;
    m_newest->store(id);
    if (!m_thread->isRunning())
        return id;
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, text, limit, this] { worker->run(id, text, limit, this); },
        Qt::QueuedConnection);
    return id;
}

} // namespace Sprechtag
