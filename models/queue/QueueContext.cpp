#include "queue/QueueContext.h"

#include "domain/TeamSettings.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace {

/// The distinct call_zone values, found by skipping along the index instead of reading it all.
QStringList zonesInStore(const Store& store)
{
    QSqlQuery query = Sql::exec(
        store.db(),
        QStringLiteral("WITH RECURSIVE z(v) AS (SELECT min(call_zone) FROM leads"
                       " UNION ALL SELECT (SELECT min(call_zone) FROM leads WHERE call_zone > z.v)"
                       " FROM z WHERE z.v IS NOT NULL) SELECT v FROM z WHERE v IS NOT NULL"));
    QStringList zones;
    while (query.next())
        zones.append(query.value(0).toString());
    return zones;
}

QTimeZone teamZone(const Store& store, const QString& country)
{
    const QVariant zone = Sql::scalarOnce(
        store.db(), QStringLiteral("SELECT zone FROM queue_country_zones WHERE country = ?"),
        {country.toUpper()});
    const QTimeZone candidate(zone.toString().toLatin1());
    return candidate.isValid() ? candidate : QTimeZone::systemTimeZone();
}

} // namespace

QueueContext QueueContext::build(const Store& store, const QString& repName,
                                 const QString& sessionToken)
{
    const TeamSettings settings = TeamSettings::readAll(store); // one query for all of them
    QueueContext context;
    context.now = Clock::nowSecs();
    context.repName = repName;
    context.sessionToken = sessionToken;
    context.maxAttempts = settings.maxAttempts();
    context.slaHours = settings.slaHours();
    context.claimMinutes = settings.claimMinutes();
    context.hours = CallingHours::fromSettings(settings);
    context.fallbackZone = teamZone(store, settings.defaultCountry());
    QStringList zones = zonesInStore(store);
    if (!zones.contains(QString()))
        zones.append(QString());
    for (const QString& zone : zones)
        if (context.hours.isOpen(context.zoneOf(zone), context.now))
            context.openZones.insert(zone);
    return context;
}

QTimeZone QueueContext::zoneOf(const QString& zoneId) const
{
    return CallingHours::zone(zoneId, fallbackZone);
}

QTimeZone QueueContext::zoneOfLead(const Store& store, qint64 leadId) const
{
    return zoneOf(Sql::scalar(store.db(),
                              QStringLiteral("SELECT call_zone FROM leads WHERE id = ?"), {leadId})
                      .toString());
}

bool QueueContext::zoneOpen(const QString& zoneId) const
{
    // Only the zones known when the context was built: the SQL side uses the same set.
    return openZones.contains(zoneId);
}

bool QueueContext::isOwnClaim(const QString& claimedBy, const QString& token) const
{
    if (repName.isEmpty() || claimedBy != repName)
        return false;
    return sessionToken.isEmpty() || token == sessionToken;
}
