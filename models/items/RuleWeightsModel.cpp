#include "items/RuleWeightsModel.h"

#include "scoring/ScoreExplanation.h"

#include <QLocale>

RuleWeightsModel::RuleWeightsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    buildWeights();
}

void RuleWeightsModel::setRules(const ScoringRules& rules)
{
    beginResetModel();
    m_rules = rules;
    buildWeights();
    endResetModel();
}

template <typename E>
void RuleWeightsModel::addTable(const QString& group, std::vector<int> ScoringRules::*table,
                                bool skipUnknown)
{
    for (E value : allValues<E>()) {
        if (skipUnknown && vocabIndex(value) == 0)
            continue;
        const int index = vocabIndex(value);
        m_weights.append({group, labelOf(value),
                          [table, index](ScoringRules& r) -> int& { return (r.*table)[index]; }});
    }
}

void RuleWeightsModel::buildWeights()
{
    m_weights.clear();
    for (size_t i = 0; i < m_rules.employeeBands.size(); ++i) {
        const EmployeeBand& band = m_rules.employeeBands[i];
        const QString range =
            i + 1 < m_rules.employeeBands.size()
                ? tr("%1 (%2–%3 employees)")
                      .arg(ScoringRules::sizeLabel(band.size))
                      .arg(band.from)
                      .arg(m_rules.employeeBands[i + 1].from - 1)
                : tr("%1 (%2+ employees)").arg(ScoringRules::sizeLabel(band.size)).arg(band.from);
        m_weights.append({tr("Fit: company size"), range,
                          [i](ScoringRules& r) -> int& { return r.employeeBands[i].points; }});
    }
    for (size_t i = 0; i < m_rules.revenueBands.size(); ++i)
        m_weights.append(
            {tr("Fit: annual revenue"),
             tr("from %1 %2")
                 .arg(QLocale().toString(m_rules.revenueBands[i].from), m_rules.currency),
             [i](ScoringRules& r) -> int& { return r.revenueBands[i].points; }});
    addTable<Industry>(tr("Fit: industry"), &ScoringRules::industryPoints, true);
    addTable<Seniority>(tr("Fit: position"), &ScoringRules::seniorityPoints, true);
    addTable<BuyingRole>(tr("Fit: buying-center role"), &ScoringRules::buyingRolePoints, true);
    for (size_t i = 0; i < m_rules.negativePersona.size(); ++i)
        if (!m_rules.negativePersona[i].exclude)
            m_weights.append(
                {tr("Fit: negative persona"),
                 ScoreExplanation::personaName(m_rules.negativePersona[i].id, m_rules),
                 [i](ScoringRules& r) -> int& { return r.negativePersona[i].points; }});
    addTable<InterestKind>(tr("Interest per event"), &ScoringRules::interestPoints, false);
    addTable<BudgetStatus>(tr("BANT: budget"), &ScoringRules::budgetPoints, true);
    addTable<AuthorityLevel>(tr("BANT: authority"), &ScoringRules::authorityPoints, true);
    m_weights.append({tr("BANT: authority"), tr("Decision authority confirmed"),
                      [](ScoringRules& r) -> int& { return r.decisionMakerConfirmedPoints; }});
    addTable<NeedLevel>(tr("BANT: need"), &ScoringRules::needPoints, true);
    addTable<Timing>(tr("BANT: timing"), &ScoringRules::timingPoints, true);
}

int RuleWeightsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_weights.size());
}

int RuleWeightsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleWeightsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Weight& weight = m_weights.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Points)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Group:
        return weight.group;
    case Item:
        return weight.item;
    case Points:
        return weight.points(const_cast<ScoringRules&>(m_rules));
    }
    return {};
}

bool RuleWeightsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Points ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const int points = value.toInt(&ok);
    if (!ok || points < minimumPoints || points > maximumPoints)
        return false;
    int& target = m_weights.at(index.row()).points(m_rules);
    if (target == points)
        return true;
    target = points;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags RuleWeightsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Points)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuleWeightsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Rule");
    case Item:
        return tr("When");
    case Points:
        return tr("Points");
    }
    return {};
}
