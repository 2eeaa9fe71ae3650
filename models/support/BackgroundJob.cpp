#include "support/BackgroundJob.h"

#include "store/Store.h"

#include <QMutexLocker>
#include <QThread>
#include <QTimer>
#include <spdlog/spdlog.h>

BackgroundJob::BackgroundJob(const Store& store, Work work, QObject* parent)
    : QObject(parent)
    , m_recipe(store.recipe())
    , m_work(std::move(work))
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &BackgroundJob::pollProgress);
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("BackgroundJob"));
    m_poll->start();
    m_thread->start();
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundJob::wait(int ms)
{
    if (!m_thread)
        return true;
    return ms < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(ms));
}

void BackgroundJob::setResult(const QVariant& result)
{
    const QMutexLocker lock(&m_mutex);
    m_result = result;
}

QVariant BackgroundJob::result() const
{
    const QMutexLocker lock(&m_mutex);
    return m_result;
}

bool BackgroundJob::completed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_completed;
}

QString BackgroundJob::errorMessage() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

void BackgroundJob::pollProgress()
{
    const qint64 done = m_done;
    if (done == m_reportedDone)
        return;
    m_reportedDone = done;
    emit progressed(done, m_total);
}

void BackgroundJob::run()
{
    bool completed = false;
    QString error;
    try {
        // The connection is opened, used and closed in this thread, as Qt SQL demands.
        const std::unique_ptr<Store> own = Store::openAnother(m_recipe);
        completed = m_work(*own, *this);
    } catch (const StoreError& failure) {
        error = failure.message();
        spdlog::warn("background job failed: {}", error.toStdString());
    } catch (const std::exception& failure) {
        error = StoreError::unexpected(failure).message(); // never std::terminate
    }
    end(completed && error.isEmpty(), error);
}

void BackgroundJob::end(bool completed, const QString& error)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_completed = completed;
        m_error = error;
    }
    // Queued to the owner's thread; dropped with the job when it is destroyed first.
    QMetaObject::invokeMethod(
        this,
        [this, completed, error] {
            m_poll->stop();
            pollProgress();
            emit finished(completed, error);
        },
        Qt::QueuedConnection);
}
