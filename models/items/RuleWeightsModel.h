#pragma once

#include "scoring/ScoringRules.h"

#include <QAbstractTableModel>
#include <functional>

/// Every weight of a rule set as one editable table: group, item, points. The rules editor shows
/// it; edits change a copy of the rules (rules()), never the store.
class RuleWeightsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Group,
        Item,
        Points,
        ColumnCount
    };

    explicit RuleWeightsModel(QObject* parent = nullptr);

    void setRules(const ScoringRules& rules);
    const ScoringRules& rules() const { return m_rules; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Lowest and highest points a weight may take.
    static constexpr int minimumPoints = -100;
    static constexpr int maximumPoints = 100;

private:
    struct Weight
    {
        QString group;
        QString item;
        std::function<int&(ScoringRules&)> points;
    };
    void buildWeights();
    template <typename E>
    void addTable(const QString& group, std::vector<int> ScoringRules::*table, bool skipUnknown);

    ScoringRules m_rules;
    QList<Weight> m_weights;
};
