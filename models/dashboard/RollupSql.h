#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Dialect;

/// The dashboard's roll-ups, kept current by triggers in the same transaction as every write
/// that moves, creates, merges, imports or erases a lead (whatever use case writes it: the
/// triggers sit on stage_history, leads and calls, so there is one place and no writer can
/// forget it).
///
/// Per lead, lead_funnel holds what the funnel needs (the furthest step ever reached, the
/// furthest step reached in order, the first time each step was reached, the time to the first
/// call) and lead_stints one row per completed stay in a stage. Their insert and delete
/// triggers add and subtract 1 in small roll-up tables keyed by the creation day and the filter
/// dimensions (source, campaign, owner, grade), from which the dashboard sums its figures.
/// Missing values are '' (source, campaign, grade) and 0 (owner): the "unknown" buckets.
namespace RollupSql {

/// The roll-up tables, both levels (derived data: a copy of a store builds them again instead of
/// copying).
const QStringList& tables();
/// The triggers' DDL for this dialect (installed by migration steps 10 and 11);
/// with the second level (RollupSlots, step 11) unless `withSlots` is false (step 10 itself).
QStringList triggerDdl(const Dialect& dialect, bool withSlots = true);
void installTriggers(const QSqlDatabase& db, bool withSlots = true);
/// Drops the triggers (a store copy does, and calls rebuild() at the end, which installs them
/// again). A bulk writer pauses them instead: RollupBulkScope.
void dropTriggers(const QSqlDatabase& db);
/// Recomputes every roll-up without touching the triggers (they must be paused: a
/// RollupBulkScope that rebuilds everything).
void refill(const QSqlDatabase& db, bool withSlots = true);
/// Recomputes the per-lead roll-ups of the leads `leadIds` (an SQL list or subquery) and adds
/// the differences to the counts of both levels, set-based (RollupBulkScope's end; the
/// triggers must be paused).
void refreshLeads(const QSqlDatabase& db, const QString& leadIds);
/// Recomputes every roll-up from stage_history, leads and calls and installs the triggers.
/// Runs inside the caller's transaction. `withSlots` false: the first level only (step 10,
/// before the second level's table exists).
void rebuild(const QSqlDatabase& db, bool withSlots = true);

/// The rank of a stage in the funnel (0 new/nurture/disqualified … 4 handed_off), as SQL.
QString rankExpression(const QString& stage);
/// The buckets the percentiles are read from, as SQL over seconds (the C++ twins are in
/// DashboardTypes.h): whole hours below 48 h, whole days below 28 days, then whole weeks; and for
/// speed-to-lead whole minutes below 1 h, quarter hours below 1 day, hours below 30 days.
QString stintBucketExpression(const QString& seconds);
QString speedBucketExpression(const QString& seconds);

} // namespace RollupSql
