#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <limits>
#include <memory>

class Store;

/// Pauses the dashboard's roll-up triggers (RollupSql) for one bulk write and brings the
/// roll-ups up to date set-based at its end, in the same transaction: a few grouped statements
/// instead of the per-row recomputation every inserted lead, stage change or call would cost.
///
/// The scope inserts a row into rollup_pause inside the caller's write transaction; the triggers
/// check for it. No other connection ever sees that row (SQLite has one writer; on a server an
/// uncommitted row is invisible to other sessions, whose triggers go on working), and finish()
/// deletes it again before the caller commits. Without finish() the caller must not commit:
/// the transaction rolls back, the row with it.
///
/// The writer names the leads it changed (created, moved, rescored, history or calls written):
/// touched(), touchedRange(), touchedIfChanged(), or touchedAll() when it writes (nearly) every
/// lead. A lead deleted inside the scope needs nothing: its counts go as it goes. Calls are
/// counted by their triggers as before (one small upsert each); only touchedAll() pauses those.
///
///     WriteTransaction transaction(store);
///     RollupBulkScope rollups(store);
///     const qint64 first = …, last = …;     // write 100,000 leads and their history
///     rollups.touchedRange(first, last);
///     rollups.finish();                      // the roll-ups of those leads, set-based
///     transaction.commit();
///
/// Throws StoreError. Not nestable: one scope per transaction.
class RollupBulkScope
{
public:
    /// Inside the caller's write transaction.
    explicit RollupBulkScope(const Store& store);
    ~RollupBulkScope();
    RollupBulkScope(const RollupBulkScope&) = delete;
    RollupBulkScope& operator=(const RollupBulkScope&) = delete;

    /// The lead `leadId` was written (any number of times; a lead that is gone again is fine).
    void touched(qint64 leadId);
    /// Every lead the query `selection` names in its first column, `lead_id`, was written (a
    /// handoff batch's leads).
    void touchedSelection(const QString& selection, const QVariantList& binds);
    /// Every lead with an id from `firstId` to `lastId` was written (an import's new leads).
    void touchedRange(qint64 firstId, qint64 lastId);
    /// Every lead from `firstId` to `lastId` whose stage, grade, quadrant, source, campaign,
    /// owner or creation time no longer match its roll-up row (a writer that changes only those
    /// columns, like a rescore, need not list its leads).
    void touchedIfChanged(qint64 firstId = 0, qint64 lastId = std::numeric_limits<qint64>::max());
    /// Every roll-up is rebuilt at the end (the demo generator: cheaper than per lead when the
    /// scope writes the whole store). Pauses every roll-up trigger from here on.
    void touchedAll();
    /// Brings the roll-ups of the touched leads up to date and lifts the pause. Call it once,
    /// after the last write and before the commit.
    void finish();

private:
    const Store& m_store;
    std::unique_ptr<QSqlQuery> m_touch;
    bool m_all = false;
    bool m_finished = false;
};
