#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <functional>
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

    /// The change as the text of a server notification ("A", "H" or "-" for neither, then the
    /// lead ids), and back; text that is not one gives an empty change.
    QString toPayload() const;
    static StoreChange fromPayload(const QString& payload);
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
/// Team mode: the changes other reps make on a shared PostgreSQL store arrive through
/// LISTEN/NOTIFY (see Store): the primary store hands them to deliver(), and every view
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
    explicit StoreEventsLink(StoreEvents* events);

    /// A random name of these events, sent with every server notification of the connections
    /// linked to them: what they announced here already is not delivered a second time.
    QString origin() const { return m_origin; }

    /// Delivers the change to the events, when they still exist. Thread-safe.
    void deliver(const StoreChange& change);
    void detach();

private:
    QMutex m_mutex;
    StoreEvents* m_events;
    QString m_origin;
};

/// One connection's announcements: sent at once, or held while a write transaction is open and
/// sent when it commits (dropped when it rolls back).
class StoreAnnouncer
{
public:
    /// Tells other programs about a change (a server notification); may throw StoreError.
    using Publisher = std::function<void(const StoreChange&)>;

    explicit StoreAnnouncer(std::shared_ptr<StoreEventsLink> link)
        : m_link(std::move(link))
    {}
    /// Every change announced from now on is also published: at once outside a transaction,
    /// inside the transaction by publishHeld() (delivered to others when it commits).
    void setPublisher(Publisher publisher) { m_publish = std::move(publisher); }
    /// Publishes what the outermost open transaction announced, before it commits.
    void publishHeld() const;

    void announce(const StoreChange& change);
    /// A transaction began: hold what is announced until release() or drop().
    void hold() { ++m_depth; }
    /// A write transaction is open on this connection.
    bool holding() const { return m_depth > 0; }
    /// The transaction committed: send what was held (once the outermost one ends).
    void release();
    /// The transaction rolled back: forget what was held.
    void drop();
    std::shared_ptr<StoreEventsLink> link() const { return m_link; }

private:
    std::shared_ptr<StoreEventsLink> m_link;
    Publisher m_publish;
    int m_depth = 0;
    StoreChange m_held;
};
