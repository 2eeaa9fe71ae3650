#pragma once

#include <QCoreApplication>
#include <QList>
#include <QTime>
#include <QTimeZone>

class TeamSettings;

/// The hours (and weekdays) in which a lead may be called, in the lead's own local time.
/// Handles windows across midnight and daylight-saving changes (times are read in the zone).
class CallingHours
{
    Q_DECLARE_TR_FUNCTIONS(CallingHours)

public:
    CallingHours(QTime start, QTime end, QList<int> days = {1, 2, 3, 4, 5});
    static CallingHours fromSettings(const TeamSettings& settings);

    QTime start() const { return m_start; }
    QTime end() const { return m_end; }
    QList<int> days() const { return m_days; }

    /// Whether a lead in `zone` may be called at the UTC instant `utcSecs`.
    bool isOpen(const QTimeZone& zone, qint64 utcSecs) const;
    /// The UTC instant at which calling hours next begin in `zone` (utcSecs when open now);
    /// 0 when no weekday is allowed.
    qint64 nextOpening(const QTimeZone& zone, qint64 utcSecs) const;
    /// "09:00–18:00, Mon–Fri", for people.
    QString describe() const;

    /// The zone with this IANA id (cached); `fallback` when the id is empty or unknown.
    static QTimeZone zone(const QString& id, const QTimeZone& fallback);

private:
    bool timeInside(QTime time) const;

    QTime m_start;
    QTime m_end;
    QList<int> m_days;
};
