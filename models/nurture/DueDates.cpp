#include "nurture/DueDates.h"

#include <QDateTime>

namespace DueDates {

QDate localDay(qint64 utcSecs, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, zone).date();
}

qint64 dueAt(QDate startDay, int dayOffset, const QTimeZone& zone, const HolidayCalendar& calendar)
{
    const QDate day = calendar.nextWorkday(startDay.addDays(dayOffset));
    return QDateTime(day, QTime(dueHour, 0), zone).toSecsSinceEpoch();
}

qint64 shifted(qint64 due, int days, const QTimeZone& zone, const HolidayCalendar& calendar)
{
    return dueAt(localDay(due, zone), days, zone, calendar);
}

QTimeZone zoneOf(const QString& ianaId)
{
    if (!ianaId.isEmpty()) {
        const QTimeZone zone(ianaId.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

} // namespace DueDates
