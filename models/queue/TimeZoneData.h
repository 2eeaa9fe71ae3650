#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class QSqlDatabase;

/// Where a lead's local time comes from: its IANA zone when known, else the longest matching
/// telephone prefix, else its country. The store keeps the derived zone per lead in
/// leads.call_zone, filled by triggers from three small lookup tables (made by migration step 3)
/// that this namespace fills. Everything comes from the shipped resources/data/time-zones.txt,
/// never from the machine's time-zone database, so every store gets the same zones.
namespace TimeZoneData {

/// The zones a lead's own time zone may name (IANA zones and Qt's "UTC±hh:mm"), sorted.
QStringList knownZones();
/// Prefix (E.164 digits without "+") → IANA zone: every country calling code mapped to its
/// country's zone, refined by area codes of multi-zone countries.
QHash<QString, QString> phonePrefixZones();
/// ISO 3166-1 alpha-2 → the zone assumed for that country when nothing finer is known.
QHash<QString, QString> countryZones();

/// Fills the lookup tables queue_time_zones, queue_phone_zones and queue_country_zones (empty,
/// as migration step 3 creates them). Throws StoreError.
void fillLookupTables(const QSqlDatabase& db);

/// The SQL expression that derives the zone of the lead row `row` ("NEW" or "leads") from the
/// lookup tables; '' when nothing is known.
QString zoneExpression(const QString& row);

} // namespace TimeZoneData
