#include "StrictCsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// The tests' own RFC 4180 reader, checked against public conformance files (csv-spectrum,
/// csv-test-data, csvkit) so that it can be trusted to judge what LeadScout writes.
class TestStrictCsvReader : public QObject
{
    Q_OBJECT

    const QString m_root = QStringLiteral(LEADSCOUT_SHARED_TESTDATA "/csv-conformance");

    static StrictCsvReader::Options lenient()
    {
        StrictCsvReader::Options options;
        options.requireCrlf = false;
        return options;
    }

    static QJsonDocument json(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll());
    }

    static QStringList strings(const QJsonArray& array)
    {
        QStringList list;
        for (const QJsonValue& value : array)
            list.append(value.toString());
        return list;
    }

    // Expected records from an array of objects keyed by the header (csv-spectrum style).
    static QList<QStringList> fromObjects(const QStringList& header, const QJsonArray& objects)
    {
        QList<QStringList> records{header};
        for (const QJsonValue& value : objects) {
            QStringList record;
            for (const QString& name : header)
                record.append(value.toObject().value(name).toString());
            records.append(record);
        }
        return records;
    }

private slots:
    void csvSpectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(m_root + QStringLiteral("/csv-spectrum/csvs"))
                                      .entryList({QStringLiteral("*.csv")});
        QVERIFY(files.size() >= 12);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void csvSpectrum()
    {
        QFETCH(QString, name);
        const auto result = StrictCsvReader::parseFile(
            m_root + QStringLiteral("/csv-spectrum/csvs/%1.csv").arg(name), lenient());
        if (name == QLatin1String("location_coordinates")) {
            // 37°36'37.8"N in an unquoted field: RFC 4180 (2.5) forbids quotes there; lenient
            // readers keep them, a strict one must refuse and say where.
            QVERIFY(!result.ok);
            QCOMPARE(result.error, QStringLiteral("record 2, field 2, line 2: a quote inside an "
                                                  "unquoted field"));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonDocument expected =
            json(m_root + QStringLiteral("/csv-spectrum/json/%1.json").arg(name));
        const QJsonArray objects =
            expected.isArray() ? expected.array() : QJsonArray{expected.object()};
        const QList<QStringList> want = fromObjects(result.records.first(), objects);
        QCOMPARE(result.records.size(), want.size());
        for (qsizetype r = 0; r < want.size(); ++r)
            QCOMPARE(result.records.at(r), want.at(r));
    }

    void csvTestData_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files = QDir(m_root + QStringLiteral("/csv-test-data/csv"))
                                      .entryList({QStringLiteral("*.csv")});
        QVERIFY(files.size() >= 25);
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void csvTestData()
    {
        QFETCH(QString, name);
        const auto result = StrictCsvReader::parseFile(
            m_root + QStringLiteral("/csv-test-data/csv/%1.csv").arg(name), lenient());
        const QStringList header{QStringLiteral("foo"), QStringLiteral("bar"),
                                 QStringLiteral("baz")};
        if (name.startsWith(QLatin1String("bad-"))) {
            // Invalid CSV must be reported; a well-formed file with the wrong header (or none)
            // must fail the header check the header-* files are defined by.
            const bool reported =
                !result.ok || result.records.isEmpty() || result.records.first() != header;
            QVERIFY2(reported, qPrintable(name));
            if (name.contains(QLatin1String("quote")) || name.contains(QLatin1String("fields")))
                QVERIFY2(!result.ok && !result.error.isEmpty(), qPrintable(name));
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        const QJsonDocument expected =
            json(m_root + QStringLiteral("/csv-test-data/json/%1.json").arg(name));
        QList<QStringList> want;
        const QJsonArray array = expected.array();
        if (name.startsWith(QLatin1String("header-"))) {
            QCOMPARE(result.records.first(), header);
            want = fromObjects(header, array);
        } else {
            for (const QJsonValue& value : array)
                want.append(strings(value.toArray()));
        }
        QCOMPARE(result.records, want);
    }

    void csvkitExamples()
    {
        const QString dir = m_root + QStringLiteral("/csvkit-examples/");
        const QJsonObject expected = json(dir + QStringLiteral("expected.json")).object();
        for (const QString& name :
             {QStringLiteral("test_utf8_bom.csv"), QStringLiteral("test_utf8.csv"),
              QStringLiteral("mac_newlines.csv"), QStringLiteral("null_byte.csv")}) {
            const auto result = StrictCsvReader::parseFile(dir + name, lenient());
            QVERIFY2(result.ok, qPrintable(name + QLatin1String(": ") + result.error));
            QList<QStringList> want;
            for (const QJsonValue& row : expected.value(name)[QLatin1String("rows")].toArray())
                want.append(strings(row.toArray()));
            if (name == QLatin1String("mac_newlines.csv"))
                want[2][0] = QStringLiteral("Once upon\ra time"); // a raw parser keeps the CR
            QCOMPARE(result.records, want);
            QCOMPARE(result.hadBom, name == QLatin1String("test_utf8_bom.csv"));
        }
        const auto latin1 =
            StrictCsvReader::parseFile(dir + QStringLiteral("test_latin1.csv"), lenient());
        QVERIFY(!latin1.ok);
        QVERIFY(latin1.error.contains(QLatin1String("UTF-8")));
        for (const QString& name :
             {QStringLiteral("test_utf16_little.csv"), QStringLiteral("test_utf16_big.csv")}) {
            const auto utf16 = StrictCsvReader::parseFile(dir + name, lenient());
            QVERIFY(!utf16.ok);
            QVERIFY(utf16.error.contains(QLatin1String("UTF-16")));
        }
        const auto bad = StrictCsvReader::parseFile(dir + QStringLiteral("bad.csv"), lenient());
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(QLatin1String("record 2 has 4 fields")), qPrintable(bad.error));
    }

    void strictModeWantsCrlf()
    {
        StrictCsvReader::Options strict;
        const QString spectrum = m_root + QStringLiteral("/csv-spectrum/csvs/");
        const auto lf = StrictCsvReader::parseFile(spectrum + QStringLiteral("simple.csv"), strict);
        QVERIFY(!lf.ok);
        QVERIFY(lf.error.contains(QLatin1String("bare LF")));
        for (const QString& name :
             {QStringLiteral("simple_crlf.csv"), QStringLiteral("newlines_crlf.csv")}) {
            const auto crlf = StrictCsvReader::parseFile(spectrum + name, strict);
            QVERIFY2(crlf.ok, qPrintable(crlf.error));
        }
        const auto newlines =
            StrictCsvReader::parseFile(spectrum + QStringLiteral("newlines_crlf.csv"), strict);
        QCOMPARE(newlines.records.at(2).at(0), QStringLiteral("Once upon \r\na time"));
        // A lone CR at the end (empty_crlf.csv) is not a CRLF line end.
        QVERIFY(
            !StrictCsvReader::parseFile(spectrum + QStringLiteral("empty_crlf.csv"), strict).ok);
    }

    void refusesWhatRfc4180Forbids_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("quote in unquoted")
            << QByteArray("a,b\r\nx,y\"z\r\n") << QStringLiteral("quote inside");
        QTest::newRow("text after quote")
            << QByteArray("a,b\r\n\"x\"y,z\r\n") << QStringLiteral("follows the closing");
        QTest::newRow("unclosed quote")
            << QByteArray("a,b\r\n\"x,z\r\n") << QStringLiteral("closing quote is missing");
        QTest::newRow("ragged") << QByteArray("a,b\r\n1,2,3\r\n")
                                << QStringLiteral("record 2 has 3 fields");
        QTest::newRow("bare CR") << QByteArray("a,b\r1,2\r\n") << QStringLiteral("bare CR");
        QTest::newRow("no BOM") << QByteArray("a,b\r\n") << QStringLiteral("byte-order mark");
    }

    void refusesWhatRfc4180Forbids()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        StrictCsvReader::Options options;
        options.requireBom = error.contains(QLatin1String("byte-order"));
        const auto result = StrictCsvReader::parse(bytes, options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void readsSemicolonsAndEmbeddedLineEnds()
    {
        StrictCsvReader::Options options;
        options.delimiter = QLatin1Char(';');
        options.requireBom = true;
        const auto result =
            StrictCsvReader::parse(QByteArray("\xEF\xBB\xBF"
                                              "a;\"b;\"\"c\"\"\r\nd\";\r\n\"\";'=1;\r\n"),
                                   options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.records.size(), 2);
        QCOMPARE(result.records.at(0),
                 QStringList({QStringLiteral("a"), QStringLiteral("b;\"c\"\r\nd"), QString()}));
        QCOMPARE(result.records.at(1), QStringList({QString(), QStringLiteral("'=1"), QString()}));
    }
};

QTEST_GUILESS_MAIN(TestStrictCsvReader)
#include "tst_strictcsvreader.moc"
