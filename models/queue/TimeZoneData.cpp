#include "queue/TimeZoneData.h"

#include "store/Sql.h"

#include <QFile>
#include <stdexcept>

static void initModelsResources()
{
    // The models library is static: its resources register only when asked for.
    Q_INIT_RESOURCE(models);
}

namespace TimeZoneData {

namespace {

struct DataFile
{
    QStringList known;
    QHash<QString, QString> countries;
    QHash<QString, QString> callingCodes; ///< calling code → country
    QHash<QString, QString> prefixes;     ///< area code → zone
};

/// "KEY=VALUE" words after the first into `into`.
void readPairs(const QStringList& words, QHash<QString, QString>& into)
{
    for (qsizetype i = 1; i < words.size(); ++i) {
        const qsizetype equals = words.at(i).indexOf(QLatin1Char('='));
        if (equals > 0)
            into.insert(words.at(i).left(equals), words.at(i).mid(equals + 1));
    }
}

void readLine(const QStringList& words, DataFile& data)
{
    const QString& keyword = words.first();
    if (keyword == QLatin1String("known"))
        data.known.append(words.mid(1));
    else if (keyword == QLatin1String("country"))
        readPairs(words, data.countries);
    else if (keyword == QLatin1String("calling"))
        readPairs(words, data.callingCodes);
    else
        for (qsizetype i = 1; i < words.size(); ++i)
            data.prefixes.insert(words.at(i), keyword);
}

DataFile readDataFile()
{
    initModelsResources();
    QFile file(QStringLiteral(":/leadscout/data/time-zones.txt"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError::unexpected(std::runtime_error("time-zones.txt missing from resources"));
    DataFile data;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            readLine(line.split(QLatin1Char(' '), Qt::SkipEmptyParts), data);
    }
    data.known.sort();
    data.known.removeDuplicates();
    return data;
}

const DataFile& dataFile()
{
    static const DataFile data = readDataFile();
    return data;
}

/// Inserts every pair of `values` into `table` (key, value), in key order: the same data always
/// gives the same file (demo stores are compared byte-wise).
void insertSorted(const QSqlDatabase& db, const QString& table, const QString& columns,
                  const QHash<QString, QString>& values)
{
    QStringList keys = values.keys();
    keys.sort();
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?)").arg(table, columns);
    for (const QString& key : keys)
        Sql::exec(db, sql, {key, values.value(key)});
}

} // namespace

QStringList knownZones()
{
    return dataFile().known;
}

QHash<QString, QString> countryZones()
{
    return dataFile().countries;
}

QHash<QString, QString> phonePrefixZones()
{
    const DataFile& data = dataFile();
    QHash<QString, QString> prefixes;
    for (auto it = data.callingCodes.cbegin(); it != data.callingCodes.cend(); ++it)
        if (const QString zone = data.countries.value(it.value()); !zone.isEmpty())
            prefixes.insert(it.key(), zone);
    for (auto it = data.prefixes.cbegin(); it != data.prefixes.cend(); ++it)
        prefixes.insert(it.key(), it.value());
    return prefixes;
}

void fillLookupTables(const QSqlDatabase& db)
{
    for (const QString& zone : knownZones())
        Sql::exec(db, QStringLiteral("INSERT INTO queue_time_zones (zone) VALUES (?)"), {zone});
    insertSorted(db, QStringLiteral("queue_phone_zones"), QStringLiteral("prefix, zone"),
                 phonePrefixZones());
    insertSorted(db, QStringLiteral("queue_country_zones"), QStringLiteral("country, zone"),
                 countryZones());
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
