#include "dashboard/DashboardQuery.h"

#include "domain/TeamSettings.h"
#include "store/Store.h"

namespace DashboardQuery {

QVariant text(const QString& value)
{
    // A null QString binds as NULL, which no '' of an unknown bucket equals.
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Where leadWhere(const DashboardFilter& filter, const QString& prefix)
{
    Where where{QStringLiteral("%1day BETWEEN ? AND ?").arg(prefix),
                {filter.firstDay(), filter.lastDay()}};
    const auto add = [&](const char* column, const QVariant& value) {
        where.sql += QStringLiteral(" AND %1%2 = ?").arg(prefix, QLatin1String(column));
        where.binds.append(value.typeId() == QMetaType::QString ? text(value.toString()) : value);
    };
    if (filter.source)
        add("source", *filter.source);
    if (filter.campaign)
        add("campaign", *filter.campaign);
    if (filter.repId)
        add("owner_id", *filter.repId);
    if (filter.grade)
        add("grade", *filter.grade);
    return where;
}

Where callWhere(const DashboardFilter& filter)
{
    Where where{QStringLiteral("day BETWEEN ? AND ?"), {filter.firstDay(), filter.lastDay()}};
    if (filter.repId) {
        where.sql += QStringLiteral(" AND rep_id = ?");
        where.binds.append(*filter.repId);
    }
    return where;
}

Settings settings(const Store& store)
{
    Settings settings;
    const TeamSettings team(store);
    settings.minCount = team.minRateCount();
    settings.slaHours = team.slaHours();
    QSqlQuery query = Sql::exec(store.db(), QStringLiteral("SELECT id, name FROM reps"));
    while (query.next())
        settings.repNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    return settings;
}

} // namespace DashboardQuery
