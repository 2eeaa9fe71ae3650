#include "dashboard/RollupSql.h"

#include "dashboard/RollupSlots.h"
#include "store/Dialect.h"
#include "store/Sql.h"

namespace {

// Which bulk scope (RollupBulkScope, a row in rollup_pause) a trigger waits for: any (the
// per-lead work, done set-based at the scope's end), or only one that rebuilds everything (the
// counts a deleted row takes away, which the end of a scope could not see any more).
enum class Pause
{
    Any,
    All
};

struct Trigger
{
    QString name;
    QString event;
    QString table;
    QString when;
    QString body;
    Pause pause = Pause::Any;
};

QString pauseMarker(Pause pause)
{
    return pause == Pause::All ? QStringLiteral("SELECT 1 FROM rollup_pause WHERE mode = 'all'")
                               : QStringLiteral("SELECT 1 FROM rollup_pause");
}

const QString cohortKey =
    QStringLiteral("day, source, campaign, owner_id, grade, quadrant, ever_top, order_top");
const QString speedKey = QStringLiteral("day, source, campaign, owner_id, grade, bucket");
const QString stintKey = QStringLiteral("day, source, campaign, owner_id, grade, stage, bucket");
const QString callKey = QStringLiteral("day, rep_id, outcome");

// "NEW.a, NEW.b" for the key "a, b".
QString prefixed(const QString& key, const QString& row)
{
    QStringList parts;
    for (const QString& column : key.split(QStringLiteral(", ")))
        parts.append(row + QLatin1Char('.') + column);
    return parts.join(QStringLiteral(", "));
}

QString matching(const QString& key, const QString& row)
{
    QStringList parts;
    for (const QString& column : key.split(QStringLiteral(", ")))
        parts.append(QStringLiteral("%1 = %2.%1").arg(column, row));
    return parts.join(QStringLiteral(" AND "));
}

// One more of `values` (an SQL list matching `key`) in `table`.
QString addOne(const QString& table, const QString& key, const QString& values)
{
    return QStringLiteral("INSERT INTO %1 (%2, n) VALUES (%3, 1) ON CONFLICT (%2) DO UPDATE SET "
                          "n = %1.n + 1;")
        .arg(table, key, values);
}

QString removeOne(const QString& table, const QString& key, const QString& row)
{
    return QStringLiteral("UPDATE %1 SET n = n - 1 WHERE %2;").arg(table, matching(key, row));
}

// The lead's funnel row from its history, its calls and its columns now; `where` picks the
// leads (one lead in a trigger, all of them in a rebuild).
QString insertFunnel(const QString& where)
{
    const QString firstReached =
        QStringLiteral("(SELECT MIN(h.changed_at) FROM stage_history h WHERE h.lead_id = l.id AND "
                       "h.to_stage = '%1') AS %2");
    return QStringLiteral(
               "INSERT INTO lead_funnel (for_lead, created_at, day, source, campaign, owner_id,"
               " grade, quadrant, stage, ever_top, order_top, t1, t2, t3, t4, stl_secs)"
               " SELECT id, created_at, day, source, campaign, owner_id, grade, quadrant, stage,"
               " CASE WHEN hrank > srank THEN hrank ELSE srank END,"
               " CASE WHEN t1 IS NULL THEN 0 WHEN t2 IS NULL OR t2 < t1 THEN 1"
               " WHEN t3 IS NULL OR t3 < t2 THEN 2 WHEN t4 IS NULL OR t4 < t3 THEN 3 ELSE 4 END,"
               " t1, t2, t3, t4,"
               " CASE WHEN fc IS NULL THEN NULL WHEN fc < created_at THEN 0"
               " ELSE fc - created_at END"
               " FROM (SELECT l.id, l.created_at, l.created_at / 86400 AS day,"
               " COALESCE(l.source_channel, '') AS source, COALESCE(l.campaign, '') AS campaign,"
               " COALESCE(l.owner_id, 0) AS owner_id, COALESCE(l.grade, '') AS grade,"
               " CASE WHEN l.stage IN ('handed_off', 'disqualified') THEN '-'"
               " ELSE COALESCE(l.quadrant, '') END AS quadrant, l.stage, %1 AS srank,"
               " (SELECT MAX(%2) FROM stage_history h WHERE h.lead_id = l.id) AS hrank,"
               " %3, %4, %5, %6,"
               " (SELECT MIN(c.started_at) FROM calls c WHERE c.lead_id = l.id) AS fc"
               " FROM leads l WHERE %7) v;")
        .arg(RollupSql::rankExpression(QStringLiteral("l.stage")),
             RollupSql::rankExpression(QStringLiteral("h.to_stage")),
             firstReached.arg(QStringLiteral("working"), QStringLiteral("t1")),
             firstReached.arg(QStringLiteral("mql"), QStringLiteral("t2")),
             firstReached.arg(QStringLiteral("sql"), QStringLiteral("t3")),
             firstReached.arg(QStringLiteral("handed_off"), QStringLiteral("t4")), where);
}

// Every completed stay in a stage: from a history row to the next one of the same lead.
QString insertStints(const QString& where)
{
    return QStringLiteral(
               "INSERT INTO lead_stints (for_lead, hist_id, stage, bucket, day, source, campaign,"
               " owner_id, grade) SELECT s.lead_id, s.id, s.to_stage, %1, f.day, f.source,"
               " f.campaign, f.owner_id, f.grade FROM (SELECT h.id, h.lead_id, h.to_stage,"
               " h.changed_at, LEAD(h.changed_at) OVER (PARTITION BY h.lead_id ORDER BY"
               " h.changed_at, h.id) AS next_at FROM stage_history h WHERE %2) s"
               " JOIN lead_funnel f ON f.for_lead = s.lead_id WHERE s.next_at IS NOT NULL;")
        .arg(RollupSql::stintBucketExpression(QStringLiteral("(s.next_at - s.changed_at)")), where);
}

QString recomputeFunnel(const QString& id)
{
    return QStringLiteral("DELETE FROM lead_funnel WHERE for_lead = %1;").arg(id) +
           insertFunnel(QStringLiteral("l.id = %1").arg(id));
}

QString recomputeLead(const QString& id)
{
    return recomputeFunnel(id) +
           QStringLiteral("DELETE FROM lead_stints WHERE for_lead = %1;").arg(id) +
           insertStints(QStringLiteral("h.lead_id = %1").arg(id));
}

QString distinct(const Dialect& dialect, const QString& a, const QString& b)
{
    return dialect.isSqlite() ? QStringLiteral("%1 IS NOT %2").arg(a, b)
                              : QStringLiteral("%1 IS DISTINCT FROM %2").arg(a, b);
}

QList<Trigger> triggers(const Dialect& d, bool withSlots)
{
    // The second level is brought up to date when the transaction commits: here only the
    // row's creation day is marked stale.
    const auto slot = [withSlots, &d](const char* row) {
        return withSlots ? RollupSlots::markStale(d, QLatin1String(row)) : QString();
    };
    const QString speedValues = QStringLiteral("%1, %2").arg(
        prefixed(QStringLiteral("day, source, campaign, owner_id, grade"), QStringLiteral("NEW")),
        RollupSql::speedBucketExpression(QStringLiteral("NEW.stl_secs")));
    const QString speedRemove =
        QStringLiteral("UPDATE rollup_speed SET n = n - 1 WHERE %1 AND bucket = %2;")
            .arg(matching(QStringLiteral("day, source, campaign, owner_id, grade"),
                          QStringLiteral("OLD")),
                 RollupSql::speedBucketExpression(QStringLiteral("OLD.stl_secs")));
    const QString callValues = QStringLiteral("%1.started_at / 86400, COALESCE(%1.rep_id, 0), "
                                              "%1.outcome");
    const QString callRemove =
        QStringLiteral("UPDATE rollup_calls SET n = n - 1 WHERE day = OLD.started_at / 86400 AND "
                       "rep_id = COALESCE(OLD.rep_id, 0) AND outcome = OLD.outcome;");
    QStringList leadColumns = {QStringLiteral("stage"),     QStringLiteral("grade"),
                               QStringLiteral("quadrant"),  QStringLiteral("source_channel"),
                               QStringLiteral("campaign"),  QStringLiteral("owner_id"),
                               QStringLiteral("created_at")};
    QStringList leadChanged;
    for (const QString& column : leadColumns)
        leadChanged.append(
            distinct(d, QStringLiteral("OLD.") + column, QStringLiteral("NEW.") + column));
    const QString leadGone = QStringLiteral("DELETE FROM lead_stints WHERE for_lead = OLD.id;"
                                            "DELETE FROM lead_funnel WHERE for_lead = OLD.id;");
    return {
        {QStringLiteral("rollup_funnel_ins"),
         QStringLiteral("INSERT"),
         QStringLiteral("lead_funnel"),
         {},
         addOne(QStringLiteral("rollup_cohort"), cohortKey,
                prefixed(cohortKey, QStringLiteral("NEW"))) +
             addOne(QStringLiteral("rollup_speed"), speedKey, speedValues) + slot("NEW")},
        {QStringLiteral("rollup_funnel_del"),
         QStringLiteral("DELETE"),
         QStringLiteral("lead_funnel"),
         {},
         removeOne(QStringLiteral("rollup_cohort"), cohortKey, QStringLiteral("OLD")) +
             speedRemove + slot("OLD"),
         Pause::All},
        {QStringLiteral("rollup_stints_ins"),
         QStringLiteral("INSERT"),
         QStringLiteral("lead_stints"),
         {},
         addOne(QStringLiteral("rollup_stint"), stintKey,
                prefixed(stintKey, QStringLiteral("NEW"))) +
             slot("NEW")},
        {QStringLiteral("rollup_stints_del"),
         QStringLiteral("DELETE"),
         QStringLiteral("lead_stints"),
         {},
         removeOne(QStringLiteral("rollup_stint"), stintKey, QStringLiteral("OLD")) + slot("OLD"),
         Pause::All},
        {QStringLiteral("rollup_history_ins"),
         QStringLiteral("INSERT"),
         QStringLiteral("stage_history"),
         {},
         recomputeLead(QStringLiteral("NEW.lead_id"))},
        {QStringLiteral("rollup_history_del"),
         QStringLiteral("DELETE"),
         QStringLiteral("stage_history"),
         {},
         recomputeLead(QStringLiteral("OLD.lead_id"))},
        {QStringLiteral("rollup_history_upd"),
         QStringLiteral("UPDATE"),
         QStringLiteral("stage_history"),
         {},
         recomputeLead(QStringLiteral("OLD.lead_id")) +
             recomputeLead(QStringLiteral("NEW.lead_id"))},
        {QStringLiteral("rollup_leads_ins"),
         QStringLiteral("INSERT"),
         QStringLiteral("leads"),
         {},
         recomputeLead(QStringLiteral("NEW.id"))},
        {QStringLiteral("rollup_leads_upd"),
         QStringLiteral("UPDATE OF ") + leadColumns.join(QStringLiteral(", ")),
         QStringLiteral("leads"), leadChanged.join(QStringLiteral(" OR ")),
         recomputeLead(QStringLiteral("NEW.id"))},
        {QStringLiteral("rollup_leads_del"),
         QStringLiteral("DELETE"),
         QStringLiteral("leads"),
         {},
         leadGone,
         Pause::All},
        {QStringLiteral("rollup_calls_ins"),
         QStringLiteral("INSERT"),
         QStringLiteral("calls"),
         {},
         addOne(QStringLiteral("rollup_calls"), callKey, callValues.arg(QStringLiteral("NEW"))),
         Pause::All},
        {QStringLiteral("rollup_calls_ins_lead"),
         QStringLiteral("INSERT"),
         QStringLiteral("calls"),
         {},
         recomputeFunnel(QStringLiteral("NEW.lead_id"))},
        {QStringLiteral("rollup_calls_del"),
         QStringLiteral("DELETE"),
         QStringLiteral("calls"),
         {},
         callRemove,
         Pause::All},
        {QStringLiteral("rollup_calls_del_lead"),
         QStringLiteral("DELETE"),
         QStringLiteral("calls"),
         {},
         recomputeFunnel(QStringLiteral("OLD.lead_id"))},
        {QStringLiteral("rollup_calls_upd"),
         QStringLiteral("UPDATE"),
         QStringLiteral("calls"),
         {},
         callRemove +
             addOne(QStringLiteral("rollup_calls"), callKey, callValues.arg(QStringLiteral("NEW"))),
         Pause::All},
        {QStringLiteral("rollup_calls_upd_lead"),
         QStringLiteral("UPDATE"),
         QStringLiteral("calls"),
         {},
         recomputeFunnel(QStringLiteral("OLD.lead_id")) +
             recomputeFunnel(QStringLiteral("NEW.lead_id"))},
    };
}

// The first level's counts of the funnel and stint rows matching `where`, times `sign`, added
// to `targets` (cohort, speed, stint: the roll-up tables or their deltas).
void fillCounts(const QSqlDatabase& db, const QStringList& targets, const QString& where, int sign)
{
    const QString speedBucket = RollupSql::speedBucketExpression(QStringLiteral("stl_secs"));
    const QString speedSource =
        QStringLiteral("day, source, campaign, owner_id, grade, ") + speedBucket;
    const QString add = QStringLiteral("INSERT INTO %1 (%2, n) SELECT %3, %4 * COUNT(*) FROM %5"
                                       " WHERE %6 GROUP BY %3 ON CONFLICT (%2) DO UPDATE SET"
                                       " n = %1.n + excluded.n");
    Sql::exec(db, add.arg(targets[0], cohortKey, cohortKey)
                      .arg(sign)
                      .arg(QStringLiteral("lead_funnel"), where));
    Sql::exec(db, add.arg(targets[1], speedKey, speedSource)
                      .arg(sign)
                      .arg(QStringLiteral("lead_funnel"), where));
    Sql::exec(db, add.arg(targets[2], stintKey, stintKey)
                      .arg(sign)
                      .arg(QStringLiteral("lead_stints"), where));
}

// "day BIGINT NOT NULL, source TEXT NOT NULL, …" for a roll-up key.
QString deltaColumns(const QString& key)
{
    QStringList columns;
    for (const QString& column : key.split(QStringLiteral(", "))) {
        const bool text = column == QLatin1String("source") ||
                          column == QLatin1String("campaign") || column == QLatin1String("grade") ||
                          column == QLatin1String("quadrant") || column == QLatin1String("stage");
        columns.append(column + (text ? QStringLiteral(" TEXT NOT NULL")
                                      : QStringLiteral(" BIGINT NOT NULL")));
    }
    return columns.join(QStringLiteral(", "));
}

} // namespace

