#pragma once

#include <QSqlQueryModel>

class Store;

/// All leads, newest first, fetched lazily in pages by Qt SQL (never all rows at once).
class LeadListModel : public QSqlQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Id,
        Name,
        Company,
        Stage,
        Grade,
        Score,
        Source,
        ColumnCount
    };

    explicit LeadListModel(const Store& store, QObject* parent = nullptr);

    void reload();
    qint64 leadId(int row) const;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Store& m_store;
};
