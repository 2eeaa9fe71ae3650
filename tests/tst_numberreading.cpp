#include "import/NumberReading.h"

#include <QTest>

Q_DECLARE_METATYPE(NumberStyle)

/// Amounts and employee counts in both number styles.
class TestNumberReading : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<NumberStyle>("style");
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("currency");
        const auto none = NumberStyle::Unknown;
        QTest::addRow("german") << "1.234.567,89" << none << 1234567.89 << "";
        QTest::addRow("english") << "1,234,567.89" << none << 1234567.89 << "";
        QTest::addRow("spaces") << "1 234 567" << none << 1234567.0 << "";
        QTest::addRow("narrow no-break")
            << QStringLiteral("1\u202F234\u202F567") << none << 1234567.0 << "";
        QTest::addRow("swiss") << "1'234'567" << none << 1234567.0 << "";
        QTest::addRow("swiss decimals") << "1'234.50" << none << 1234.5 << "";
        QTest::addRow("swiss typographic")
            << QStringLiteral("1\u2019234\u2019567") << none << 1234567.0 << "";
        QTest::addRow("german millions") << "2,5 Mio" << none << 2500000.0 << "";
        QTest::addRow("german millions dot") << "2,5 Mio." << none << 2500000.0 << "";
        QTest::addRow("english millions") << "2.5M" << none << 2500000.0 << "";
        QTest::addRow("billions") << "1,2 Mrd. EUR" << none << 1.2e9 << "EUR";
        QTest::addRow("thousands k") << "10k" << none << 10000.0 << "";
        QTest::addRow("thousands Tsd") << "250 Tsd." << none << 250000.0 << "";
        QTest::addRow("euro before") << "€ 1.200" << NumberStyle::DecimalComma << 1200.0 << "EUR";
        QTest::addRow("euro after") << "1.200,50 €" << none << 1200.5 << "EUR";
        QTest::addRow("code after") << "1200 EUR" << none << 1200.0 << "EUR";
        QTest::addRow("dollars") << "$2,500,000" << none << 2500000.0 << "USD";
        QTest::addRow("pounds") << "£1.5m" << none << 1500000.0 << "GBP";
        QTest::addRow("francs") << "CHF 1'500" << none << 1500.0 << "CHF";
        QTest::addRow("plain") << "1234" << none << 1234.0 << "";
        QTest::addRow("decimal comma") << "2,5" << none << 2.5 << "";
        QTest::addRow("decimal point") << "2.5" << none << 2.5 << "";
        QTest::addRow("leading zero") << "0,125" << none << 0.125 << "";
        QTest::addRow("long before mark") << "1234,567" << none << 1234.567 << "";
        QTest::addRow("negative") << "-1.234,5" << none << -1234.5 << "";
        QTest::addRow("ambiguous german column")
            << "1.234" << NumberStyle::DecimalComma << 1234.0 << "";
        QTest::addRow("ambiguous english column")
            << "1.234" << NumberStyle::DecimalPoint << 1.234 << "";
        QTest::addRow("comma in english column")
            << "1,234" << NumberStyle::DecimalPoint << 1234.0 << "";
        QTest::addRow("comma in german column")
            << "1,234" << NumberStyle::DecimalComma << 1.234 << "";
        QTest::addRow("about") << "ca. 500" << none << 500.0 << "";
        QTest::addRow("tilde") << "~ 200" << none << 200.0 << "";
        QTest::addRow("trailing minus") << "1.234,50-" << none << -1234.5 << "";
        QTest::addRow("accounting negative") << "(1.234,00)" << none << -1234.0 << "";
        QTest::addRow("thousand euros") << "500 T€" << none << 500000.0 << "EUR";
        QTest::addRow("code before millions") << "USD 2.5bn" << none << 2.5e9 << "USD";
        QTest::addRow("value beats column")
            << "1.234,5" << NumberStyle::DecimalPoint << 1234.5 << "";
    }

    void reads()
    {
        QFETCH(QString, written);
        QFETCH(NumberStyle, style);
        QFETCH(double, number);
        QFETCH(QString, currency);
        const ReadNumber result = NumberReading::read(written, style);
        QVERIFY2(result.number.has_value(), qPrintable(result.reason()));
        QCOMPARE(*result.number, number);
        QCOMPARE(result.currency, currency);
        QCOMPARE(result.outcome, CleanOutcome::Kept);
    }

    void flagsWhatTheColumnDoesNotDecide()
    {
        for (const char* written : {"1.234", "1,234", "€ 12.500"}) {
            const ReadNumber result = NumberReading::read(QString::fromUtf8(written));
            QVERIFY2(!result.number, written);
            QCOMPARE(result.outcome, CleanOutcome::Flagged);
            QVERIFY(result.reason().contains(QStringLiteral("decimal mark")));
        }
    }

    void rejectsWhatIsNoNumber_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("why");
        QTest::addRow("german date") << "31.01.2025"
                                     << "date";
        QTest::addRow("short german date") << "1.2.25"
                                           << "date";
        QTest::addRow("iso date") << "2025-01-31"
                                  << "date";
        QTest::addRow("words") << "about a million"
                               << "not a number";
        QTest::addRow("bad grouping") << "1.23.456"
                                      << "not a number";
        QTest::addRow("two decimal marks") << "1,234,56.7,8"
                                           << "not a number";
    }

    void rejectsWhatIsNoNumber()
    {
        QFETCH(QString, written);
        QFETCH(QString, why);
        const ReadNumber result = NumberReading::read(written, NumberStyle::DecimalComma);
        QVERIFY(!result.number);
        QCOMPARE(result.outcome, CleanOutcome::Rejected);
        QVERIFY2(result.reason().contains(why), qPrintable(result.reason()));
    }

    void detectsTheColumnStyle()
    {
        const auto detect = [](const char* values) {
            return NumberReading::detectStyle(QString::fromUtf8(values).split(QLatin1Char('|')));
        };
        QCOMPARE(detect("1.234|2,5|17"), NumberStyle::DecimalComma);
        QCOMPARE(detect("1.234|1.234.567|"), NumberStyle::DecimalComma);
        QCOMPARE(detect("1,234|3.75|12"), NumberStyle::DecimalPoint);
        QCOMPARE(detect("1,234|1,234,567"), NumberStyle::DecimalPoint);
        QCOMPARE(detect("1.234|5.678|12"), NumberStyle::Unknown);
        QCOMPARE(detect("31.01.2025|1.234"), NumberStyle::Unknown);
        QCOMPARE(detect("1.234,5|2,5|1.5"), NumberStyle::DecimalComma);
        QCOMPARE(detect(""), NumberStyle::Unknown);
        QCOMPARE(NumberReading::styleOf(QStringLiteral("1.234")), NumberStyle::Unknown);
        QCOMPARE(NumberReading::styleOf(QStringLiteral("0.234")), NumberStyle::DecimalPoint);
    }

    void readsCounts_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<double>("number");
        QTest::addColumn<int>("outcome");
        const int kept = int(CleanOutcome::Kept), flagged = int(CleanOutcome::Flagged);
        QTest::addRow("plain") << "250" << 250.0 << kept;
        QTest::addRow("grouped") << "12.500" << 12500.0 << kept;
        QTest::addRow("thousands") << "2,5 Tsd" << 2500.0 << kept;
        QTest::addRow("k") << "10k" << 10000.0 << kept;
        QTest::addRow("range") << "50-200" << 125.0 << flagged;
        QTest::addRow("range spaced dash") << QStringLiteral("50 – 200") << 125.0 << flagged;
        QTest::addRow("range bis") << "10 bis 49" << 30.0 << flagged;
        QTest::addRow("range grouped") << "1.000-5.000" << 3000.0 << flagged;
        QTest::addRow("range k") << "1k-5k" << 3000.0 << flagged;
        QTest::addRow("open plus") << "500+" << 500.0 << flagged;
        QTest::addRow("open greater") << "> 1000" << 1000.0 << flagged;
        QTest::addRow("open ueber") << "über 1.000" << 1000.0 << flagged;
        QTest::addRow("open below") << "< 10" << 10.0 << flagged;
        QTest::addRow("fraction") << "12,5" << 13.0 << flagged;
    }

    void readsCounts()
    {
        QFETCH(QString, written);
        QFETCH(double, number);
        QFETCH(int, outcome);
        const ReadNumber result = NumberReading::readCount(written, NumberStyle::DecimalComma);
        QVERIFY2(result.number.has_value(), qPrintable(result.reason()));
        QCOMPARE(*result.number, number);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(result.currency.isEmpty());
    }

    void readsPlaceholdersAsEmpty()
    {
        for (const char* empty :
             {"n/a", "N/A", "-", "--", "k.A.", "keine Angabe", "unbekannt", "?"}) {
            const ReadNumber result = NumberReading::read(QString::fromUtf8(empty));
            QVERIFY2(!result.number, empty);
            QCOMPARE(result.outcome, CleanOutcome::Kept);
            QVERIFY(!NumberReading::readCount(QString::fromUtf8(empty)).number);
        }
        QVERIFY(NumberReading::read(QStringLiteral("12%")).rejected());
    }

    void readsCountsWithAWordForPeople()
    {
        QCOMPARE(*NumberReading::readCount(QStringLiteral("250 Mitarbeiter")).number, 250.0);
        QCOMPARE(*NumberReading::readCount(QStringLiteral("50-200 Mitarbeiter")).number, 125.0);
        QCOMPARE(
            *NumberReading::readCount(QStringLiteral("1,200 employees"), NumberStyle::DecimalPoint)
                 .number,
            1200.0);
        QCOMPARE(*NumberReading::readCount(QStringLiteral("35 MA")).number, 35.0);
        QVERIFY(NumberReading::readCount(QStringLiteral("Firma")).rejected());
    }

    void saysWhatItDidWithARange()
    {
        const ReadNumber range = NumberReading::readCount(QStringLiteral("50-200"));
        QVERIFY2(range.reason().contains(QStringLiteral("midpoint 125")),
                 qPrintable(range.reason()));
        const ReadNumber reversed = NumberReading::readCount(QStringLiteral("200-50"));
        QCOMPARE(reversed.outcome, CleanOutcome::Rejected);
        QVERIFY(NumberReading::readCount(QStringLiteral("viele")).rejected());
        QVERIFY(NumberReading::readCount(QStringLiteral("31.01.2025")).rejected());
        QVERIFY(!NumberReading::readCount(QString()).number);
        QCOMPARE(NumberReading::readCount(QString()).outcome, CleanOutcome::Kept);
    }
};

QTEST_GUILESS_MAIN(TestNumberReading)
#include "tst_numberreading.moc"
