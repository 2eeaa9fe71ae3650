#pragma once

#include <QSqlQueryModel>

class Store;

/// The handoff history: every batch, newest first, fetched lazily.
class HandoffBatchModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Code,
        Created,
        Rep,
        Leads,
        Format,
        File,
        ColumnCount
    };

    explicit HandoffBatchModel(const Store& store, QObject* parent = nullptr);

    void reload();
    qint64 batchId(int row) const;
    /// The row of the batch with this id among the rows fetched so far, or -1.
    int rowOf(qint64 batchId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Store& m_store;
};
