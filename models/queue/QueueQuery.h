#pragma once

#include "queue/QueueContext.h"
#include "queue/QueueTypes.h"

#include <QList>
#include <QVariant>
#include <optional>

class Store;

/// The queue's order in SQL, read page by page with keyset pagination so that a store of a
/// million leads answers the first page from its indexes. In queue order the pages run through
/// the sections callbacks due → new leads by waiting time → the rest by score → held back; sorted
/// by a column or searched, through one section ordered by that column.
class QueueQuery
{
public:
    enum class Section
    {
        CallbackDue,
        NewLead,
        ByScore,
        Rest, ///< what is not callable now, in the filter's stages (held back, not in queue)
        All   ///< sorted or searched: everything that matches
    };

    /// Where the next page begins.
    struct Cursor
    {
        int section = 0;
        bool started = false; ///< lastKey/lastId are set for the current section
        QVariant lastKey;
        qint64 lastId = 0;
        bool atEnd = false;
    };

    QueueQuery(const Store& store, QueueContext context);

    /// Sets the filter; a grade filter that matches few leads makes the grade index drive every
    /// section (walking a section's index for a rare grade would read most of the store).
    void setFilter(const QueueFilter& filter);
    /// How many open leads a grade may have to count as rare (tests lower it to try both ways).
    static void setRareGradeLimit(int limit);
    const QueueFilter& filter() const { return m_filter; }
    void setSort(QueueSort sort, Qt::SortOrder order);
    QueueSort sort() const { return m_sort; }
    const QueueContext& context() const { return m_context; }

    /// The next page of up to `limit` rows (classified); advances the cursor.
    QList<QueueRow> fetch(Cursor& cursor, int limit) const;
    /// The callable leads in queue order (callbacks due, new, by score), at most `limit`.
    QList<QueueRow> callable(int limit) const;
    /// Leads in queue stages that are held back now, oldest first, at most `limit`.
    QList<QueueRow> heldBack(int limit) const;
    /// The first callable lead in queue order other than `skipLeadId`, for a claim inside the
    /// caller's write transaction (PostgreSQL: the row is locked, rows others hold are skipped).
    std::optional<qint64> firstCallable(qint64 skipLeadId) const;
    /// Server: picks and claims the lead firstCallable() would give in ONE statement (an UPDATE
    /// of the first unlocked callable lead of the first section that has one, SKIP LOCKED):
    /// `assignments` ("claimed_by = ?, …") with `binds` are set on it. Returns its id.
    std::optional<qint64> claimFirstCallable(qint64 skipLeadId, const QString& assignments,
                                             const QVariantList& binds) const;

    /// The earliest callback after the context's time on a lead in a queue stage (it becomes
    /// due then), or nothing.
    std::optional<qint64> nextCallbackAt() const;

    /// The SQL and bound values of one page of a section (for EXPLAIN QUERY PLAN in tests).
    QPair<QString, QVariantList> pageSql(Section section, const Cursor& cursor, int limit) const;

private:
    struct Order
    {
        QString key; ///< expression of the first sort key (l.id alone when empty)
        bool keyDescending = false;
        bool idDescending = false;
    };

    QList<Section> sections() const;
    QString eligible(QVariantList& binds) const;
    QString sectionCondition(Section section, QVariantList& binds) const;
    QString scope(QVariantList& binds) const;
    QString filters(QVariantList& binds) const;
    QString search(QVariantList& binds) const;
    Order order(Section section) const;
    QString indexFor(Section section) const;
    QString gradeIndexFor(Section section) const;
    bool inQueueStages(Section section) const;
    QList<QueueRow> run(const QString& sql, const QVariantList& binds) const;

    const Store& m_store;
    QueueContext m_context;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::QueueOrder;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_gradeDriven = false;
};
