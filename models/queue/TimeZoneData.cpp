#include "queue/TimeZoneData.h"

#include "store/Sql.h"

#include <QFile>
#include <QLocale>
#include <QTimeZone>
#include <phonenumbers/phonenumberutil.h>
#include <set>

static void initModelsResources()
{
    // The models library is static: its resources register only when asked for.
    Q_INIT_RESOURCE(models);
}

namespace TimeZoneData {

namespace {

struct DataFile
{
    QHash<QString, QString> prefixes;
    QHash<QString, QString> countries;
};

const DataFile& dataFile()
{
    static const DataFile data = [] {
        initModelsResources();
        DataFile result;
        QFile file(QStringLiteral(":/leadscout/data/time-zones.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() == 3 && words.first() == QLatin1String("country"))
                result.countries.insert(words.at(1), words.at(2));
            else
                for (qsizetype i = 1; i < words.size(); ++i)
                    result.prefixes.insert(words.at(i), words.first());
        }
        return result;
    }();
    return data;
}

QList<QLocale::Territory> allTerritories()
{
    QList<QLocale::Territory> territories;
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t)
        territories.append(QLocale::Territory(t));
    return territories;
}

} // namespace

QHash<QString, QString> countryZones()
{
    QHash<QString, QString> zones;
    for (const QLocale::Territory territory : allTerritories()) {
        const QString code = QLocale::territoryToCode(territory);
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
        if (code.size() == 2 && !ids.isEmpty())
            zones.insert(code, QString::fromLatin1(ids.first()));
    }
    for (auto it = dataFile().countries.cbegin(); it != dataFile().countries.cend(); ++it)
        zones.insert(it.key(), it.value());
    return zones;
}

QHash<QString, QString> phonePrefixZones()
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QHash<QString, QString> countries = countryZones();
    QHash<QString, QString> prefixes;
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    for (const std::string& region : regions) {
        const int code = util->GetCountryCodeForRegion(region);
        std::string main;
        util->GetRegionCodeForCountryCode(code, &main);
        const QString zone = countries.value(QString::fromStdString(main));
        if (code > 0 && !zone.isEmpty())
            prefixes.insert(QString::number(code), zone);
    }
    for (auto it = dataFile().prefixes.cbegin(); it != dataFile().prefixes.cend(); ++it)
        prefixes.insert(it.key(), it.value());
    return prefixes;
}

void fillLookupTables(const QSqlDatabase& db)
{
    Sql::exec(db, QStringLiteral("CREATE TABLE queue_time_zones (zone TEXT PRIMARY KEY)"));
    Sql::exec(db, QStringLiteral("CREATE TABLE queue_phone_zones (prefix TEXT PRIMARY KEY,"
                                 " zone TEXT NOT NULL)"));
    Sql::exec(db, QStringLiteral("CREATE TABLE queue_country_zones (country TEXT PRIMARY KEY,"
                                 " zone TEXT NOT NULL)"));
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        Sql::exec(db, QStringLiteral("INSERT INTO queue_time_zones (zone) VALUES (?)"),
                  {QString::fromLatin1(id)});
    // Sorted keys: the same data always gives the same file (demo stores are compared byte-wise).
    const QHash<QString, QString> prefixes = phonePrefixZones();
    QStringList prefixKeys = prefixes.keys();
    prefixKeys.sort();
    for (const QString& prefix : prefixKeys)
        Sql::exec(db, QStringLiteral("INSERT INTO queue_phone_zones (prefix, zone) VALUES (?, ?)"),
                  {prefix, prefixes.value(prefix)});
    const QHash<QString, QString> countries = countryZones();
    QStringList countryKeys = countries.keys();
    countryKeys.sort();
    for (const QString& country : countryKeys)
        Sql::exec(db,
                  QStringLiteral("INSERT INTO queue_country_zones (country, zone) VALUES (?, ?)"),
                  {country, countries.value(country)});
}

QString zoneExpression(const QString& row)
{
    // Longest prefix first: up to seven digits after the "+".
    QStringList candidates;
    for (int length = 7; length >= 1; --length)
        candidates.append(QStringLiteral("substr(%1.phone_e164, 2, %2)").arg(row).arg(length));
    return QStringLiteral(
               "coalesce((SELECT z.zone FROM queue_time_zones z WHERE z.zone = %1.time_zone),"
               " (SELECT p.zone FROM queue_phone_zones p WHERE %1.phone_e164 LIKE '+%'"
               " AND p.prefix IN (%2) ORDER BY length(p.prefix) DESC LIMIT 1),"
               " (SELECT c.zone FROM queue_country_zones c WHERE c.country = upper(%1.country)),"
               " '')")
        .arg(row, candidates.join(QStringLiteral(", ")));
}

} // namespace TimeZoneData
