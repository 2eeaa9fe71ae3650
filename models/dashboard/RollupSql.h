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

/// The roll-up tables (derived data: a copy of a store builds them again instead of copying).
const QStringList& tables();
/// The triggers' DDL for this dialect (installed by migration step 10 and after a bulk write).
QStringList triggerDdl(const Dialect& dialect);
void installTriggers(const QSqlDatabase& db);
/// Drops the triggers (a bulk writer does, inside its transaction, and calls rebuild() at the
/// end, which installs them again): keeping per-lead roll-ups row by row would cost far more.
void dropTriggers(const QSqlDatabase& db);
/// Recomputes every roll-up from stage_history, leads and calls and installs the triggers.
/// Runs inside the caller's transaction.
void rebuild(const QSqlDatabase& db);

/// The rank of a stage in the funnel (0 new/nurture/disqualified … 4 handed_off), as SQL.
QString rankExpression(const QString& stage);
/// The buckets the percentiles are read from, as SQL over seconds (the C++ twins are in
/// DashboardTypes.h): whole hours below 48 h, whole days below 28 days, then whole weeks; and for
/// speed-to-lead whole minutes below 1 h, quarter hours below 1 day, hours below 30 days.
QString stintBucketExpression(const QString& seconds);
QString speedBucketExpression(const QString& seconds);

} // namespace RollupSql
