#include "qualification/DraftSaver.h"

#include "domain/LeadRepository.h"
#include "qualification/QualificationDrafts.h"
#include "store/Store.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace {

/// Lives in the saver's thread and owns the connection used there.
class DraftWriter : public QObject
{
public:
    DraftWriter(const Store& store, QString repName)
        : m_recipe(store.recipe())
        , m_repName(std::move(repName))
    {}

    /// Opens the connection on first use, in this (the writer's) thread.
    const Store& store()
    {
        if (!m_store) {
            m_store = Store::openAnother(m_recipe);
            m_repId = Reps::idFor(*m_store, m_repName);
        }
        return *m_store;
    }
    qint64 repId() const { return m_repId; }
    void close() { m_store.reset(); }

private:
    Store::Recipe m_recipe; // the window's store may be gone before this connects
    QString m_repName;
    std::unique_ptr<Store> m_store;
    qint64 m_repId = 0;
};

} // namespace

DraftSaver::DraftSaver(const Store& store, const QString& repName, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_debounce(new QTimer(this))
    , m_maxWait(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("DraftSaver"));
    m_writer = new DraftWriter(store, repName);
    m_writer->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread->start();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    m_maxWait->setSingleShot(true);
    m_maxWait->setInterval(maxWaitMs);
    connect(m_debounce, &QTimer::timeout, this, &DraftSaver::flush);
    connect(m_maxWait, &QTimer::timeout, this, &DraftSaver::flush);
}

DraftSaver::~DraftSaver()
{
    flushAndWait();
    auto* writer = static_cast<DraftWriter*>(m_writer);
    QMetaObject::invokeMethod(
        m_writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void DraftSaver::update(qint64 leadId, const QualificationEntry& entry)
{
    m_pending.insert(leadId, entry);
    m_debounce->start();
    if (!m_maxWait->isActive())
        m_maxWait->start();
}

void DraftSaver::flush()
{
    m_debounce->stop();
    m_maxWait->stop();
    auto* writer = static_cast<DraftWriter*>(m_writer);
    const QPointer<DraftSaver> self(this);
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const qint64 leadId = it.key();
        const QualificationEntry entry = it.value();
        const quint64 sequence = ++m_sequence;
        m_inFlight.insert(leadId, {entry, sequence});
        QMetaObject::invokeMethod(m_writer, [writer, self, leadId, entry, sequence] {
            QString error;
            try {
                const Store& store = writer->store();
                QualificationDrafts::save(store, leadId, writer->repId(), entry);
            } catch (const StoreError& failure) {
                error = failure.message();
            }
            QMetaObject::invokeMethod(self, [self, leadId, sequence, error] {
                if (!self)
                    return;
                if (error.isEmpty())
                    self->confirm(leadId, sequence);
                else
                    self->retry(leadId, sequence, error);
            });
        });
    }
    m_pending.clear();
}

void DraftSaver::flushAndWait()
{
    flush();
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void DraftSaver::discard(qint64 leadId)
{
    m_pending.remove(leadId);
    m_inFlight.remove(leadId);
    auto* writer = static_cast<DraftWriter*>(m_writer);
    // Queued behind any write of this lead still under way, so the draft cannot come back.
    QMetaObject::invokeMethod(m_writer, [writer, leadId] {
        try {
            QualificationDrafts::discard(writer->store(), leadId);
        } catch (const StoreError& failure) {
            spdlog::warn("draft of lead {} not removed: {}", leadId,
                         failure.message().toStdString());
        }
    });
}

void DraftSaver::discardAndWait(qint64 leadId)
{
    discard(leadId);
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

std::optional<QualificationEntry> DraftSaver::unsaved(qint64 leadId) const
{
    if (const auto it = m_pending.constFind(leadId); it != m_pending.cend())
        return it.value();
    if (const auto it = m_inFlight.constFind(leadId); it != m_inFlight.cend())
        return it.value().entry;
    return std::nullopt;
}

void DraftSaver::confirm(qint64 leadId, quint64 sequence)
{
    const auto it = m_inFlight.constFind(leadId);
    if (it != m_inFlight.cend() && it.value().sequence == sequence)
        m_inFlight.remove(leadId);
    emit saved(leadId);
}

void DraftSaver::retry(qint64 leadId, quint64 sequence, const QString& message)
{
    spdlog::warn("draft of lead {} not written yet, retrying", leadId);
    const auto it = m_inFlight.constFind(leadId);
    if (it != m_inFlight.cend() && it.value().sequence == sequence) {
        if (!m_pending.contains(leadId))
            m_pending.insert(leadId, it.value().entry);
        m_inFlight.remove(leadId);
        QTimer::singleShot(retryMs, this, [this] {
            if (!m_pending.isEmpty() && !m_debounce->isActive())
                flush();
        });
    }
    emit failed(message);
}
