#pragma once

#include <QHash>
#include <QString>

class QSqlDatabase;

/// Where a lead's local time comes from: its IANA zone when known, else the longest matching
/// telephone prefix, else its country. The store keeps the derived zone per lead in
/// leads.call_zone, filled by triggers from three small lookup tables that this class fills.
namespace TimeZoneData {

/// Prefix (E.164 digits without "+") → IANA zone: every country calling code mapped to its
/// country's zone, refined by resources/data/time-zones.txt (area codes of multi-zone countries).
QHash<QString, QString> phonePrefixZones();
/// ISO 3166-1 alpha-2 → the zone assumed for that country when nothing finer is known.
QHash<QString, QString> countryZones();

/// Creates and fills the lookup tables (queue_time_zones, queue_phone_zones,
/// queue_country_zones). Used by the schema migration.
void fillLookupTables(const QSqlDatabase& db);

/// The SQL expression that derives the zone of the lead row `row` ("NEW" or "leads") from the
/// lookup tables; '' when nothing is known.
QString zoneExpression(const QString& row);

} // namespace TimeZoneData
