#include "dashboard/DashboardTypes.h"

#include "planning/FunnelMeasures.h"

#include <cmath>
#include <limits>

namespace {
const QDate epoch(1970, 1, 1);
// z for a two-sided 90 % interval.
constexpr double z90 = 1.6448536269514722;
} // namespace

qint64 DashboardFilter::firstDay() const
{
    return from.isValid() ? DashboardBuckets::dayOf(from) : std::numeric_limits<int>::min();
}

qint64 DashboardFilter::lastDay() const
{
    return to.isValid() ? DashboardBuckets::dayOf(to) : std::numeric_limits<int>::max();
}

RateFigure RateFigure::of(qint64 numerator, qint64 denominator, int minCount)
{
    RateFigure rate;
    rate.numerator = numerator;
    rate.denominator = denominator;
    rate.tooFew = denominator < minCount || denominator == 0;
    if (denominator <= 0)
        return rate;
    const double n = double(denominator);
    const double p = double(numerator) / n;
    const double z2 = z90 * z90;
    const double centre = p + z2 / (2 * n);
    const double margin = z90 * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    rate.value = p;
    rate.low = std::max(0.0, (centre - margin) / (1 + z2 / n));
    rate.high = std::min(1.0, (centre + margin) / (1 + z2 / n));
    return rate;
}

QString DashboardFigures::stepKey(int step)
{
    return FunnelMeasures::stepKey(FunnelMeasures::Step(step));
}

QString DashboardFigures::stepLabel(int step)
{
    return FunnelMeasures::stepLabel(FunnelMeasures::Step(step));
}

QString DashboardFigures::keyLabel(const QString& key)
{
    return key.isEmpty() ? tr("(unknown)") : key;
}

namespace DashboardBuckets {

qint64 stintHours(qint64 s)
{
    if (s < 172800)
        return s / 3600;
    if (s < 2419200)
        return s / 86400 * 24;
    return s / 604800 * 168;
}

qint64 speedMinutes(qint64 s)
{
    if (s < 3600)
        return s / 60;
    if (s < 86400)
        return s / 900 * 15;
    if (s < 2592000)
        return s / 3600 * 60;
    return 43200;
}

qint64 weekOf(qint64 day)
{
    // 1970-01-01 was a Thursday: day 0 is 3 days after a Monday.
    return day - (((day + 3) % 7) + 7) % 7;
}

QDate dateOfDay(qint64 day)
{
    return epoch.addDays(day);
}

qint64 dayOf(const QDate& date)
{
    return epoch.daysTo(date);
}

} // namespace DashboardBuckets
