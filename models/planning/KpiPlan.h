#pragma once

#include "planning/FunnelMeasures.h"
#include "planning/Ratio.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

/// What the planner is asked: a revenue target for a period, the average deal, the close rate
/// of opportunities, and optionally the opportunities the pipeline gives per period (for the
/// sensitivity table; the needed number when not given).
struct KpiPlanInput
{
    Ratio revenueTarget;
    Ratio averageDeal;
    Ratio closeRate;
    PlanPeriod period = PlanPeriod::Month;
    std::optional<Ratio> opportunities;
};

/// One figure of a plan: its exact value, the number a person plans with, how that was rounded,
/// what it rests on, and what the current period achieved (with a store).
struct PlanFigure
{
    QString key;
    QString label;
    Ratio exact;
    qint64 planned = 0; ///< `exact` rounded up: a plan needs whole deals, leads and calls
    QString basis;      ///< "close rate 1/3 (33.3 %)", "measured: 412 of 1,530 SQLs"
    std::optional<qint64> achieved;
};

/// A row of the sensitivity table: the year's deals and revenue with one rate improved.
struct SensitivityRow
{
    QString key;
    QString label;
    Ratio opportunities; ///< per year
    Ratio closeRate;
    Ratio deals;   ///< exact, not rounded
    Ratio revenue; ///< exact, not rounded
    Ratio gain;    ///< revenue more than the first row's
};

/// The reverse funnel: from a revenue target back to deals, opportunities, SQLs, MQLs, worked
/// and raw leads and calls per rep and working day. Needed counts round up to whole numbers
/// (a plan needs whole deals); expected results (the sensitivity table) are exact.
class KpiPlan
{
    Q_DECLARE_TR_FUNCTIONS(KpiPlan)

public:
    /// Problems with the input, in words (empty when it can be planned).
    static QStringList problems(const KpiPlanInput& input);
    /// The plan; `measures` (from a store) add the steps below opportunities and what the
    /// period achieved. The input must have no problems.
    static KpiPlan compute(const KpiPlanInput& input,
                           const std::optional<FunnelMeasures>& measures = std::nullopt);

    QList<PlanFigure> figures;
    QList<SensitivityRow> sensitivity;
    /// What could not be planned and why ("no lead reached MQL in the last 365 days").
    QStringList gaps;
    int workingDays = 0;
    int reps = 0;

    const PlanFigure* figure(const QString& key) const;
    QJsonObject toJson() const;
    QString toText() const;
};
