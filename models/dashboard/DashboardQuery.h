#pragma once

#include "dashboard/DashboardTypes.h"

#include <QHash>
#include <QVariantList>

class Store;

/// What both computations of the dashboard read besides the leads: the team's settings and the
/// reps' names; and the WHERE clause a filter makes on a table with the lead dimensions (day,
/// source, campaign, owner_id, grade: the roll-ups and lead_funnel).
namespace DashboardQuery {

struct Where
{
    QString sql; ///< "day BETWEEN ? AND ? AND …"
    QVariantList binds;
};

/// A bindable text that is never NULL (the unknown bucket is '').
QVariant text(const QString& value);
Where leadWhere(const DashboardFilter& filter, const QString& prefix = {});
/// The call log's filter: the day of the call and the rep who called.
Where callWhere(const DashboardFilter& filter);

struct Settings
{
    int minCount = 20;
    int slaHours = 4;
    QHash<qint64, QString> repNames; ///< id → name
    QString repName(qint64 id) const { return repNames.value(id); }
};
Settings settings(const Store& store);

} // namespace DashboardQuery
