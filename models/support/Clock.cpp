#include "support/Clock.h"

#include <QtGlobal>
#include <atomic>

namespace Clock {

namespace {
std::atomic<qint64> fixedMs{-1};
std::atomic<bool> envChecked{false};

void readEnvironmentOnce()
{
    if (envChecked.exchange(true))
        return;
    const QByteArray env = qgetenv("LEADSCOUT_NOW");
    if (env.isEmpty())
        return;
    const QDateTime parsed = QDateTime::fromString(QString::fromLatin1(env), Qt::ISODate);
    if (parsed.isValid())
        fixedMs = parsed.toMSecsSinceEpoch();
}
} // namespace

QDateTime now()
{
    readEnvironmentOnce();
    const qint64 fixed = fixedMs.load();
    return fixed >= 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC)
                      : QDateTime::currentDateTimeUtc();
}

qint64 nowSecs()
{
    return now().toSecsSinceEpoch();
}

void setFixed(const QDateTime& utc)
{
    envChecked = true;
    fixedMs = utc.toMSecsSinceEpoch();
}

void advance(qint64 seconds)
{
    const qint64 base = now().toMSecsSinceEpoch();
    fixedMs = base + seconds * 1000;
}

void reset()
{
    envChecked = true;
    fixedMs = -1;
}

QDateTime fromSecs(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

qint64 toSecs(const QDateTime& time)
{
    return time.toSecsSinceEpoch();
}

} // namespace Clock
