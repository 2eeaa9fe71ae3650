#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

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
/// A period of days is read as whole blocks plus the days at either end. Kept by the same
/// triggers as the first level (one statement per funnel or stint row), rebuilt from the first.
namespace RollupSlots {

constexpr qint64 blockDays = 32;

QString table();
/// Creates the table (migration step 11).
QString ddl();
/// What a trigger on lead_funnel (`stint` false) or lead_stints does for its row `row` (NEW
/// or OLD): adds `sign` (1 or -1) to every slot, grain and figure the row counts in.
QString change(bool stint, const QString& row, int sign);
/// Fills the table from the first level's tables (which must be complete). Runs in the
/// caller's transaction, after the table was emptied.
void rebuild(const QSqlDatabase& db);
/// Adds to the table what the first level's changes in `cohort`, `speed` and `stint` (tables
/// shaped like rollup_cohort, rollup_speed and rollup_stint, holding the differences) make
/// (RollupBulkScope's end). Runs in the caller's transaction.
void add(const QSqlDatabase& db, const QString& cohort, const QString& speed, const QString& stint);

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