namespace RollupSql {

const QStringList& tables()
{
    static const QStringList names = {QStringLiteral("lead_funnel"),
                                      QStringLiteral("lead_stints"),
                                      QStringLiteral("rollup_cohort"),
                                      QStringLiteral("rollup_speed"),
                                      QStringLiteral("rollup_stint"),
                                      QStringLiteral("rollup_calls"),
                                      RollupSlots::table(),
                                      RollupSlots::dirtyTable()};
    return names;
}

QString rankExpression(const QString& stage)
{
    return QStringLiteral("(CASE %1 WHEN 'working' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 "
                          "WHEN 'handed_off' THEN 4 ELSE 0 END)")
        .arg(stage);
}

QString stintBucketExpression(const QString& s)
{
    return QStringLiteral("(CASE WHEN %1 < 172800 THEN %1 / 3600 WHEN %1 < 2419200 THEN "
                          "(%1 / 86400) * 24 ELSE (%1 / 604800) * 168 END)")
        .arg(s);
}

QString speedBucketExpression(const QString& s)
{
    return QStringLiteral("(CASE WHEN %1 IS NULL THEN -1 WHEN %1 < 3600 THEN %1 / 60 WHEN %1 < "
                          "86400 THEN (%1 / 900) * 15 WHEN %1 < 2592000 THEN (%1 / 3600) * 60 "
                          "ELSE 43200 END)")
        .arg(s);
}

QStringList triggerDdl(const Dialect& dialect, bool withSlots)
{
    QStringList ddl;
    for (Trigger t : triggers(dialect, withSlots)) {
        // Step 10's triggers come before rollup_pause (step 11) and know no pause. A server's
        // trigger WHEN takes no subquery: there the function returns early.
        if (withSlots && dialect.isSqlite()) {
            const QString waits = QStringLiteral("NOT EXISTS (%1)").arg(pauseMarker(t.pause));
            t.when = t.when.isEmpty() ? waits : QStringLiteral("(%1) AND %2").arg(t.when, waits);
        } else if (withSlots) {
            t.body = QStringLiteral("IF EXISTS (%1) THEN RETURN NULL; END IF; ")
                         .arg(pauseMarker(t.pause)) +
                     t.body;
        }
        ddl += dialect.afterRowTrigger(t.name, t.event, t.table, t.when, t.body);
    }
    return ddl;
}

void installTriggers(const QSqlDatabase& db, bool withSlots)
{
    for (const QString& statement : triggerDdl(Dialect::of(db), withSlots))
        Sql::exec(db, statement);
}

void dropTriggers(const QSqlDatabase& db)
{
    const Dialect dialect = Dialect::of(db);
    for (const Trigger& t : triggers(dialect, false)) {
        if (dialect.isSqlite()) {
            Sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(t.name));
        } else {
            Sql::exec(db, QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(t.name, t.table));
            Sql::exec(db, QStringLiteral("DROP FUNCTION IF EXISTS %1_fn()").arg(t.name));
        }
    }
}

