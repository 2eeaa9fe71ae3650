#include "dashboard/RollupSlots.h"
#include "dashboard/RollupSql.h"
#include "store/Migrations.h"

// Version 11: the roll-ups' second level (RollupSlots): the first level's counts summed over
// every filter key but one, by day and by block of 32 days, so that a report over any period
// with at most one filter key reads a few thousand rows. Filled from the first level; from now
// on the first level's triggers (installed again) mark the days they change as stale, and every
// write transaction folds its stale days before it commits. And rollup_pause:
// while it holds a row, the triggers leave the per-lead work to the bulk writer whose
// uncommitted row it is (RollupBulkScope), which does it set-based at its end.
void migrateToV11RollupSlots(const MigrationContext& ctx)
{
    for (const QString& statement : RollupSlots::ddl())
        ctx.exec(statement);
    ctx.exec(QStringLiteral("CREATE TABLE rollup_pause (mode TEXT NOT NULL)"));
    RollupSql::rebuild(ctx.db);
}

void beforeCommitV11RollupSlots(const MigrationContext& ctx)
{
    RollupSlots::fold(ctx.db);
}
