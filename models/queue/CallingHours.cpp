#include "queue/CallingHours.h"

#include "domain/TeamSettings.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMutex>

CallingHours::CallingHours(QTime start, QTime end, QList<int> days)
    : m_start(start)
    , m_end(end)
    , m_days(std::move(days))
{}

CallingHours CallingHours::fromSettings(const TeamSettings& settings)
{
    return CallingHours(settings.callingHoursStart(), settings.callingHoursEnd(),
                        settings.callingDays());
}

bool CallingHours::timeInside(QTime time) const
{
    if (m_start == m_end)
        return true; // the whole day
    if (m_start < m_end)
        return time >= m_start && time < m_end;
    return time >= m_start || time < m_end; // a window across midnight
}

bool CallingHours::isOpen(const QTimeZone& zone, qint64 utcSecs) const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSecs, zone);
    QDate day = local.date();
    // After midnight in a window across midnight, the window began on the day before.
    if (m_start > m_end && local.time() < m_end)
        day = day.addDays(-1);
    return m_days.contains(day.dayOfWeek()) && timeInside(local.time());
}

qint64 CallingHours::nextOpening(const QTimeZone& zone, qint64 utcSecs) const
{
    if (isOpen(zone, utcSecs))
        return utcSecs;
    const QDate today = QDateTime::fromSecsSinceEpoch(utcSecs, zone).date();
    for (int offset = 0; offset <= 8; ++offset) {
        const QDate day = today.addDays(offset);
        if (!m_days.contains(day.dayOfWeek()))
            continue;
        // A start inside a daylight-saving gap is moved forward by QDateTime.
        const qint64 opening = QDateTime(day, m_start, zone).toSecsSinceEpoch();
        if (opening > utcSecs)
            return opening;
    }
    return 0;
}

QString CallingHours::describe() const
{
    const QLocale locale;
    QStringList dayNames;
    for (const int day : m_days)
        dayNames.append(locale.dayName(day, QLocale::ShortFormat));
    const QString days =
        m_days == QList<int>{1, 2, 3, 4, 5}
            ? tr("Mon–Fri")
            : (m_days.size() == 7 ? tr("every day") : dayNames.join(QStringLiteral(", ")));
    return tr("%1–%2, %3")
        .arg(m_start.toString(QStringLiteral("HH:mm")), m_end.toString(QStringLiteral("HH:mm")),
             days);
}

QTimeZone CallingHours::zone(const QString& id, const QTimeZone& fallback)
{
    if (id.isEmpty())
        return fallback;
    static QMutex mutex;
    static QHash<QString, QTimeZone> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(id);
    if (it == cache.end())
        it = cache.insert(id, QTimeZone(id.toLatin1()));
    return it->isValid() ? *it : fallback;
}
