#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <memory>

/// What changed in a store, as far as the views need to know.
struct StoreChange
{
    /// More single leads than this in one change are sent as "any lead may have changed".
    static constexpr int maxSingleLeads = 50;

    QList<qint64> leadIds; ///< leads whose details, calls, qualification, stage or claim changed
    bool allLeads = false; ///< any lead may have changed (rescoring, erasure, new leads, demo)
    bool handoff = false;  ///< handoff batches changed (a handoff, a recovery)

    bool isEmpty() const { return leadIds.isEmpty() && !allLeads && !handoff; }
    /// Adds what `other` says (each lead once).
    void merge(const StoreChange& other);
};

/// Change notification of one store: the use cases in models/ announce what they changed
/// (Store::announceLead, announceLeads, announceHandoff) and the views refresh from these
/// signals instead of calling each other. A store made with Store::openAnother() (a worker
/// thread's, a second window's connection) sends into the same object as the store it was made
/// from; what is announced in another thread arrives queued, in this object's thread.
///
/// leadsChanged() means that any lead may have changed: a receiver of leadChanged() listens to
/// it too. Signals are sent after the change is committed (see WriteTransaction), never for a
/// change that was rolled back.
///
/// Team mode: the changes other reps make on a shared PostgreSQL store will arrive through
/// LISTEN/NOTIFY; whatever listens hands them to deliver(), from any thread, and every view
/// refreshes exactly as for a change made here.
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    explicit StoreEvents(QObject* parent = nullptr);

    /// Sends the change: at once when called in this object's thread, else queued into it.
    /// Thread-safe as long as this object lives (Store's link guards that for its connections).
    void deliver(const StoreChange& change);

signals:
    void leadChanged(qint64 leadId);
    void leadsChanged();
    void handoffChanged();

private:
    void send(const StoreChange& change);
};

/// The link between a store's StoreEvents and every connection made from it. The primary store
/// detaches it when it is destroyed, so a connection outliving it announces into nothing instead
/// of into a destroyed object.
class StoreEventsLink
{
public:
    explicit StoreEventsLink(StoreEvents* events)
        : m_events(events)
    {}

    /// Delivers the change to the events, when they still exist. Thread-safe.
    void deliver(const StoreChange& change);
    void detach();

private:
    QMutex m_mutex;
    StoreEvents* m_events;
};

/// One connection's announcements: sent at once, or held while a write transaction is open and
/// sent when it commits (dropped when it rolls back).
class StoreAnnouncer
{
public:
    explicit StoreAnnouncer(std::shared_ptr<StoreEventsLink> link)
        : m_link(std::move(link))
    {}

    void announce(const StoreChange& change);
    /// A transaction began: hold what is announced until release() or drop().
    void hold() { ++m_depth; }
    /// The transaction committed: send what was held (once the outermost one ends).
    void release();
    /// The transaction rolled back: forget what was held.
    void drop();
    std::shared_ptr<StoreEventsLink> link() const { return m_link; }

private:
    std::shared_ptr<StoreEventsLink> m_link;
    int m_depth = 0;
    StoreChange m_held;
};
