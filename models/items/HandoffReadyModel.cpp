#include "items/HandoffReadyModel.h"

#include "domain/Vocabulary.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QLocale>

HandoffReadyModel::HandoffReadyModel(const Store& store, QObject* parent)
    : QSqlQueryModel(parent)
    , m_store(store)
{
    reload();
}

void HandoffReadyModel::reload()
{
    QSqlQuery query(m_store.db());
    query.prepare(QStringLiteral(
        "SELECT l.id, trim(coalesce(l.first_name, '') || ' ' || coalesce(l.last_name, '')),"
        " l.company, l.grade, l.total_score, q.budget_status, q.authority, q.need, q.timing,"
        " q.buying_phase, q.decision_maker_confirmed, l.stage_changed_at, o.name,"
        " (SELECT max(b.batch_code) FROM handoff_items i"
        "   JOIN handoff_batches b ON b.id = i.batch_id WHERE i.lead_id = l.id)"
        " FROM leads l"
        " LEFT JOIN qualification q ON q.lead_id = l.id"
        " LEFT JOIN reps o ON o.id = l.owner_id"
        " WHERE l.stage = ? AND (? = 1 OR NOT EXISTS"
        "   (SELECT 1 FROM handoff_items i2 WHERE i2.lead_id = l.id))"
        " ORDER BY l.stage_changed_at, l.id"));
    query.addBindValue(keyOf(Stage::Sql));
    query.addBindValue(m_includeBefore ? 1 : 0);
    query.exec();
    setQuery(std::move(query));
}

void HandoffReadyModel::setIncludeHandedOffBefore(bool include)
{
    if (include == m_includeBefore)
        return;
    m_includeBefore = include;
    reload();
}

qint64 HandoffReadyModel::leadId(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

QString HandoffReadyModel::handedOffBefore(int row) const
{
    return QSqlQueryModel::data(index(row, HandedOffBefore)).toString();
}

QVariant HandoffReadyModel::display(int column, const QVariant& raw) const
{
    switch (column) {
    case Budget:
        return labelOf(fromKeyOr(raw.toString(), BudgetStatus::Unknown));
    case Authority:
        return labelOf(fromKeyOr(raw.toString(), AuthorityLevel::Unknown));
    case Need:
        return labelOf(fromKeyOr(raw.toString(), NeedLevel::Unknown));
    case Timing:
        return labelOf(fromKeyOr(raw.toString(), ::Timing::Unknown));
    case Phase:
        return labelOf(fromKeyOr(raw.toString(), BuyingPhase::Unknown));
    case DecisionMaker:
        return raw.toBool() ? tr("Confirmed") : tr("Not confirmed");
    case SalesReadySince:
        return QLocale().toString(Clock::fromSecs(raw.toLongLong()).toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return raw;
    }
}

QVariant HandoffReadyModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::TextAlignmentRole && index.isValid() && index.column() == Score)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QVariant raw = QSqlQueryModel::data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole || !index.isValid())
        return QSqlQueryModel::data(index, role);
    return display(index.column(), raw);
}

QVariant HandoffReadyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Grade:
        return tr("Grade");
    case Score:
        return tr("Score");
    case Budget:
        return tr("Budget");
    case Authority:
        return tr("Authority");
    case Need:
        return tr("Need");
    case Timing:
        return tr("Timing");
    case Phase:
        return tr("Buying phase");
    case DecisionMaker:
        return tr("Decision maker");
    case SalesReadySince:
        return tr("Sales-ready since");
    case Rep:
        return tr("Rep");
    case HandedOffBefore:
        return tr("Handed off before");
    }
    return {};
}
