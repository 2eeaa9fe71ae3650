#pragma once

#include <QAbstractTableModel>
#include <QList>

class Store;

/// One lead's history, newest first: its creation, calls, stage changes, nurture steps,
/// interest events and field changes. A lead's history is short, so it is read at once.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Event,
        Details,
        By,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, ///< "created", "call", "stage", "nurture", "plan_start", "plan_end", "interest", "field"
        TimeRole                     ///< UTC seconds
    };

    explicit TimelineModel(const Store* store = nullptr, QObject* parent = nullptr);

    void setStore(const Store* store);
    /// Shows this lead's history; 0 empties the model.
    void setLead(qint64 leadId);
    void reload();
    qint64 leadId() const { return m_leadId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        qint64 at = 0;
        QString kind;
        QString event;
        QString details;
        QString by;
    };
    static Item describe(const QString& kind, qint64 at, const QStringList& values,
                         const QString& by);

    const Store* m_store = nullptr;
    qint64 m_leadId = 0;
    QList<Item> m_items;
};
