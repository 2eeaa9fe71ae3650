#pragma once

#include "planning/Ratio.h"

#include <QCoreApplication>
#include <QDate>
#include <array>
#include <optional>

class Store;

enum class PlanPeriod
{
    Month,
    Quarter,
    Year
};

/// The calendar period (UTC) of `period` that holds `day`: its first and last day.
struct PeriodSpan
{
    QDate first;
    QDate last;
    static PeriodSpan of(PlanPeriod period, const QDate& day);
    /// Monday to Friday in the span (public holidays are not taken out).
    int workingDays() const;
};

/// What a store's history says about its funnel, for the planner: how many leads ever reached
/// each step (a lead that skipped a step counts as having passed it), the call log's connect
/// rate, and what the current period achieved so far.
struct FunnelMeasures
{
    Q_DECLARE_TR_FUNCTIONS(FunnelMeasures)

public:
    /// The funnel's steps in order: raw (created), worked, MQL, SQL, opportunity (handed off).
    enum Step
    {
        Raw,
        Worked,
        Mql,
        Sql,
        Opportunity,
        StepCount
    };
    static QString stepKey(Step step);
    static QString stepLabel(Step step);

    /// Leads created in the last 365 days that reached each step.
    std::array<qint64, StepCount> reached{};
    /// Leads that entered each step in the current period (created, for Raw).
    std::array<qint64, StepCount> achieved{};
    qint64 calls = 0;         ///< calls in the last 365 days
    qint64 connects = 0;      ///< of them, the ones that reached the person
    qint64 leadsCalled = 0;   ///< distinct leads those calls went to
    qint64 callsAchieved = 0; ///< calls in the current period so far
    int reps = 0;             ///< active reps
    PeriodSpan span;          ///< the current period

    /// The measured rate from `step` to the next one, or nothing when no lead reached `step`.
    std::optional<Ratio> rate(Step step) const;
    std::optional<Ratio> callsPerWorkedLead() const;
    std::optional<Ratio> connectRate() const;

    /// Reads the store (read-only). Throws StoreError.
    static FunnelMeasures read(const Store& store, PlanPeriod period);
};
