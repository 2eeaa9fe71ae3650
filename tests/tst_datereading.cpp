#include "RealImportColumns.h"
#include "import/DateReading.h"

#include <QTest>

Q_DECLARE_METATYPE(DateStyle)

/// Dates per column: the column's style first, then each value in it.
class TestDateReading : public QObject
{
    Q_OBJECT

    static QStringList split(const char* values)
    {
        return QString::fromUtf8(values).split(QLatin1Char('|'));
    }

private slots:
    void detectsTheColumnStyle_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<DateStyle>("style");
        QTest::addRow("german") << "31.01.2025|01.02.2025|" << DateStyle::German;
        QTest::addRow("iso") << "2025-01-31|2025-02-01T10:00:00" << DateStyle::Iso;
        QTest::addRow("year first") << "2025/01/31|2025/02/01" << DateStyle::Iso;
        QTest::addRow("us") << "1/31/2025|2/1/2025|3/4/2025" << DateStyle::MonthFirst;
        QTest::addRow("uk") << "31/01/2025|01/02/2025|03/04/2025" << DateStyle::DayFirst;
        QTest::addRow("dashes day first") << "31-01-2025|03-04-2025" << DateStyle::DayFirst;
        QTest::addRow("undecided") << "03/04/2025|01/02/2025|05/05/2025" << DateStyle::Ambiguous;
        QTest::addRow("contradicting") << "31/01/2025|01/31/2025" << DateStyle::Ambiguous;
        QTest::addRow("serials") << "45688|45689.5|" << DateStyle::ExcelSerial;
        QTest::addRow("serials with text") << "45688|soon" << DateStyle::Unknown;
        QTest::addRow("nothing") << "|soon|" << DateStyle::Unknown;
        QTest::addRow("outlook empty dates") << "0.0.00|24.12.2017" << DateStyle::German;
    }

    void detectsTheColumnStyle()
    {
        QFETCH(QString, values);
        QFETCH(DateStyle, style);
        QCOMPARE(DateReading::detectStyle(values.split(QLatin1Char('|'))), style);
    }

    void reads_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<DateStyle>("style");
        QTest::addColumn<QString>("iso");
        const auto none = DateStyle::Unknown;
        QTest::addRow("german") << "31.01.2025" << none << "2025-01-31";
        QTest::addRow("german short") << "1.2.2025" << none << "2025-02-01";
        QTest::addRow("german spaced") << "31. 01. 2025" << none << "2025-01-31";
        QTest::addRow("german time") << "31.01.2025 14:30" << none << "2025-01-31T14:30:00";
        QTest::addRow("german two-digit year") << "01.01.99" << none << "1999-01-01";
        QTest::addRow("german this century") << "15.03.24" << none << "2024-03-15";
        QTest::addRow("iso") << "2025-01-31" << none << "2025-01-31";
        QTest::addRow("year first slashes") << "2025/01/31" << none << "2025-01-31";
        QTest::addRow("year first dots") << "2025.01.31 08:15" << none << "2025-01-31T08:15:00";
        QTest::addRow("iso time") << "2025-01-31T14:30:05" << none << "2025-01-31T14:30:05";
        QTest::addRow("iso space time") << "2025-01-31 14:30" << none << "2025-01-31T14:30:00";
        QTest::addRow("iso fraction zulu")
            << "2025-01-31T14:30:05.123Z" << none << "2025-01-31T14:30:05";
        QTest::addRow("us column") << "1/31/2025" << DateStyle::MonthFirst << "2025-01-31";
        QTest::addRow("us undecided in us column")
            << "3/4/2025" << DateStyle::MonthFirst << "2025-03-04";
        QTest::addRow("uk undecided in uk column")
            << "03/04/2025" << DateStyle::DayFirst << "2025-04-03";
        QTest::addRow("us pm") << "1/31/2025 2:30 PM" << DateStyle::MonthFirst
                               << "2025-01-31T14:30:00";
        QTest::addRow("us midnight")
            << "1/31/2025 12:00 AM" << DateStyle::MonthFirst << "2025-01-31T00:00:00";
        QTest::addRow("self-deciding day first")
            << "31/01/2025" << DateStyle::Ambiguous << "2025-01-31";
        QTest::addRow("same either way") << "05/05/2025" << DateStyle::Ambiguous << "2025-05-05";
        QTest::addRow("us long") << "September 15, 2014 5:59:48 PM" << none
                                 << "2014-09-15T17:59:48";
        QTest::addRow("english short month") << "Jan 31, 2025" << none << "2025-01-31";
        QTest::addRow("german month name") << "31. Januar 2025" << none << "2025-01-31";
        QTest::addRow("german maerz") << "3. März 2025" << none << "2025-03-03";
        QTest::addRow("day month year") << "31 Dec 2024" << none << "2024-12-31";
        QTest::addRow("dashed month name") << "31-Jan-2025" << none << "2025-01-31";
        QTest::addRow("weekday in front") << "Mon, 31 Jan 2025" << none << "2025-01-31";
        QTest::addRow("german weekday") << "Freitag, 31.01.2025" << none << "2025-01-31";
        QTest::addRow("serial") << "45688" << DateStyle::ExcelSerial << "2025-01-31";
        QTest::addRow("serial with time")
            << "45688.5" << DateStyle::ExcelSerial << "2025-01-31T12:00:00";
    }

    void reads()
    {
        QFETCH(QString, written);
        QFETCH(DateStyle, style);
        QFETCH(QString, iso);
        const ReadDate result = DateReading::read(written, style);
        QCOMPARE(result.iso(), iso);
        QCOMPARE(result.outcome, CleanOutcome::Kept);
    }

    void readsThe1904System()
    {
        QCOMPARE(DateReading::read(QStringLiteral("44226"), DateStyle::ExcelSerial, true).iso(),
                 QStringLiteral("2025-01-31"));
    }

    void keepsTheOffset()
    {
        const ReadDate result =
            DateReading::read(QStringLiteral("2021-02-04 07:55:20 +0000"), DateStyle::Iso);
        QCOMPARE(result.iso(), QStringLiteral("2021-02-04T07:55:20"));
        QCOMPARE(result.utcOffsetSeconds, std::optional<int>(0));
        QCOMPARE(DateReading::read(QStringLiteral("2025-01-31T09:00:00+01:00"), DateStyle::Iso)
                     .utcOffsetSeconds,
                 std::optional<int>(3600));
        QVERIFY(!DateReading::read(QStringLiteral("2025-01-31"), DateStyle::Iso).utcOffsetSeconds);
    }

    void flagsWhatCouldBeReadTwoWays()
    {
        for (const DateStyle style : {DateStyle::Ambiguous, DateStyle::Unknown}) {
            const ReadDate result = DateReading::read(QStringLiteral("03/04/2025"), style);
            QVERIFY(!result.date.isValid());
            QCOMPARE(result.outcome, CleanOutcome::Flagged);
            QVERIFY2(result.reason().contains(QStringLiteral("day/month or month/day")),
                     qPrintable(result.reason()));
        }
        // The column decides: each value of an undecided column is flagged, none guessed.
        const QStringList column = split("03/04/2025|01/02/2025|05/05/2025");
        const DateStyle style = DateReading::detectStyle(column);
        QCOMPARE(DateReading::read(column.at(0), style).outcome, CleanOutcome::Flagged);
        QCOMPARE(DateReading::read(column.at(1), style).outcome, CleanOutcome::Flagged);
        QCOMPARE(DateReading::read(column.at(2), style).iso(), QStringLiteral("2025-05-05"));
        // One deciding value settles the whole column.
        const QStringList decided = split("03/04/2025|01/02/2025|13/02/2025");
        const DateStyle dayFirst = DateReading::detectStyle(decided);
        QCOMPARE(DateReading::read(decided.at(0), dayFirst).iso(), QStringLiteral("2025-04-03"));
    }

    void rejectsWithTheReason_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<DateStyle>("style");
        QTest::addColumn<QString>("why");
        QTest::addRow("no such day") << "31.02.2025" << DateStyle::German << "no day";
        QTest::addRow("month thirteen iso") << "2025-13-01" << DateStyle::Iso << "no day";
        QTest::addRow("us no such day") << "2/30/2025" << DateStyle::MonthFirst << "no day";
        QTest::addRow("bad time") << "31.01.2025 25:00" << DateStyle::German << "no day";
        QTest::addRow("number in a date column")
            << "45688" << DateStyle::German << "a number, not a date";
        QTest::addRow("amount") << "1.234,56" << DateStyle::German << "not a date";
        QTest::addRow("words") << "next week" << DateStyle::German << "not a date";
        QTest::addRow("unknown month") << "31. Foo 2025" << DateStyle::German << "not a date";
    }

    void rejectsWithTheReason()
    {
        QFETCH(QString, written);
        QFETCH(DateStyle, style);
        QFETCH(QString, why);
        const ReadDate result = DateReading::read(written, style);
        QVERIFY(!result.date.isValid());
        QCOMPARE(result.outcome, CleanOutcome::Rejected);
        QVERIFY2(result.reason().contains(why), qPrintable(result.reason()));
    }

    void readsEmptyDatesAsEmpty()
    {
        for (const char* empty : {"", "  ", "0.0.00", "00.00.0000", "n/a", "-", "k.A."}) {
            const ReadDate result =
                DateReading::read(QString::fromLatin1(empty), DateStyle::German);
            QVERIFY(!result.date.isValid());
            QCOMPARE(result.outcome, CleanOutcome::Kept);
        }
    }

    void realSubscriberTimes()
    {
        const QString file = QStringLiteral("ghost-migrate_curated_subscribers.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("Subscribed at"));
        QCOMPARE(cells.size(), 20);
        const DateStyle style = DateReading::detectStyle(cells);
        QCOMPARE(style, DateStyle::Iso);
        QCOMPARE(DateReading::read(cells.first(), style).iso(),
                 QStringLiteral("2021-02-04T07:55:20"));
        for (const QString& cell : cells)
            QVERIFY2(DateReading::read(cell, style).date.isValid(), qPrintable(cell));
    }

    void realX2crmLongDates()
    {
        const QString file = QStringLiteral("x2crm_lineendings-contacts.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        const QStringList cells = RealImports::column(file, QStringLiteral("leadDate"));
        QCOMPARE(cells.size(), 3);
        QCOMPARE(DateReading::read(cells.first(), DateReading::detectStyle(cells)).iso(),
                 QStringLiteral("2014-09-04T00:00:00"));
    }

    void realMacBirthday()
    {
        const QString file = QStringLiteral("tine20_adb_mac_import_de_tab.csv");
        if (!RealImports::available(file))
            QSKIP("../shared/testdata is not beside this checkout");
        CsvReader reader;
        QVERIFY(reader.open(RealImports::path(file)));
        ImportRow row;
        QCOMPARE(reader.next(row), ImportSource::Row);
        QVERIFY(row.cells.contains(QStringLiteral("01.01.99")));
        QCOMPARE(DateReading::read(QStringLiteral("01.01.99"), DateStyle::German).iso(),
                 QStringLiteral("1999-01-01"));
    }
};

QTEST_GUILESS_MAIN(TestDateReading)
#include "tst_datereading.moc"
