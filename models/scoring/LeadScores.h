#pragma once

#include "domain/Lead.h"
#include "scoring/ScoreResult.h"
#include "scoring/ScoringRulesRepository.h"

#include <QString>
#include <memory>
#include <optional>

class Store;

/// A lead's score as stored on the lead, with the rule version that produced it.
struct StoredScore
{
    int fit = 0;
    int interest = 0;
    int bant = 0;
    int total = 0;
    QString grade;
    QString quadrant;
    std::optional<int> ruleVersion;
    std::optional<qint64> scoredAt;
    QString band;
    QString flags;
};

/// Reading a lead's scoring inputs from the store and writing its score back.
namespace LeadScores {

/// The persona rules that fired, as stored in leads.score_flags ("exclude:competitor flag:…").
QString flagsText(const ScoreResult& result);
/// Stores a result on the lead, inside the caller's transaction (through ScoreWriter, the
/// writer every score goes through).
void writeInTransaction(const Store& store, qint64 leadId, const ScoreResult& result, int version,
                        qint64 scoredAt);
std::optional<StoredScore> find(const Store& store, qint64 leadId);

/// Everything the engine needs about one lead: fit attributes, qualification and the interest
/// events of the last `maxAgeDays` days. Empty when the lead does not exist.
std::optional<ScoringInput> inputFor(const Store& store, qint64 leadId, qint64 now, int maxAgeDays);
/// The score of a lead not yet stored: a new lead has no qualification and no interest events,
/// so its fields are all the engine reads — the same result rescoring the stored lead gives.
ScoreResult scoreNewLead(const Lead& lead, const ScoringRules& rules, qint64 now);
/// The interest events of one lead since a time.
std::vector<InterestSignal> interestOf(const Store& store, qint64 leadId, qint64 since);

/// Scores lead after lead with the same rules inside the caller's transaction, its statements
/// prepared once (an import scoring each lead it creates).
class Rescorer
{
public:
    Rescorer(const Store& store, ActiveRules rules);
    ~Rescorer();
    Rescorer(const Rescorer&) = delete;
    Rescorer& operator=(const Rescorer&) = delete;

    /// Scores the lead now and stores the result. Throws StoreError when the lead is gone.
    ScoreResult rescore(qint64 leadId);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
    ActiveRules m_rules;
};

/// Scores one lead with the given rules and stores the result, in the caller's transaction.
ScoreResult rescoreInTransaction(const Store& store, qint64 leadId, const ActiveRules& rules);
/// The same with the active rules, in a transaction of its own.
ScoreResult rescore(const Store& store, qint64 leadId);

} // namespace LeadScores
