#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <optional>

/// What the dashboard looks at: leads created in a period (whole UTC days, both ends included;
/// an invalid date leaves that end open), optionally of one source channel, campaign, owner and
/// grade. An empty string (a rep id of 0) picks the "unknown" bucket: leads without a value.
struct DashboardFilter
{
    QDate from;
    QDate to;
    std::optional<QString> source;
    std::optional<QString> campaign;
    std::optional<qint64> repId; ///< the lead's owner; for the call log, the rep who called
    std::optional<QString> grade;

    /// Days since 1970-01-01 (UTC) of the period's ends, open ends widened to all days.
    qint64 firstDay() const;
    qint64 lastDay() const;
    friend bool operator==(const DashboardFilter&, const DashboardFilter&) = default;
};

/// A rate with what it rests on: numerator, denominator, the 90 % Wilson score interval, and
/// whether the denominator is below the team's minimum count (then the rate is shown greyed).
struct RateFigure
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    double value = 0; ///< 0 when the denominator is 0
    double low = 0;
    double high = 0;
    bool tooFew = true;

    static RateFigure of(qint64 numerator, qint64 denominator, int minCount);
    friend bool operator==(const RateFigure&, const RateFigure&) = default;
};

/// The funnel's steps (the planner's vocabulary: FunnelMeasures::Step): raw, worked, MQL, SQL,
/// opportunity (handed off).
constexpr int funnelSteps = 5;

struct FunnelStepFigure
{
    int step = 0;
    qint64 count = 0;
    RateFigure fromPrevious; ///< count / previous step's count (for step 0: count / count)
    friend bool operator==(const FunnelStepFigure&, const FunnelStepFigure&) = default;
};

/// One bar group of a conversion chart (a source channel, campaign, rep or weekly cohort): how
/// many of its leads reached each step (ever reached), and the rate of each step over its leads.
struct GroupFigure
{
    QString key; ///< '' for the unknown bucket; a week is its Monday, yyyy-MM-dd
    std::array<qint64, funnelSteps> reached{};
    std::array<RateFigure, funnelSteps> rates{};
    friend bool operator==(const GroupFigure&, const GroupFigure&) = default;
};

/// Time spent in a stage, over completed stays (from entering it to the next change).
/// Percentiles are nearest-rank over whole hours below 48 h, whole days (in hours) below 28
/// days and whole weeks beyond; -1 when there is no stay.
struct StageTimeFigure
{
    QString stage;
    qint64 stays = 0;
    qint64 medianHours = -1;
    qint64 p90Hours = -1;
    friend bool operator==(const StageTimeFigure&, const StageTimeFigure&) = default;
};

/// Creation to first call attempt, against the SLA (a lead within it was first called less than
/// slaHours after it came in). Minutes as whole minutes below 1 h, quarter hours below a day,
/// hours below 30 days, 43200 beyond.
struct SpeedFigure
{
    int slaHours = 0;
    qint64 leads = 0;
    qint64 called = 0;
    qint64 notCalled = 0;
    RateFigure withinSla; ///< within / called
    qint64 medianMinutes = -1;
    qint64 p90Minutes = -1;
    friend bool operator==(const SpeedFigure&, const SpeedFigure&) = default;
};

struct CallOutcomeFigure
{
    QDate day;
    QString rep; ///< '' for calls without a rep
    QString outcome;
    qint64 count = 0;
    friend bool operator==(const CallOutcomeFigure&, const CallOutcomeFigure&) = default;
};

struct CountFigure
{
    QString key; ///< '' for the unknown bucket
    qint64 count = 0;
    friend bool operator==(const CountFigure&, const CountFigure&) = default;
};

/// Every figure of the dashboard for one filter: plain values a chart, a table or the report
/// command reads. Two computations give them: DashboardRollups (fast, from the roll-up tables)
/// and DashboardScan (the reference, from stage_history, leads and calls); they are equal.
struct DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    DashboardFilter filter;
    int minCount = 0;
    qint64 leads = 0; ///< leads the filter picks
    std::array<FunnelStepFigure, funnelSteps> everReached{};
    std::array<FunnelStepFigure, funnelSteps> inOrder{};
    QList<GroupFigure> bySource;
    QList<GroupFigure> byCampaign;
    QList<GroupFigure> byRep; ///< key: the owner's name
    QList<GroupFigure> byWeek;
    QList<StageTimeFigure> stageTimes; ///< every stage, in lifecycle order
    SpeedFigure speed;
    QList<CallOutcomeFigure> calls; ///< by day, rep, outcome
    QList<CountFigure> quadrants;   ///< open leads (not handed off or disqualified)
    QList<CountFigure> grades;

    friend bool operator==(const DashboardFigures&, const DashboardFigures&) = default;

    static QString stepKey(int step);
    static QString stepLabel(int step);
    /// "(unknown)" for the empty key.
    static QString keyLabel(const QString& key);
};

namespace DashboardBuckets {
/// The C++ twins of RollupSql's bucket expressions (seconds in, hours or minutes out).
qint64 stintHours(qint64 seconds);
qint64 speedMinutes(qint64 seconds);
/// The Monday (days since 1970-01-01) of the week holding `day`.
qint64 weekOf(qint64 day);
QDate dateOfDay(qint64 day);
qint64 dayOf(const QDate& date);
} // namespace DashboardBuckets
