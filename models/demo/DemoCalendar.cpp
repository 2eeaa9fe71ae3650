#include "demo/DemoCalendar.h"

namespace {

constexpr int officeStart = 8;
constexpr int officeEnd = 18;
constexpr int centralEurope = 3600; // arrival rhythm follows the DACH working day

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

double arrivalWeight(int weekday, int hour)
{
    const bool weekend = weekday >= 5;
    if (hour >= officeStart && hour < officeEnd)
        return weekend ? 1.5 : 10.0;
    if (hour >= officeEnd && hour < 22)
        return weekend ? 1.0 : 2.5;
    return weekend ? 0.2 : 0.4;
}

/// Moves `t` to the next moment inside office hours at that place (unchanged when inside).
qint64 nextOfficeMoment(qint64 t, int utcOffset)
{
    const qint64 local = t + utcOffset;
    qint64 dayStart = floorDiv(local, DemoCalendar::day) * DemoCalendar::day;
    const qint64 secondOfDay = local - dayStart;
    qint64 result = local;
    if (secondOfDay < officeStart * DemoCalendar::hour) {
        result = dayStart + officeStart * DemoCalendar::hour;
    } else if (secondOfDay >= officeEnd * DemoCalendar::hour) {
        dayStart += DemoCalendar::day;
        result = dayStart + officeStart * DemoCalendar::hour;
    }
    const int weekday = int(floorDiv(dayStart, DemoCalendar::day) + 3) % 7;
    if (weekday >= 5)
        result = dayStart + (7 - weekday) * DemoCalendar::day + officeStart * DemoCalendar::hour;
    return result - utcOffset;
}

} // namespace

DemoCalendar::DemoCalendar(qint64 anchorSecs)
    : m_anchor(floorDiv(anchorSecs, hour) * hour)
{
    const qint64 hours = span / hour;
    m_cumulative.reserve(size_t(hours));
    double total = 0;
    for (qint64 h = 0; h < hours; ++h) {
        const qint64 t = start() + h * hour;
        const double growth = 0.75 + 0.5 * double(h) / double(hours);
        total +=
            arrivalWeight(localWeekday(t, centralEurope), localHour(t, centralEurope)) * growth;
        m_cumulative.push_back(total);
    }
    for (qint64 d = floorDiv(start(), day); d * day <= m_anchor; ++d) {
        const qint64 t = d * day + 14 * hour;
        const int weekday = int(d + 3) % 7;
        if ((weekday == 1 || weekday == 3) && t >= start() && t <= m_anchor)
            m_batches.push_back(t);
    }
}

qint64 DemoCalendar::createdAt(qint64 index, qint64 count, double jitter) const
{
    const double total = m_cumulative.back();
    const double target = (double(index) + jitter) / double(std::max<qint64>(1, count)) * total;
    const auto it = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
    const qint64 h = std::min<qint64>(it - m_cumulative.cbegin(), qint64(m_cumulative.size()) - 1);
    const double before = h > 0 ? m_cumulative[size_t(h - 1)] : 0.0;
    const double inHour = (target - before) / (m_cumulative[size_t(h)] - before);
    const qint64 t = start() + h * hour + qint64(std::clamp(inHour, 0.0, 0.9999) * double(hour));
    return std::min(t, m_anchor - 1);
}

qint64 DemoCalendar::officeTime(qint64 t, int utcOffset, DemoRandom& random)
{
    const qint64 moved = nextOfficeMoment(t, utcOffset);
    if (moved == t)
        return t;
    return moved + random.between(0, 150) * minute;
}

qint64 DemoCalendar::addWorkingTime(qint64 t, qint64 seconds, int utcOffset)
{
    qint64 current = nextOfficeMoment(t, utcOffset);
    qint64 remaining = seconds;
    while (true) {
        const qint64 local = current + utcOffset;
        const qint64 dayEnd = floorDiv(local, day) * day + officeEnd * hour - utcOffset;
        if (remaining <= dayEnd - current)
            return current + remaining;
        remaining -= dayEnd - current;
        current = nextOfficeMoment(dayEnd, utcOffset);
    }
}

int DemoCalendar::batchAtOrAfter(qint64 t) const
{
    const auto it = std::lower_bound(m_batches.cbegin(), m_batches.cend(), t);
    return it == m_batches.cend() ? -1 : int(it - m_batches.cbegin());
}

int DemoCalendar::localHour(qint64 t, int utcOffset)
{
    const qint64 local = t + utcOffset;
    return int((local - floorDiv(local, day) * day) / hour);
}

int DemoCalendar::localWeekday(qint64 t, int utcOffset)
{
    return int(floorDiv(t + utcOffset, day) + 3) % 7;
}
