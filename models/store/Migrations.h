#pragma once

#include "store/Dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <vector>

/// What a migration step gets: the connection (inside the migration transaction) and the dialect.
struct MigrationContext
{
    QSqlDatabase db;
    const Dialect& dialect;

    /// Runs one DDL or DML statement; {ID} expands to the dialect's auto-numbered key.
    void exec(const QString& sql) const;
};

/// One numbered schema change. Steps are cumulative and applied in order, each exactly once.
struct MigrationStep
{
    int version;
    const char* name;
    void (*apply)(const MigrationContext&);
};

namespace Migrations {

/// Every step, in ascending version order.
const std::vector<MigrationStep>& steps();
/// The schema version this build creates and understands.
int latestVersion();
/// What the schema needs done at the end of every write transaction on a store of `version`,
/// before it commits (WriteTransaction::commit). Step 11: the dashboard's second roll-up level
/// is brought up to date for the days the transaction marked stale. Throws StoreError.
void beforeCommit(const MigrationContext& ctx, int version);

} // namespace Migrations

// The steps, one function each (defined in migrations/StepNN*.cpp).
void migrateToV1Core(const MigrationContext& ctx);
void migrateToV2NurtureHandoffPrivacy(const MigrationContext& ctx);
void migrateToV3Queue(const MigrationContext& ctx);
void migrateToV4ScoreBandFlags(const MigrationContext& ctx);
void migrateToV5QueueGrade(const MigrationContext& ctx);
void migrateToV6Import(const MigrationContext& ctx);
void migrateToV7Team(const MigrationContext& ctx);
void migrateToV8LeadMerges(const MigrationContext& ctx);
void migrateToV9NurturePlans(const MigrationContext& ctx);
void migrateToV10Rollups(const MigrationContext& ctx);
void migrateToV11RollupSlots(const MigrationContext& ctx);
// What a step adds to every write transaction's end (defined with its step).
void beforeCommitV11RollupSlots(const MigrationContext& ctx);
