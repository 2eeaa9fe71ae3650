#include "dashboard/DashboardLeads.h"

#include "dashboard/DashboardQuery.h"
#include "domain/TeamSettings.h"
#include "store/Store.h"

namespace DashboardLeads {

QList<qint64> ids(const Store& store, const DashboardFilter& filter,
                  const DashboardSelection& selection, int limit)
{
    using Kind = DashboardSelection::Kind;
    DashboardQuery::Where where = DashboardQuery::leadWhere(filter);
    const auto add = [&](const QString& sql, const QVariantList& binds) {
        where.sql += QStringLiteral(" AND ") + sql;
        where.binds += binds;
    };
    const qint64 slaSeconds = qint64(TeamSettings(store).slaHours()) * 3600;
    switch (selection.kind) {
    case Kind::EverReached:
        add(QStringLiteral("ever_top >= ?"), {selection.step});
        break;
    case Kind::InOrder:
        add(QStringLiteral("order_top >= ?"), {selection.step});
        break;
    case Kind::Source:
        add(QStringLiteral("source = ? AND ever_top >= ?"),
            {DashboardQuery::text(selection.key), selection.step});
        break;
    case Kind::Campaign:
        add(QStringLiteral("campaign = ? AND ever_top >= ?"),
            {DashboardQuery::text(selection.key), selection.step});
        break;
    case Kind::Rep:
        add(QStringLiteral("owner_id = ? AND ever_top >= ?"),
            {selection.key.toLongLong(), selection.step});
        break;
    case Kind::Week: {
        const qint64 monday =
            DashboardBuckets::dayOf(QDate::fromString(selection.key, Qt::ISODate));
        add(QStringLiteral("day BETWEEN ? AND ? AND ever_top >= ?"),
            {monday, monday + 6, selection.step});
        break;
    }
    case Kind::Quadrant:
        add(QStringLiteral("quadrant = ?"), {DashboardQuery::text(selection.key)});
        break;
    case Kind::Grade:
        add(QStringLiteral("grade = ?"), {DashboardQuery::text(selection.key)});
        break;
    case Kind::WithinSla:
        add(QStringLiteral("stl_secs < ?"), {slaSeconds});
        break;
    case Kind::OverSla:
        add(QStringLiteral("stl_secs >= ?"), {slaSeconds});
        break;
    case Kind::NotCalled:
        add(QStringLiteral("stl_secs IS NULL"), {});
        break;
    }
    QString sql = QStringLiteral("SELECT for_lead FROM lead_funnel WHERE %1 ORDER BY for_lead")
                      .arg(where.sql);
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        where.binds.append(limit);
    }
    QSqlQuery query = Sql::exec(store.db(), sql, where.binds);
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QList<Row> rows(const Store& store, const QList<qint64>& ids)
{
    QHash<qint64, Row> found;
    // In slices: a statement binds a bounded number of values.
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> slice = ids.mid(start, 500);
        QStringList marks;
        QVariantList binds;
        for (const qint64 id : slice) {
            marks.append(QStringLiteral("?"));
            binds.append(id);
        }
        QSqlQuery query =
            Sql::exec(store.db(),
                      QStringLiteral("SELECT id, first_name, last_name, company, stage FROM leads"
                                     " WHERE id IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      binds);
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            found.insert(id, {id,
                              QStringLiteral("%1 %2")
                                  .arg(query.value(1).toString(), query.value(2).toString())
                                  .trimmed(),
                              query.value(3).toString(), query.value(4).toString()});
        }
    }
    QList<Row> result;
    for (const qint64 id : ids)
        if (const auto row = found.constFind(id); row != found.cend())
            result.append(*row);
    return result;
}

} // namespace DashboardLeads