void rebuild(const QSqlDatabase& db, bool withSlots)
{
    dropTriggers(db);
    refill(db, withSlots);
    installTriggers(db, withSlots);
}

void refill(const QSqlDatabase& db, bool withSlots)
{
    if (withSlots)
        RollupSlots::lock(db); // before its rows go: a fold on another connection waits
    for (const QString& table : tables())
        if (withSlots || (table != RollupSlots::table() && table != RollupSlots::dirtyTable()))
            Sql::exec(db, QStringLiteral("DELETE FROM %1").arg(table));
    Sql::exec(db, insertFunnel(QStringLiteral("1 = 1")));
    Sql::exec(db, insertStints(QStringLiteral("1 = 1")));
    fillCounts(db,
               {QStringLiteral("rollup_cohort"), QStringLiteral("rollup_speed"),
                QStringLiteral("rollup_stint")},
               QStringLiteral("1 = 1"), 1);
    Sql::exec(db, QStringLiteral("INSERT INTO rollup_calls (%1, n) SELECT started_at / 86400,"
                                 " COALESCE(rep_id, 0), outcome, COUNT(*) FROM calls GROUP BY"
                                 " started_at / 86400, COALESCE(rep_id, 0), outcome")
                      .arg(callKey));
    if (withSlots)
        RollupSlots::rebuild(db);
}

