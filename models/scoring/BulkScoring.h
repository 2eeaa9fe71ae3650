#pragma once

#include "scoring/ScoringRulesRepository.h"

#include <QString>
#include <array>
#include <functional>
#include <optional>

class Store;

/// Scoring every lead of a store at once: rescoring after a rule change, and the preview of what
/// a change would do. Both stream the leads in chunks (never all in memory) and ask `progress`
/// after each chunk whether to go on.
namespace BulkScoring {

/// Called after each chunk with the leads done so far and the total; return false to cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct RescoreOutcome
{
    bool completed = false; ///< false: cancelled (on SQLite: and nothing was written)
    qint64 leads = 0;       ///< leads rescored (on a server, also when cancelled half-way)
    int version = 0;        ///< the rule version every rescored lead now records
    /// On a server the new rules are committed before the leads are rescored: true when new
    /// rules were given and are saved — also when the rescore was cancelled after them.
    bool rulesSaved = false;
};

/// Rescores every lead: with the active rules, or, when `newRules` is given, after saving them
/// as the new active version. On SQLite in ONE transaction: cancelling (progress returns false)
/// rolls everything back, every score and the new version stay as they were. On a server in
/// short transactions of batchLeads leads each, so that no lead is locked for long while other
/// reps log calls: the new rules are committed first, and a cancelled or broken-off rescore
/// leaves each lead scored either with the new version or still with its old one, which the
/// next rescore completes.
RescoreOutcome rescoreAll(const Store& store, const std::optional<ScoringRules>& newRules,
                          qint64 repId, const QString& note, const Progress& progress = {});
/// The same, for the rep of that name, looked up (or added) inside the rescore's transaction.
RescoreOutcome rescoreAll(const Store& store, const std::optional<ScoringRules>& newRules,
                          const QString& repName, const QString& note,
                          const Progress& progress = {});

/// Scores every lead with `rules` inside the transaction the caller holds (the demo generator's),
/// at `now`. Returns the number of leads scored, or nothing when `progress` cancelled.
std::optional<qint64> scoreAllInTransaction(const Store& store, const ActiveRules& rules,
                                            qint64 now, const Progress& progress = {});

/// How a rule change would move the leads (computed, nothing written).
struct Preview
{
    bool completed = false;
    qint64 leads = 0;
    qint64 gradeChanges = 0;
    qint64 bandChanges = 0;
    std::array<std::array<qint64, 5>, 5> grades{}; ///< [current grade][proposed grade]
    std::array<std::array<qint64, 3>, 3> bands{};  ///< [current band][proposed band]
};

/// Scores every lead with both rule sets at the same moment and counts the differences.
Preview preview(const Store& store, const ScoringRules& current, const ScoringRules& proposed,
                const Progress& progress = {});

/// Leads read per chunk.
constexpr int chunkSize = 5000;
/// Leads per transaction of a rescore on a server (one statement of ScoreWriter::batchRows).
constexpr int batchLeads = 500;

} // namespace BulkScoring
