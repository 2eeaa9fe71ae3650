#include "dashboard/RollupSql.h"
#include "store/Migrations.h"

// Version 10: the dashboard's roll-ups. Per lead a funnel row (furthest step ever reached and
// reached in order, first time at each step, time to the first call) and one row per completed
// stay in a stage; small tables of counts keyed by creation day and the filter dimensions that
// the dashboard sums; and the calls per day, rep and outcome. Triggers on stage_history, leads
// and calls keep them current in the writer's own transaction. Back-filled from the history.
// The per-lead tables name their lead `for_lead`, not lead_id: they are derived data, not a
// lead's own rows, so erasure, disclosure and merging (which move or list every lead_id table)
// leave them to the triggers; the foreign key still removes them with the lead.
void migrateToV10Rollups(const MigrationContext& ctx)
{
    ctx.exec(QStringLiteral(
        "CREATE TABLE lead_funnel (for_lead BIGINT PRIMARY KEY REFERENCES leads(id) ON DELETE "
        "CASCADE, created_at BIGINT NOT NULL,"
        " day BIGINT NOT NULL, source TEXT NOT NULL, campaign TEXT NOT NULL,"
        " owner_id BIGINT NOT NULL, grade TEXT NOT NULL, quadrant TEXT NOT NULL,"
        " stage TEXT NOT NULL, ever_top INTEGER NOT NULL, order_top INTEGER NOT NULL,"
        " t1 BIGINT, t2 BIGINT, t3 BIGINT, t4 BIGINT, stl_secs BIGINT)"));
    ctx.exec(QStringLiteral("CREATE INDEX idx_lead_funnel_day ON lead_funnel(day)"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE lead_stints (for_lead BIGINT NOT NULL REFERENCES leads(id) ON DELETE "
        "CASCADE, hist_id BIGINT NOT NULL,"
        " stage TEXT NOT NULL, bucket BIGINT NOT NULL, day BIGINT NOT NULL, source TEXT NOT NULL,"
        " campaign TEXT NOT NULL, owner_id BIGINT NOT NULL, grade TEXT NOT NULL,"
        " PRIMARY KEY (for_lead, hist_id))"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE rollup_cohort (day BIGINT NOT NULL, source TEXT NOT NULL,"
        " campaign TEXT NOT NULL, owner_id BIGINT NOT NULL, grade TEXT NOT NULL,"
        " quadrant TEXT NOT NULL, ever_top INTEGER NOT NULL, order_top INTEGER NOT NULL,"
        " n BIGINT NOT NULL, PRIMARY KEY (day, source, campaign, owner_id, grade, quadrant,"
        " ever_top, order_top))"));
    ctx.exec(
        QStringLiteral("CREATE TABLE rollup_speed (day BIGINT NOT NULL, source TEXT NOT NULL,"
                       " campaign TEXT NOT NULL, owner_id BIGINT NOT NULL, grade TEXT NOT NULL,"
                       " bucket BIGINT NOT NULL, n BIGINT NOT NULL,"
                       " PRIMARY KEY (day, source, campaign, owner_id, grade, bucket))"));
    ctx.exec(
        QStringLiteral("CREATE TABLE rollup_stint (day BIGINT NOT NULL, source TEXT NOT NULL,"
                       " campaign TEXT NOT NULL, owner_id BIGINT NOT NULL, grade TEXT NOT NULL,"
                       " stage TEXT NOT NULL, bucket BIGINT NOT NULL, n BIGINT NOT NULL,"
                       " PRIMARY KEY (day, source, campaign, owner_id, grade, stage, bucket))"));
    ctx.exec(QStringLiteral(
        "CREATE TABLE rollup_calls (day BIGINT NOT NULL, rep_id BIGINT NOT NULL,"
        " outcome TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (day, rep_id, outcome))"));
    RollupSql::rebuild(ctx.db, false); // the second level comes with step 11
}
