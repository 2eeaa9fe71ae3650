#include "store/StoreEvents.h"

#include "store/Sql.h"

#include <QMutexLocker>
#include <QThread>
#include <QUuid>
#include <spdlog/spdlog.h>

void StoreChange::merge(const StoreChange& other)
{
    allLeads = allLeads || other.allLeads;
    handoff = handoff || other.handoff;
    for (const qint64 id : other.leadIds)
        if (!leadIds.contains(id))
            leadIds.append(id);
    if (leadIds.size() > maxSingleLeads)
        allLeads = true;
    if (allLeads)
        leadIds.clear(); // every lead is refreshed anyway
}

QString StoreChange::toPayload() const
{
    QString flags = QString(allLeads ? QStringLiteral("A") : QString()) +
                    (handoff ? QStringLiteral("H") : QString());
    QStringList words{flags.isEmpty() ? QStringLiteral("-") : flags};
    for (const qint64 id : leadIds)
        words.append(QString::number(id));
    return words.join(QLatin1Char(' '));
}

StoreChange StoreChange::fromPayload(const QString& payload)
{
    const QStringList words = payload.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    StoreChange change;
    if (words.isEmpty())
        return change;
    change.allLeads = words.first().contains(QLatin1Char('A'));
    change.handoff = words.first().contains(QLatin1Char('H'));
    for (qsizetype i = 1; i < words.size(); ++i) {
        bool ok = false;
        const qint64 id = words.at(i).toLongLong(&ok);
        if (ok)
            change.leadIds.append(id);
    }
    StoreChange merged;
    merged.merge(change); // at most maxSingleLeads, each once
    return merged;
}

StoreEvents::StoreEvents(QObject* parent)
    : QObject(parent)
{}

void StoreEvents::deliver(const StoreChange& change)
{
    if (change.isEmpty())
        return;
    if (QThread::currentThread() == thread()) {
        send(change);
        return;
    }
    // A queued call dies with this object: a change still on its way is then dropped.
    QMetaObject::invokeMethod(
        this, [this, change] { send(change); }, Qt::QueuedConnection);
}

void StoreEvents::send(const StoreChange& change)
{
    StoreChange whole;
    whole.merge(change);
    if (whole.allLeads)
        emit leadsChanged();
    for (const qint64 id : whole.leadIds)
        emit leadChanged(id);
    if (whole.handoff)
        emit handoffChanged();
}

StoreEventsLink::StoreEventsLink(StoreEvents* events)
    : m_events(events)
    , m_origin(QUuid::createUuid().toString(QUuid::Id128))
{}

void StoreEventsLink::deliver(const StoreChange& change)
{
    QMutexLocker lock(&m_mutex);
    StoreEvents* events = m_events;
    if (!events)
        return;
    if (QThread::currentThread() == events->thread()) {
        // Only this thread can destroy the events (with its primary store): no lock is needed,
        // and a receiver may announce again without waiting for itself.
        lock.unlock();
        events->deliver(change);
        return;
    }
    events->deliver(change); // queued: the lock keeps the events alive until it is posted
}

void StoreEventsLink::detach()
{
    QMutexLocker lock(&m_mutex);
    m_events = nullptr;
}

void StoreAnnouncer::announce(const StoreChange& change)
{
    if (m_depth > 0) {
        m_held.merge(change);
        return;
    }
    if (m_link)
        m_link->deliver(change);
    if (!m_publish || change.isEmpty())
        return;
    try {
        m_publish(change);
    } catch (const StoreError& error) {
        // The change itself is saved; other reps see it with their next refresh.
        spdlog::warn("store: could not tell others about a change: {}", error.what());
    }
}

void StoreAnnouncer::publishHeld() const
{
    if (m_publish && m_depth == 1 && !m_held.isEmpty())
        m_publish(m_held);
}

void StoreAnnouncer::release()
{
    if (m_depth == 0 || --m_depth > 0)
        return;
    const StoreChange held = std::exchange(m_held, StoreChange{});
    if (m_link)
        m_link->deliver(held);
}

void StoreAnnouncer::drop()
{
    if (m_depth > 0)
        --m_depth;
    m_held = StoreChange{}; // a rollback undoes the whole transaction, also an enclosing one
}
