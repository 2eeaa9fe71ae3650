#pragma once

#include <QDateTime>

/// The one source of "now" for the domain. Times are stored as UTC seconds since the epoch.
/// Tests (and the LEADSCOUT_NOW environment variable, an ISO 8601 UTC time) can fix it.
namespace Clock {

QDateTime now();
qint64 nowSecs();
void setFixed(const QDateTime& utc);
void advance(qint64 seconds);
void reset();

QDateTime fromSecs(qint64 secs);
qint64 toSecs(const QDateTime& time);

} // namespace Clock
