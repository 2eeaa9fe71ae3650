#include "dashboard/RollupSlots.h"
#include "dashboard/RollupSql.h"
#include "store/Migrations.h"

// Version 11: the roll-ups' second level (RollupSlots): the first level's counts summed over
// every filter key but one, by day and by block of 32 days, so that a report over any period
// with at most one filter key reads a few thousand rows. Filled from the first level; the
// first level's triggers keep it from now on (installed again, with it). And rollup_pause:
// while it holds a row, the triggers leave the per-lead work to the bulk writer whose
// uncommitted row it is (RollupBulkScope), which does it set-based at its end.
void migrateToV11RollupSlots(const MigrationContext& ctx)
{
    ctx.exec(RollupSlots::ddl());
    ctx.exec(QStringLiteral("CREATE TABLE rollup_pause (mode TEXT NOT NULL)"));
    RollupSql::rebuild(ctx.db);
}
