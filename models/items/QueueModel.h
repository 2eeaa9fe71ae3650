#pragma once

#include "queue/QueueQuery.h"

#include <QAbstractTableModel>
#include <memory>

class Store;

/// The call queue as a lazy table: pages are read on demand (fetchMore) with keyset pagination,
/// so a store of a million leads shows its first screen at once. Filters, search and column
/// sorting go into the query; nothing is loaded in full.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Company,
        Stage,
        Grade,
        Score,
        Waited,
        NextAction,
        LocalTime,
        ColumnCount
    };
    enum Role
    {
        LeadIdRole = Qt::UserRole + 1,
        LaneRole, ///< QueueLane as int
        HoldRole  ///< HoldReason as int
    };

    explicit QueueModel(const Store& store, QObject* parent = nullptr);

    /// Whose claims count as one's own (this window's).
    void setSession(const QString& repName, const QString& sessionToken);
    void setFilter(const QueueFilter& filter);
    QueueFilter filter() const { return m_filter; }
    /// Reads the queue again from the first page (settings, time and claims may have changed).
    void refresh();
    static constexpr int pageSize = 100;
    /// The earliest time after the last read at which a lead's place changes (a callback or
    /// retry comes due, a claim runs out, a nurture period ends), as far as the model knows.
    std::optional<qint64> nextChangeAt() const { return m_nextChangeAt; }

    qint64 leadId(int row) const;
    /// The row of a lead among the rows fetched so far, or -1.
    int rowOfLead(qint64 leadId) const;
    const QueueRow* rowAt(int row) const;
    const QueueContext& context() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant display(const QueueRow& row, int column) const;
    QVariant tooltip(const QueueRow& row, int column) const;
    void noteChanges(const QList<QueueRow>& rows);

    const Store& m_store;
    QString m_rep;
    QString m_token;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::QueueOrder;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::unique_ptr<QueueQuery> m_query;
    QueueQuery::Cursor m_cursor;
    QList<QueueRow> m_rows;
    std::optional<qint64> m_nextChangeAt;
    bool m_resetting = false;
    bool m_fetching = false;
};
