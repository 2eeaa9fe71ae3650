#include "store/Migrations.h"

#include "store/Sql.h"

void MigrationContext::exec(const QString& sql) const
{
    Sql::exec(db, dialect.ddl(sql));
}

namespace Migrations {

const std::vector<MigrationStep>& steps()
{
    // Append new steps at the end; never change a step that has shipped.
    static const std::vector<MigrationStep> all{
        {1, "core tables", &migrateToV1Core},
        {2, "nurture, handoff and privacy tables", &migrateToV2NurtureHandoffPrivacy},
        {3, "call queue: search keys, time zones, claims, call undo", &migrateToV3Queue},
        {4, "score band and persona flags on leads", &migrateToV4ScoreBandFlags},
        {5, "grade index of the leads in the queue", &migrateToV5QueueGrade},
        {6, "import batches, external ids and import notes", &migrateToV6Import},
        {7, "team: lead row versions, rep weights and absence, round-robin assignment",
         &migrateToV7Team},
        {8, "merged leads: alternates and undo records", &migrateToV8LeadMerges},
        {9, "nurture plans: content library, versioned tracks, pauses, stops and endings",
         &migrateToV9NurturePlans},
        {10, "dashboard roll-ups kept by triggers", &migrateToV10Rollups},
        {11, "dashboard roll-ups by one filter key and by blocks of days",
         &migrateToV11RollupSlots},
    };
    return all;
}

int latestVersion()
{
    return steps().back().version;
}

void beforeCommit(const MigrationContext& ctx, int version)
{
    if (version >= 11)
        beforeCommitV11RollupSlots(ctx);
}

} // namespace Migrations
