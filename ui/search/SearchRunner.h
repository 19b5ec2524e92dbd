// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/ReadModels.h"
#include "storage/OpenFiles.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Sprechtag {

class SearchWorker;

// The search field's searches, off the GUI thread: a worker thread with a connection of its own to the
// same file (opened, used and closed in that thread). Each request gets a number; a request that is
// no longer the newest when the worker comes to it is skipped, and the window drops any answer that is
// not for its newest request.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    // sameFile: the file the window has open (the worker does not search another file put at the path).
    SearchRunner(const QString &databasePath, std::optional<FileIdentity> sameFile,
                 QObject *parent = nullptr);
    // Waits for a running search to end, then closes the worker's connection.
    ~SearchRunner() override;

    // Starts a search; the answer comes as finished() with the number returned here.
    quint64 request(const QString &text, int limit);
    quint64 newest() const { return m_newest->load(); }
    // Ends the thread and lets go of the file now (before another file is opened at the same path).
    void stop();

Q_SIGNALS:
    // On the GUI thread.
    void finished(quint64 request, const Result<QList<SearchHit>> &hits);

private:
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_newest;
};

} // namespace Sprechtag