void refreshLeads(const QSqlDatabase& db, const QString& leadIds)
{
    // The changes go to three delta tables first (old rows counted -1, new ones +1), which are
    // then added to the counts of both levels: a few grouped statements, whatever the number of
    // leads.
    const QString in = QStringLiteral("for_lead IN (%1)").arg(leadIds);
    const QStringList deltas = {QStringLiteral("rollup_delta_cohort"),
                                QStringLiteral("rollup_delta_speed"),
                                QStringLiteral("rollup_delta_stint")};
    const QStringList keys = {cohortKey, speedKey, stintKey};
    for (int i = 0; i < deltas.size(); ++i) {
        Sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2, n BIGINT NOT NULL,"
                                     " PRIMARY KEY (%3))")
                          .arg(deltas[i], deltaColumns(keys[i]), keys[i]));
        Sql::exec(db, QStringLiteral("DELETE FROM %1").arg(deltas[i]));
    }
    fillCounts(db, deltas, in, -1);
    Sql::exec(db, QStringLiteral("DELETE FROM lead_stints WHERE %1").arg(in));
    Sql::exec(db, QStringLiteral("DELETE FROM lead_funnel WHERE %1").arg(in));
    Sql::exec(db, insertFunnel(QStringLiteral("l.id IN (%1)").arg(leadIds)));
    Sql::exec(db, insertStints(QStringLiteral("h.lead_id IN (%1)").arg(leadIds)));
    fillCounts(db, deltas, in, 1);
    const QStringList counts = {QStringLiteral("rollup_cohort"), QStringLiteral("rollup_speed"),
                                QStringLiteral("rollup_stint")};
    for (int i = 0; i < deltas.size(); ++i)
        Sql::exec(db, QStringLiteral("INSERT INTO %1 (%2, n) SELECT %2, n FROM %3 WHERE n <> 0"
                                     " ON CONFLICT (%2) DO UPDATE SET n = %1.n + excluded.n")
                          .arg(counts[i], keys[i], deltas[i]));
    RollupSlots::add(db, deltas[0], deltas[1], deltas[2]);
}

} // namespace RollupSql
