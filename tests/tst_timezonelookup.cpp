#include "queue/TimeZoneData.h"
#include "store/Store.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The zones a store derives come from the shipped resources/data/time-zones.txt alone: the
// expected values below hold on every machine, whatever time-zone database it has.

namespace {

/// Writes the SQL dump tests/data/`fixture` into a new SQLite file at `path`.
void loadDump(const QString& fixture, const QString& path)
{
    QFile dump(QStringLiteral(LEADSCOUT_TEST_DATA "/") + fixture);
    QVERIFY2(dump.open(QIODevice::ReadOnly), qPrintable(fixture));
    const QString connection = QStringLiteral("dump");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const QStringList statements =
            QString::fromUtf8(dump.readAll()).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString& statement : statements)
            if (!statement.trimmed().isEmpty())
                Sql::exec(db, statement);
    }
    QSqlDatabase::removeDatabase(connection);
}

/// The (key, value) rows the dump `fixture` inserts into `table`.
QHash<QString, QString> dumpedRows(const QString& fixture, const QString& table)
{
    QFile dump(QStringLiteral(LEADSCOUT_TEST_DATA "/") + fixture);
    if (!dump.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression insert(
        QStringLiteral("^INSERT INTO %1 VALUES\\('([^']*)','([^']*)'\\);$").arg(table),
        QRegularExpression::MultilineOption);
    QHash<QString, QString> rows;
    for (auto it = insert.globalMatch(QString::fromUtf8(dump.readAll())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        rows.insert(match.captured(1), match.captured(2));
    }
    return rows;
}

QHash<QString, QString> storedRows(const Store& store, const QString& table, const QString& columns)
{
    QHash<QString, QString> rows;
    QSqlQuery query =
        Sql::exec(store.db(), QStringLiteral("SELECT %1 FROM %2").arg(columns, table));
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toString());
    return rows;
}

} // namespace

