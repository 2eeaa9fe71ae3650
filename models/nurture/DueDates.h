#pragma once

#include "nurture/HolidayCalendar.h"

#include <QTimeZone>

/// When a nurture step falls due: its day offset after the plan's start day, moved to the next
/// working day of the lead's calendar, at the start of the working day in the lead's time zone
/// (so a step keeps its local hour across a daylight-saving change). Times are UTC seconds.
namespace DueDates {

/// The local hour at which steps fall due.
constexpr int dueHour = 9;

/// The lead's local day of a UTC time.
QDate localDay(qint64 utcSecs, const QTimeZone& zone);
/// The due time of a step `dayOffset` days after the plan started on `startDay` (local).
qint64 dueAt(QDate startDay, int dayOffset, const QTimeZone& zone, const HolidayCalendar& calendar);
/// A due time moved by `days` (a pause), again onto a working day at the due hour.
qint64 shifted(qint64 dueAt, int days, const QTimeZone& zone, const HolidayCalendar& calendar);
/// The zone of an IANA id; the system's zone when the id is empty or unknown.
QTimeZone zoneOf(const QString& ianaId);

} // namespace DueDates
