#include "dashboard/DashboardAccumulator.h"

namespace {

const char* const stageKeys[] = {"new",        "working", "mql",         "sql",
                                 "handed_off", "nurture", "disqualified"};

// The nearest-rank percentile (rank = ceil(share × n)) of a histogram, or -1 when it is empty.
qint64 percentile(const std::map<qint64, qint64>& histogram, qint64 total, int percent)
{
    if (total <= 0)
        return -1;
    const qint64 rank = std::max<qint64>(1, (total * percent + 99) / 100);
    qint64 seen = 0;
    for (const auto& [bucket, n] : histogram) {
        seen += n;
        if (seen >= rank)
            return bucket;
    }
    return -1;
}

std::array<FunnelStepFigure, funnelSteps> funnelOf(const std::array<qint64, funnelSteps>& counts,
                                                   int minCount)
{
    std::array<FunnelStepFigure, funnelSteps> steps{};
    for (int step = 0; step < funnelSteps; ++step) {
        steps[step].step = step;
        steps[step].count = counts[step];
        steps[step].fromPrevious =
            RateFigure::of(counts[step], counts[step == 0 ? 0 : step - 1], minCount);
    }
    return steps;
}

} // namespace

void DashboardAccumulator::addFunnel(int everTop, int orderTop, qint64 n)
{
    for (int step = 0; step <= everTop && step < funnelSteps; ++step)
        m_ever[step] += n;
    for (int step = 0; step <= orderTop && step < funnelSteps; ++step)
        m_order[step] += n;
}

void DashboardAccumulator::addGroup(Group group, const QString& key, int everTop, qint64 n)
{
    auto& reached = m_groups[group][key];
    for (int step = 0; step <= everTop && step < funnelSteps; ++step)
        reached[step] += n;
}

void DashboardAccumulator::addQuadrant(const QString& quadrant, qint64 n)
{
    if (quadrant != QLatin1String("-"))
        m_quadrants[quadrant] += n;
}

void DashboardAccumulator::addGrade(const QString& grade, qint64 n)
{
    m_grades[grade] += n;
}

void DashboardAccumulator::addStint(const QString& stage, qint64 bucketHours, qint64 n)
{
    m_stints[stage][bucketHours] += n;
}

void DashboardAccumulator::addSpeed(qint64 bucketMinutes, qint64 n)
{
    m_speed[bucketMinutes] += n;
}

void DashboardAccumulator::addCall(qint64 day, const QString& rep, const QString& outcome, qint64 n)
{
    m_calls[{day, rep, outcome}] += n;
}

DashboardFigures DashboardAccumulator::finish(const DashboardFilter& filter, int minCount,
                                              int slaHours) const
{
    DashboardFigures f;
    f.filter = filter;
    f.minCount = minCount;
    f.leads = m_ever[0];
    f.everReached = funnelOf(m_ever, minCount);
    f.inOrder = funnelOf(m_order, minCount);
    QList<GroupFigure>* lists[] = {&f.bySource, &f.byCampaign, &f.byRep, &f.byWeek};
    for (int group = 0; group < GroupCount; ++group) {
        for (const auto& [key, reached] : m_groups[group]) {
            if (reached[0] <= 0)
                continue;
            GroupFigure figure;
            figure.key = key;
            figure.reached = reached;
            for (int step = 0; step < funnelSteps; ++step)
                figure.rates[step] = RateFigure::of(reached[step], reached[0], minCount);
            lists[group]->append(figure);
        }
    }
    for (const char* stage : stageKeys) {
        StageTimeFigure figure;
        figure.stage = QString::fromLatin1(stage);
        const auto found = m_stints.find(figure.stage);
        if (found != m_stints.end()) {
            for (const auto& [bucket, n] : found->second)
                figure.stays += n;
            figure.medianHours = percentile(found->second, figure.stays, 50);
            figure.p90Hours = percentile(found->second, figure.stays, 90);
        }
        f.stageTimes.append(figure);
    }
    SpeedFigure& speed = f.speed;
    speed.slaHours = slaHours;
    std::map<qint64, qint64> called;
    qint64 within = 0;
    for (const auto& [bucket, n] : m_speed) {
        speed.leads += n;
        if (bucket < 0) {
            speed.notCalled += n;
            continue;
        }
        if (n > 0)
            called[bucket] += n;
        speed.called += n;
        if (bucket < qint64(slaHours) * 60)
            within += n;
    }
    speed.withinSla = RateFigure::of(within, speed.called, minCount);
    speed.medianMinutes = percentile(called, speed.called, 50);
    speed.p90Minutes = percentile(called, speed.called, 90);
    for (const auto& [key, n] : m_calls)
        if (n > 0)
            f.calls.append({DashboardBuckets::dateOfDay(std::get<0>(key)), std::get<1>(key),
                            std::get<2>(key), n});
    for (const auto& [key, n] : m_quadrants)
        if (n > 0)
            f.quadrants.append({key, n});
    for (const auto& [key, n] : m_grades)
        if (n > 0)
            f.grades.append({key, n});
    return f;
}
