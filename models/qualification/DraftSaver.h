#pragma once

#include "qualification/QualificationEntry.h"

#include <QHash>
#include <QObject>
#include <optional>

class QThread;
class QTimer;
class Store;

/// Saves the qualification form as the rep types, so that closing the window, a crash or a power
/// cut loses nothing: a draft is written 500 ms after the last keystroke, and at the latest every
/// second while typing goes on. Writing happens on a thread of its own with its own connection, so
/// a store busy with a long rescore never stalls typing; what is not confirmed yet stays here and
/// is retried.
class DraftSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int debounceMs = 500;
    static constexpr int maxWaitMs = 1000;
    static constexpr int retryMs = 1000;

    DraftSaver(const Store& store, const QString& repName, QObject* parent = nullptr);
    /// Writes what is pending and waits for it, then closes the writer's connection.
    ~DraftSaver() override;

    /// The rep changed the form of this lead: remember the entry and write it soon.
    void update(qint64 leadId, const QualificationEntry& entry);
    /// Hands everything pending to the writer now (focus left a field, another lead was chosen).
    void flush();
    /// Writes everything pending and waits until it is in the store (closing the window).
    void flushAndWait();
    /// Drops the lead's pending entry and removes its stored draft (after the form was saved or
    /// changed back to what is stored).
    void discard(qint64 leadId);
    /// discard(), and waits until the stored draft is gone: a write of it still under way
    /// cannot reappear in what is read next (after a save on a busy server it did).
    void discardAndWait(qint64 leadId);
    /// The latest entry for the lead that may not have reached the store yet.
    std::optional<QualificationEntry> unsaved(qint64 leadId) const;

signals:
    /// A draft of this lead reached the store.
    void saved(qint64 leadId);
    /// Writing failed (e.g. the store is locked); it will be retried.
    void failed(const QString& message);

private:
    struct Sent
    {
        QualificationEntry entry;
        quint64 sequence = 0;
    };
    void confirm(qint64 leadId, quint64 sequence);
    void retry(qint64 leadId, quint64 sequence, const QString& message);

    QThread* m_thread = nullptr;
    QObject* m_writer = nullptr; ///< lives in m_thread
    QTimer* m_debounce = nullptr;
    QTimer* m_maxWait = nullptr;
    QHash<qint64, QualificationEntry> m_pending;
    QHash<qint64, Sent> m_inFlight;
    quint64 m_sequence = 0;
};
