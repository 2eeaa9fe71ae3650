#pragma once

#include <QSqlQueryModel>

class Store;

/// The handoff's ready list: every lead at `sql` not yet handed off, with the qualification
/// summary sales cares about, in the order the leads became sales-ready. Fetched lazily.
/// Optionally also lists `sql` leads handed off before (sent back by sales), with their batch.
class HandoffReadyModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        Company,
        Grade,
        Score,
        Budget,
        Authority,
        Need,
        Timing,
        Phase,
        DecisionMaker,
        SalesReadySince,
        Rep,
        HandedOffBefore,
        ColumnCount
    };

    explicit HandoffReadyModel(const Store& store, QObject* parent = nullptr);

    void reload();
    /// Also list `sql` leads that were handed off before (they need an explicit "again").
    void setIncludeHandedOffBefore(bool include);
    bool includesHandedOffBefore() const { return m_includeBefore; }

    qint64 leadId(int row) const;
    /// The code of the batch the lead at `row` was last handed off in, or empty.
    QString handedOffBefore(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(int column, const QVariant& raw) const;

    const Store& m_store;
    bool m_includeBefore = false;
};
