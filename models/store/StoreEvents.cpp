#include "store/StoreEvents.h"

#include <QMutexLocker>
#include <QThread>

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
    if (m_depth > 0)
        m_held.merge(change);
    else if (m_link)
        m_link->deliver(change);
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
