#pragma once

#include "domain/Vocabulary.h"
#include "scoring/ScoreResult.h"
#include "scoring/ScoringRules.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

class Store;

/// The stage decisions a rep takes on a lead after qualifying it.
enum class Decision
{
    SalesReady,         ///< → sql, onto the handoff list
    MarketingQualified, ///< → mql
    Nurture,            ///< → nurture until a return date
    Disqualify,         ///< → disqualified, with a reason
    Reopen              ///< nurture or disqualified → working
};

/// What a decision carries besides the lead.
struct DecisionRequest
{
    Decision decision = Decision::SalesReady;
    /// Sales-ready or MQL without the criteria met: the written reason to do it anyway.
    QString overrideReason;
    std::optional<DisqualifyReason> disqualifyReason;
    /// Free text: required for the disqualify reason "other", optional otherwise. Kept in the
    /// stage history; for Sales-ready or MQL with the criteria met, an override reason given
    /// without a note is kept as the note.
    QString note;
    /// Nurture: the day the lead comes back into the queue (optional when a plan starts with
    /// the decision, see StageDecisions::applyWithPlan: its steps bring the lead back).
    QDate nurtureUntil;
};

/// The nurture plan a Nurture decision starts: a track version (TrackProposal proposes one),
/// the lead's German state for its holidays, and the proposal's words.
struct NurturePlanStart
{
    qint64 trackId = 0;
    QString region;
    QString proposal;
};

/// What the rep decided on: the lead's version (LeadVersion::of, read first) and its stage then.
struct DecisionBasis
{
    qint64 rowVersion = 0;
    Stage stage = Stage::New;
};

/// A decision the guard refused, with every reason in words.
class DecisionRefused : public StoreError
{
public:
    DecisionRefused(const QString& message, QStringList reasons, bool overridable);
    QStringList reasons() const { return m_reasons; }
    /// True when a written override reason would let the decision through.
    bool overridable() const { return m_overridable; }

private:
    QStringList m_reasons;
    bool m_overridable;
};

/// Whether a decision can be taken on a lead now.
struct DecisionCheck
{
    bool possible = false;      ///< the lead's stage allows it at all
    bool needsOverride = false; ///< criteria not met: only with a written reason
    bool blocked = false;       ///< never, not even with a reason (an excluded lead → SQL)
    QStringList gaps;           ///< the unmet criteria, in words
};

/// Takes stage decisions with their guards. Every decision re-scores the lead with the active
/// rules, checks the criteria and writes the stage change (with history) in one transaction.
class StageDecisions
{
    Q_DECLARE_TR_FUNCTIONS(StageDecisions)

public:
    explicit StageDecisions(const Store& store);

    DecisionCheck check(qint64 leadId, Decision decision) const;
    /// The same for a lead in `stage` with this score (e.g. the live score of the form).
    static DecisionCheck assess(Stage stage, Decision decision, const ScoreResult& score,
                                const ScoringRules& rules);
    /// Applies the decision or throws DecisionRefused (LeadConflict when the stage was changed
    /// elsewhere since `basis`; StoreError when the lead is gone).
    void apply(qint64 leadId, const DecisionRequest& request, const QString& repName,
               const std::optional<DecisionBasis>& basis = std::nullopt) const;

    /// A Nurture decision that starts a plan on a track in the same transaction (the return
    /// date is then optional). Throws as apply().
    void applyWithPlan(qint64 leadId, const DecisionRequest& request, const NurturePlanStart& plan,
                       const QString& repName,
                       const std::optional<DecisionBasis>& basis = std::nullopt) const;

    static Stage target(Decision decision);
    static QList<Stage> allowedFrom(Decision decision);
    static QString label(Decision decision);
    /// The key of a stage-history reason for a decision taken against the criteria.
    static QString overrideReasonKey() { return QStringLiteral("override"); }

private:
    void guard(Stage stage, const DecisionRequest& request, const ScoreResult& score,
               const ScoringRules& rules, bool withPlan) const;
    void decide(qint64 leadId, const DecisionRequest& request, const NurturePlanStart* plan,
                const QString& repName, const std::optional<DecisionBasis>& basis) const;

    const Store& m_store;
};
