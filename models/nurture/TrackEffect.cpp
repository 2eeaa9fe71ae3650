#include "nurture/TrackEffect.h"

#include "store/Store.h"

namespace {

QList<QPair<QString, int>> ranked(const Store& store, const QString& group, const QString& where,
                                  const QVariantList& binds)
{
    QSqlQuery q = Sql::exec(
        store.db(),
        QStringLiteral("SELECT %1, count(*) FROM nurture_steps s JOIN nurture_plans p ON p.id ="
                       " s.plan_id LEFT JOIN nurture_tracks t ON t.id = p.track_id LEFT JOIN"
                       " content_pieces c ON c.id = s.content_id WHERE s.response IS NOT NULL AND"
                       " s.response <> 'no_reaction' AND %2 GROUP BY %1 ORDER BY count(*) DESC, %1")
            .arg(group, where),
        binds);
    QList<QPair<QString, int>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toInt()});
    return rows;
}

} // namespace

TrackEffect TrackEffect::of(const Store& store, const QString& trackKey)
{
    TrackEffect effect;
    effect.trackKey = trackKey;
    const QString where = trackKey.isEmpty() ? QStringLiteral("1 = 1")
                                             : QStringLiteral("t.track_key = ?");
    const QVariantList binds =
        trackKey.isEmpty() ? QVariantList{} : QVariantList{trackKey};
    QSqlQuery q = Sql::exec(
        store.db(),
        QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN p.status = 'active' THEN 1 ELSE 0"
                       " END), 0), coalesce(sum(CASE WHEN p.status = 'requalified' THEN 1 ELSE 0"
                       " END), 0) FROM nurture_plans p LEFT JOIN nurture_tracks t ON t.id ="
                       " p.track_id WHERE %1")
            .arg(where),
        binds);
    if (q.next()) {
        effect.plans = q.value(0).toInt();
        effect.running = q.value(1).toInt();
        effect.requalified = q.value(2).toInt();
    }
    effect.byContent =
        ranked(store, QStringLiteral("coalesce(c.title, s.content_kind)"), where, binds);
    effect.byRole = ranked(store, QStringLiteral("p.buying_role"), where, binds);
    for (const auto& row : effect.byRole)
        effect.responses += row.second;
    return effect;
}
