#include "handoff/HandoffJob.h"

#include "store/Store.h"

#include <QThread>

HandoffJob::HandoffJob(QObject* parent)
    : QObject(parent)
{}

HandoffJob::~HandoffJob()
{
    cancel();
    wait();
}

HandoffJob* HandoffJob::handOff(const Store& store, const HandoffRequest& request, QObject* parent)
{
    auto* job = new HandoffJob(parent);
    job->m_request = request;
    job->start(store, [job, request](const Store& own) {
        return HandoffService(own).handOff(
            request, [job](int percent) { return job->reportProgress(percent); });
    });
    return job;
}

HandoffJob* HandoffJob::exportAgain(const Store& store, qint64 batchId, const QString& path,
                                    const HandoffFileOptions& options, QObject* parent)
{
    auto* job = new HandoffJob(parent);
    job->m_request.filePath = path;
    job->m_request.options = options;
    job->start(store, [job, batchId, path, options](const Store& own) {
        return HandoffService(own).exportAgain(
            batchId, path, options, [job](int percent) { return job->reportProgress(percent); });
    });
    return job;
}

bool HandoffJob::reportProgress(int percent)
{
    emit progressed(percent); // queued to the job's thread
    return !m_cancelled;
}

void HandoffJob::start(const Store& store, std::function<HandoffResult(const Store&)> work)
{
    m_thread = QThread::create([this, &store, work = std::move(work)] {
        try {
            const std::unique_ptr<Store> own = store.openAnother(); // in this thread
            m_result = work(*own);
        } catch (const HandoffError& error) {
            m_error = error.message();
            m_errorKind = error.kind();
        } catch (const StoreError& error) {
            m_error = error.message();
        } catch (const std::exception& error) {
            m_error = StoreError::unexpected(error).message(); // never std::terminate
        }
    });
    // QThread::finished comes from the worker; the job lives here, so this is queued.
    connect(m_thread, &QThread::finished, this, &HandoffJob::finished);
    m_thread->setParent(this);
    m_thread->start();
}

bool HandoffJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void HandoffJob::wait()
{
    if (m_thread)
        m_thread->wait();
}
