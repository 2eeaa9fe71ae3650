#pragma once

#include "domain/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

/// One interest signal of a lead: what happened and when (UTC seconds).
struct InterestSignal
{
    InterestKind kind = InterestKind::EmailClick;
    qint64 occurredAt = 0;
};

/// Everything the scoring engine looks at for one lead. Filled by ScoringInputs from the store,
/// or by the qualification form from what the rep typed.
struct ScoringInput
{
    // Fit attributes
    std::optional<int> employees;
    std::optional<qint64> annualRevenueMinor;
    QString revenueCurrency;
    Industry industry = Industry::Unknown;
    Seniority seniority = Seniority::Unknown;
    QString title;
    QString email;
    QString website;
    BuyingRole buyingRole = BuyingRole::Unknown;

    // BANT
    BudgetStatus budget = BudgetStatus::Unknown;
    AuthorityLevel authority = AuthorityLevel::Unknown;
    bool decisionMakerConfirmed = false;
    NeedLevel need = NeedLevel::Unknown;
    Timing timing = Timing::Unknown;

    // Interest
    std::vector<InterestSignal> interest;
};

/// Which part of the score a contribution belongs to.
enum class ScoreAxis
{
    Fit,
    Interest,
    Bant,
    Persona ///< exclusions and flags
};

/// One line of "why this score": a rule that applied and the points it gave.
struct ScoreContribution
{
    enum class Kind
    {
        Employees,
        Revenue,
        RevenueUnconverted,
        Industry,
        Seniority,
        BuyingRole,
        NegativePersona,
        Exclusion,
        Flag,
        Interest,
        Budget,
        Authority,
        DecisionMakerConfirmed,
        Need,
        Timing,
        Capped
    };
    ScoreAxis axis = ScoreAxis::Fit;
    Kind kind = Kind::Employees;
    QString subject; ///< a vocabulary key, band size key, rule id or currency
    double points = 0;
    int count = 0;        ///< interest: number of events
    double rawPoints = 0; ///< interest: points before decay; capped: value before the cap
    QString reason;       ///< persona: the DisqualifyReason key the rule proposes
};

/// Above which thresholds a lead's score lies: the "stage band" of the score.
enum class ScoreBand
{
    None,
    Mql,
    Sql
};

/// Why a lead does not (yet) meet the SQL criteria.
enum class SqlGap
{
    Excluded,
    Advocate,
    TotalBelowThreshold,
    DecisionMakerNotConfirmed,
    Budget,
    Need,
    Timing
};

/// The outcome of scoring one lead.
struct ScoreResult
{
    int fit = 0;
    int interest = 0;
    int bant = 0;
    int total = 0;
    Quadrant quadrant = Quadrant::Park;
    Grade grade = Grade::E;
    bool excluded = false;
    QStringList exclusions; ///< ids of the negative-persona rules that excluded the lead
    QStringList flags;      ///< ids of the flags raised (e.g. free_mail)
    bool mqlMet = false;
    bool sqlMet = false;
    QList<SqlGap> sqlGaps;                        ///< empty when sqlMet
    std::vector<ScoreContribution> contributions; ///< filled when explaining

    ScoreBand band() const
    {
        return sqlMet ? ScoreBand::Sql : (mqlMet ? ScoreBand::Mql : ScoreBand::None);
    }
    /// The disqualify reason the first exclusion proposes, if any.
    QString proposedDisqualifyReason;
};

namespace ScoreBands {
QString keyOf(ScoreBand band);
QString labelOf(ScoreBand band);
} // namespace ScoreBands
