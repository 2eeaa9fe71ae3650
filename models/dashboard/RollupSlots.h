#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Dialect;

struct DashboardFilter;

/// The roll-ups' second level (schema step 11): the same counts as the first (RollupSql), but
/// summed over every filter key but one, so a report reads a few thousand rows instead of
/// nearly one per lead. Table rollup_slot, keyed by
///  - the slot: ('', '') for no filter key, or one key and its value: ('s', source),
///    ('c', campaign), ('o', owner id as text), ('g', grade);
///  - the figure: 'f' funnel (a = ever_top, b = order_top), 's'/'c'/'o' conversion by source,
///    campaign, owner (k = the key, a = ever_top), 'q' quadrant and 'g' grade (k), 'p'
///    speed-to-lead (a = bucket), 't' time in stage (k = stage, a = bucket);
///  - the grain: 0 a day (period = the creation day), 1 a block of 32 days (period = its first
///    day, a multiple of 32; days before 1970 only at grain 0).
/// A period of days is read as whole blocks plus the days at either end.
///
/// How it stays current: the first level's triggers only mark the creation day of a funnel or
/// stint row they change as stale, one row (day, transaction) in rollup_slot_dirty inserted
/// with ON CONFLICT DO NOTHING (no new row version however often a transaction marks a day,
/// and on a server two transactions never share a row). Before a write transaction commits
/// (WriteTransaction::commit, through Migrations::beforeCommit), fold() recomputes those days
/// from the first level, set-based, and writes only what differs to both grains. A reader
/// uses this level only while no stale day is visible (a write outside a WriteTransaction
/// leaves one until the next write transaction folds it).
namespace RollupSlots {

constexpr qint64 blockDays = 32;

QString table();
QString dirtyTable();
/// Creates the tables (migration step 11).
QStringList ddl();
/// What a trigger on lead_funnel or lead_stints does for its row `row` (NEW or OLD): marks the
/// row's creation day stale for this transaction.
QString markStale(const Dialect& dialect, const QString& row);
/// Fills the table from the first level's tables (which must be complete) and forgets every
/// stale day. Runs in the caller's transaction, after the table was emptied.
void rebuild(const QSqlDatabase& db);
/// Adds to the table what the first level's changes in `cohort`, `speed` and `stint` (tables
/// shaped like rollup_cohort, rollup_speed and rollup_stint, holding the differences) make
/// (RollupBulkScope's end). Runs in the caller's transaction.
void add(const QSqlDatabase& db, const QString& cohort, const QString& speed, const QString& stint);
/// Lets writers of the table take turns on a server (EXCLUSIVE: readers go on), to the end of
/// the transaction; SQLite has one writer anyway. fold(), add() and a rebuild take it first.
void lock(const QSqlDatabase& db);
/// Whether a stale day is visible to this connection (then a report reads the first level).
bool stale(const QSqlDatabase& db);
/// Brings the stale days visible to this connection up to date and forgets them: the caller's
/// write transaction's own, and on a server any left by a write outside a transaction. On a
/// server the fold takes the table's EXCLUSIVE lock (readers go on, folders take turns).
/// Returns the number of days folded.
int fold(const QSqlDatabase& db);

/// Whether the second level answers this filter (at most one of source, campaign, rep, grade).
bool answers(const DashboardFilter& filter);
struct Where
{
    QString sql; ///< "fkey = ? AND fval = ? AND fig = ? AND (…grain and period…)"
    QVariantList binds;
};
/// The rows of `figure` for the filter's slot and period; `dayGrainOnly` reads the days
/// (for the weekly cohorts) instead of blocks and days.
Where where(const DashboardFilter& filter, char figure, bool dayGrainOnly = false);

} // namespace RollupSlots
