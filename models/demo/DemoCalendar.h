#pragma once

#include "demo/DemoRandom.h"

#include <QList>
#include <vector>

/// Time in the demo: six months ending at the anchor (now, truncated to the hour). Leads arrive
/// mostly on working days during office hours; calls happen in the lead's local office hours;
/// handoff batches go to sales twice a week.
class DemoCalendar
{
public:
    static constexpr qint64 minute = 60;
    static constexpr qint64 hour = 3600;
    static constexpr qint64 day = 86400;
    static constexpr qint64 span = 182 * day;

    explicit DemoCalendar(qint64 anchorSecs);

    qint64 anchor() const { return m_anchor; }
    qint64 start() const { return m_anchor - span; }

    /// Creation time of lead `index` of `count`: non-decreasing with the index, following the
    /// weekly rhythm and a slowly growing volume; `jitter` in [0, 1) spreads leads within a slot.
    qint64 createdAt(qint64 index, qint64 count, double jitter) const;

    /// The first moment at or after `t` inside office hours (Mon–Fri, 08:00–18:00) of a place
    /// `utcOffset` seconds ahead of UTC, plus a random number of minutes to look human.
    static qint64 officeTime(qint64 t, int utcOffset, DemoRandom& random);
    /// `t` plus `seconds` of working time (only office hours count), at that place.
    static qint64 addWorkingTime(qint64 t, qint64 seconds, int utcOffset);

    /// The handoff batch times (Tuesdays and Thursdays, 14:00 UTC) up to the anchor.
    const std::vector<qint64>& handoffBatches() const { return m_batches; }
    /// Index of the first batch at or after `t`, or -1 when none before the anchor.
    int batchAtOrAfter(qint64 t) const;

private:
    static int localHour(qint64 t, int utcOffset);
    static int localWeekday(qint64 t, int utcOffset); ///< 0 = Monday

    qint64 m_anchor;
    std::vector<double> m_cumulative; ///< per hour of the span, cumulative arrival weight
    std::vector<qint64> m_batches;
};
