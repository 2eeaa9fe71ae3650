#pragma once

#include "queue/CallingHours.h"

#include <QSet>
#include <QString>
#include <QTimeZone>

class Store;

/// Everything the queue rules depend on at one moment: now, who is asking, the team's settings
/// and which lead time zones are inside calling hours now.
struct QueueContext
{
    qint64 now = 0;
    QString repName;      ///< empty: nobody's claims count as one's own
    QString sessionToken; ///< this window's claims; empty: every claim of repName is one's own
    int maxAttempts = 6;
    int slaHours = 4;
    int claimMinutes = 15; ///< how long a claim taken now lasts (TeamSettings)
    CallingHours hours{QTime(9, 0), QTime(18, 0)};
    QTimeZone fallbackZone;  ///< for leads whose zone is unknown: the team's default country
    QSet<QString> openZones; ///< zones of leads in the store that are inside calling hours now

    /// Reads the settings and the zones present in the store (one index seek per zone).
    static QueueContext build(const Store& store, const QString& repName,
                              const QString& sessionToken);

    QTimeZone zoneOf(const QString& zoneId) const;
    /// The derived zone of one lead (leads.call_zone), or the fallback zone.
    QTimeZone zoneOfLead(const Store& store, qint64 leadId) const;
    bool zoneOpen(const QString& zoneId) const;
    bool isOwnClaim(const QString& claimedBy, const QString& token) const;
};
