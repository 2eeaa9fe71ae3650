#include "RealImportColumns.h"
#include "import/CountryNames.h"
#include "import/ValueCleaning.h"

#include <QTest>

/// Country names and codes in English and German, unified to ISO alpha-2.
class TestCountryNames : public QObject
{
    Q_OBJECT

private slots:
    void unifies_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("code");
        const QList<std::pair<const char*, const char*>> rows = {
            {"Deutschland", "DE"},
            {"Germany", "DE"},
            {"DE", "DE"},
            {"de", "DE"},
            {"DEU", "DE"},
            {"BRD", "DE"},
            {"Bundesrepublik Deutschland", "DE"},
            {"D", "DE"},
            {" germany ", "DE"},
            {"Schweiz", "CH"},
            {"Switzerland", "CH"},
            {"CH", "CH"},
            {"CHE", "CH"},
            {"Suisse", "CH"},
            {"Österreich", "AT"},
            {"Oesterreich", "AT"},
            {"ÖSTERREICH", "AT"},
            {"Austria", "AT"},
            {"AUT", "AT"},
            {"USA", "US"},
            {"U.S.A.", "US"},
            {"US", "US"},
            {"Vereinigte Staaten", "US"},
            {"United States of America", "US"},
            {"United States", "US"},
            {"UK", "GB"},
            {"GB", "GB"},
            {"GBR", "GB"},
            {"Großbritannien", "GB"},
            {"Grossbritannien", "GB"},
            {"England", "GB"},
            {"Scotland", "GB"},
            {"United Kingdom", "GB"},
            {"Vereinigtes Königreich", "GB"},
            {"Niederlande", "NL"},
            {"Holland", "NL"},
            {"The Netherlands", "NL"},
            {"Frankreich", "FR"},
            {"Tschechien", "CZ"},
            {"Czech Republic", "CZ"},
            {"Spanien", "ES"},
            {"España", "ES"},
            {"Türkei", "TR"},
            {"Turkey", "TR"},
            {"Russland", "RU"},
            {"Russia", "RU"},
            {"Südafrika", "ZA"},
            {"South Africa", "ZA"},
            {"Japan", "JP"},
            {"India", "IN"},
            {"Indien", "IN"},
            {"Kanada", "CA"},
            {"Australien", "AU"},
            {"Vereinigte Arabische Emirate", "AE"},
            {"Bosnia-Herzegovina", "BA"},
            {"Liechtenstein", "LI"},
            {"Island", "IS"},
            {"Norwegen", "NO"},
            {"Germany (DE)", "DE"},
            {"Germany, Federal Republic of", "DE"},
            {"Korea, Republic of", "KR"},
            {"Swiss", "CH"},
            {"DE - Deutschland", "DE"},
            {"Mongolia", "MN"}, // not in the table: Qt's English name
            {"MN", "MN"}};
        for (const auto& [written, code] : rows)
            QTest::addRow("%s", written) << QString::fromUtf8(written) << QString::fromLatin1(code);
    }

    void unifies()
    {
        QFETCH(QString, written);
        QFETCH(QString, code);
        QCOMPARE(CountryNames::codeOf(written), code);
        const CleanedValue result = CountryNames::clean(written);
        QCOMPARE(result.value, code);
        QCOMPARE(result.outcome, CleanOutcome::Kept);
    }

    void flagsWhatItDoesNotKnow()
    {
        const CleanedValue result = CountryNames::clean(QStringLiteral("Atlantis"));
        QVERIFY(result.value.isEmpty());
        QCOMPARE(result.outcome, CleanOutcome::Flagged);
        QVERIFY(result.reason().contains(QStringLiteral("Atlantis")));
        QVERIFY(CountryNames::codeOf(QStringLiteral("XX")).isEmpty());
        QCOMPARE(CountryNames::clean(QString()).outcome, CleanOutcome::Kept);
    }

    void coversEuropeAndTheLargerMarkets()
    {
        const QStringList codes =
            QStringLiteral("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT "
                           "NL PL PT RO SK SI ES SE IS LI NO CH GB US CA AU JP CN IN "
                           "BR MX KR SG AE ZA TR")
                .split(QLatin1Char(' '));
        for (const QString& code : codes) {
            QVERIFY2(!CountryNames::englishName(code).isEmpty(), qPrintable(code));
            QVERIFY2(!CountryNames::germanName(code).isEmpty(), qPrintable(code));
            QCOMPARE(CountryNames::codeOf(CountryNames::englishName(code)), code);
            QCOMPARE(CountryNames::codeOf(CountryNames::germanName(code)), code);
        }
        QCOMPARE(CountryNames::germanName(QStringLiteral("ch")), QStringLiteral("Schweiz"));
    }

    void foldsKeys()
    {
        QCOMPARE(ValueCleaning::foldKey(QStringLiteral(" Österreich ")),
                 QStringLiteral("oesterreich"));
        QCOMPARE(ValueCleaning::foldKey(QStringLiteral("U.S.A.")), QStringLiteral("usa"));
        QCOMPARE(ValueCleaning::foldKey(QStringLiteral("Bosnia-Herzegovina")),
                 QStringLiteral("bosnia herzegovina"));
        QCOMPARE(ValueCleaning::foldKey(QStringLiteral("España")), QStringLiteral("espana"));
    }

    void realMauticCountries()
    {
        const QString file = QStringLiteral("mautic_10contacts.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        QStringList codes;
        for (const QString& cell : RealImports::column(file, QStringLiteral("country")))
            codes.append(CountryNames::codeOf(cell));
        QCOMPARE(codes.join(QLatin1Char(' ')), QStringLiteral("CH SE DE IN RU JP GB ZA GB GB"));
    }

    void realLxOfficeCountry()
    {
        // Lx-Office writes the vehicle code "D" for Germany.
        const QString file = QStringLiteral("tine20_importtest_lxoffice2.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("country"));
        QCOMPARE(cells.size(), 6);
        for (const QString& cell : cells)
            QCOMPARE(CountryNames::codeOf(cell), QStringLiteral("DE"));
    }

    void realMacExcelCountries()
    {
        const QString file = QStringLiteral("exceltorecords_leads.xlsx");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("Country"));
        QCOMPARE(cells.size(), 44);
        QCOMPARE(cells.count(QString()), 2);
        for (const QString& cell : cells)
            QCOMPARE(CountryNames::codeOf(cell), cell.isEmpty() ? QString() : QStringLiteral("US"));
    }
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