class TimeZoneLookupTest : public QObject
{
    Q_OBJECT

private slots:
    void countriesGetTheirShippedZone_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("zone");
        // Chosen by hand for countries with several zones.
        QTest::newRow("US") << QStringLiteral("US") << QStringLiteral("America/Chicago");
        QTest::newRow("AU") << QStringLiteral("AU") << QStringLiteral("Australia/Sydney");
        QTest::newRow("BR") << QStringLiteral("BR") << QStringLiteral("America/Sao_Paulo");
        // A name the tz database keeps only as a backward link (now Europe/Kyiv): a machine
        // without it still gets the shipped answer.
        QTest::newRow("UA") << QStringLiteral("UA") << QStringLiteral("Europe/Kiev");
        // From zone.tab, for countries with one zone.
        QTest::newRow("IE") << QStringLiteral("IE") << QStringLiteral("Europe/Dublin");
        QTest::newRow("IS") << QStringLiteral("IS") << QStringLiteral("Atlantic/Reykjavik");
        QTest::newRow("KE") << QStringLiteral("KE") << QStringLiteral("Africa/Nairobi");
        QTest::newRow("AQ (first zone of many)")
            << QStringLiteral("AQ") << QStringLiteral("Antarctica/Casey");
    }

    void countriesGetTheirShippedZone()
    {
        QFETCH(QString, country);
        QFETCH(QString, zone);
        QCOMPARE(TimeZoneData::countryZones().value(country), zone);
    }

    void phonePrefixesGetTheirShippedZone_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("zone");
        QTest::newRow("+49 Germany") << QStringLiteral("49") << QStringLiteral("Europe/Berlin");
        QTest::newRow("+1 by the US zone")
            << QStringLiteral("1") << QStringLiteral("America/Chicago");
        QTest::newRow("+1 212 New York")
            << QStringLiteral("1212") << QStringLiteral("America/New_York");
        QTest::newRow("+1 415 San Francisco")
            << QStringLiteral("1415") << QStringLiteral("America/Los_Angeles");
        QTest::newRow("+61 8 9 Perth")
            << QStringLiteral("6189") << QStringLiteral("Australia/Perth");
        QTest::newRow("+34 928 Canary Islands")
            << QStringLiteral("34928") << QStringLiteral("Atlantic/Canary");
        QTest::newRow("+380 Ukraine") << QStringLiteral("380") << QStringLiteral("Europe/Kiev");
        QTest::newRow("+262 Reunion") << QStringLiteral("262") << QStringLiteral("Indian/Reunion");
        QTest::newRow("+77 Kazakhstan") << QStringLiteral("77") << QStringLiteral("Asia/Almaty");
        // Kosovo has a calling code but no zone of its own in the data: no guess.
        QTest::newRow("+383 Kosovo") << QStringLiteral("383") << QStringLiteral("");
    }

    void phonePrefixesGetTheirShippedZone()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, zone);
        QCOMPARE(TimeZoneData::phonePrefixZones().value(prefix), zone);
    }

    void knownZonesAreTheShippedList()
    {
        const QStringList known = TimeZoneData::knownZones();
        QCOMPARE(known.size(), 458);
        QCOMPARE(known.first(), QStringLiteral("Africa/Abidjan"));
        QCOMPARE(known.last(), QStringLiteral("UTC-14:00"));
        QVERIFY(known.contains(QStringLiteral("Europe/Kyiv")));
        QVERIFY(known.contains(QStringLiteral("UTC+05:30")));
        QVERIFY(!known.contains(QStringLiteral("Mars/Olympus")));
        QCOMPARE(TimeZoneData::countryZones().size(), 247);
        QCOMPARE(TimeZoneData::phonePrefixZones().size(), 689);
    }

    void stepThreeDerivesTheExpectedZones()
    {
        // A version-2 store (before the call queue) upgraded here: step 3 creates and fills the
        // lookup tables and derives every lead's zone.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        loadDump(QStringLiteral("store-v2.sql"), path);
        if (QTest::currentTestFailed())
            return;
        const std::unique_ptr<Store> store = Store::open(path);
        QSqlQuery query = Sql::exec(store->db(), QStringLiteral("SELECT id, call_zone FROM leads"
                                                                " ORDER BY id"));
        QStringList zones;
        while (query.next())
            zones.append(query.value(1).toString());
        // 1: its own zone; 2: no phone, Ireland; 3: +49 89; 4: +44 20.
        QCOMPARE(zones,
                 (QStringList{QStringLiteral("Europe/Berlin"), QStringLiteral("Europe/Dublin"),
                              QStringLiteral("Europe/Berlin"), QStringLiteral("Europe/London")}));
        // A lead added later gets its zone from the same tables (trigger).
        Sql::exec(store->db(),
                  QStringLiteral("UPDATE leads SET phone_e164 = '+12125550100', country = 'US'"
                                 " WHERE id = 2"));
        QCOMPARE(
            Sql::scalar(store->db(), QStringLiteral("SELECT call_zone FROM leads WHERE id = 2"))
                .toString(),
            QStringLiteral("America/New_York"));
    }

    void stepThreeFillsTheSameTablesAsTheCheckedInStores()
    {
        // store-v4.sql was written by an earlier build on another machine; a store made here
        // must hold exactly the same lookup rows.
        QTemporaryDir dir;
        const std::unique_ptr<Store> store =
            Store::open(dir.filePath(QStringLiteral("new.sqlite")));
        const QString fixture = QStringLiteral("store-v4.sql");
        QCOMPARE(
            storedRows(*store, QStringLiteral("queue_phone_zones"), QStringLiteral("prefix, zone")),
            dumpedRows(fixture, QStringLiteral("queue_phone_zones")));
        QCOMPARE(storedRows(*store, QStringLiteral("queue_country_zones"),
                            QStringLiteral("country, zone")),
                 dumpedRows(fixture, QStringLiteral("queue_country_zones")));
        QCOMPARE(Sql::scalar(store->db(), QStringLiteral("SELECT count(*) FROM queue_time_zones"))
                     .toInt(),
                 int(TimeZoneData::knownZones().size()));
    }
};

QTEST_GUILESS_MAIN(TimeZoneLookupTest)
#include "tst_timezonelookup.moc"
