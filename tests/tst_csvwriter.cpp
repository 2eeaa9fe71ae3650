#include "StrictCsvReader.h"
#include "export/CsvWriter.h"
#include "export/ExportError.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

/// The CSV writer: RFC 4180 quoting, BOM, CRLF, and OWASP formula neutralisation.
class TestCsvWriter : public QObject
{
    Q_OBJECT

    static QByteArray written(const QList<QStringList>& rows, QChar delimiter,
                              const QList<bool>& numeric = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer, {delimiter, true});
        for (const QStringList& row : rows)
            writer.writeRow(row, numeric);
        writer.flush();
        return buffer.data();
    }

private slots:
    void encodesFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << "Anna"
                               << ","
                               << "Anna";
        QTest::newRow("comma") << "Müller, jr."
                               << ","
                               << "\"Müller, jr.\"";
        QTest::newRow("comma with ;") << "Müller, jr."
                                      << ";"
                                      << "\"Müller, jr.\"";
        // A spreadsheet may split on another delimiter than the file's: the formula after it
        // must stay inside the quoted cell.
        QTest::newRow("semicolon formula in a comma file") << "Acme;=cmd|' /C calc'!A0"
                                                           << ","
                                                           << "\"Acme;=cmd|' /C calc'!A0\"";
        QTest::newRow("comma formula in a semicolon file") << "Beta,=1+2"
                                                           << ";"
                                                           << "\"Beta,=1+2\"";
        QTest::newRow("tab formula") << "x\t=1+2"
                                     << ","
                                     << "\"x\t=1+2\"";
        QTest::newRow("semicolon with ;") << "a;b"
                                          << ";"
                                          << "\"a;b\"";
        QTest::newRow("quote") << "Head of \"Digital\""
                               << ","
                               << "\"Head of \"\"Digital\"\"\"";
        QTest::newRow("LF") << "a\nb"
                            << ","
                            << "\"a\nb\"";
        QTest::newRow("CRLF") << "a\r\nb"
                              << ","
                              << "\"a\r\nb\"";
        QTest::newRow("apostrophe inside") << "O'Brien"
                                           << ","
                                           << "O'Brien";
        QTest::newRow("empty") << ""
                               << ","
                               << "";
    }

    void encodesFields()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeField(text, delimiter.at(0)), encoded);
    }

    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("=") << "=HYPERLINK(\"http://x\",\"y\")"
                           << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("+") << "+SUM(A1:A9)"
                           << "'+SUM(A1:A9)";
        QTest::newRow("-") << "-2+3"
                           << "'-2+3";
        QTest::newRow("@") << "@Acme"
                           << "'@Acme";
        QTest::newRow("tab") << "\tx"
                             << "\"'\tx\"";
        QTest::newRow("CR") << "\rx"
                            << "\"'\rx\"";
        QTest::newRow("E.164 phone") << "+4930901820"
                                     << "'+4930901820";
        QTest::newRow("phone as written") << "+49 30 901820"
                                          << "'+49 30 901820";
        QTest::newRow("inner = is fine") << "a=b"
                                         << "a=b";
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::looksLikeFormula(text), !text.startsWith(QLatin1Char('a')));
        QCOMPARE(CsvWriter::encodeField(text, QLatin1Char(',')), encoded);
    }

    void numbersTheProgramFormattedStayNumbers()
    {
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("-5"), QLatin1Char(','), true),
                 QStringLiteral("-5"));
        QCOMPARE(CsvWriter::encodeField(QStringLiteral("-5"), QLatin1Char(',')),
                 QStringLiteral("'-5"));
    }

    void writesBomCrlfAndReadsBackStrictly()
    {
        const QList<QStringList> rows{{QStringLiteral("Name"), QStringLiteral("Note")},
                                      {QStringLiteral("Jörg 😎"), QStringLiteral("a\r\nb\"c\"")}};
        const QByteArray bytes = written(rows, QLatin1Char(','));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Name,Note\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        StrictCsvReader::Options strict;
        strict.requireBom = true;
        const auto result = StrictCsvReader::parse(bytes, strict);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.records, rows);
    }

    void randomFieldsRoundTrip()
    {
        // Every character that matters to CSV, in random order and length, both delimiters.
        const QStringList alphabet =
            QStringLiteral("a b , ; \" \r \n \t = + - @ ' ü ß 😎").split(QLatin1Char(' '));
        QRandomGenerator random(20261123);
        for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            QList<QStringList> rows;
            for (int r = 0; r < 200; ++r) {
                QStringList row;
                for (int c = 0; c < 5; ++c) {
                    QString field;
                    const int length = random.bounded(12);
                    for (int i = 0; i < length; ++i)
                        field.append(random.bounded(8) == 0
                                         ? QStringLiteral(" ")
                                         : alphabet.at(random.bounded(int(alphabet.size()))));
                    row.append(field);
                }
                rows.append(row);
            }
            StrictCsvReader::Options strict;
            strict.delimiter = delimiter;
            strict.requireBom = true;
            const auto result = StrictCsvReader::parse(written(rows, delimiter), strict);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.records.size(), rows.size());
            for (qsizetype r = 0; r < rows.size(); ++r)
                for (qsizetype c = 0; c < 5; ++c) {
                    const QString& original = rows.at(r).at(c);
                    const QString expected = CsvWriter::looksLikeFormula(original)
                                                 ? QLatin1Char('\'') + original
                                                 : original;
                    QCOMPARE(result.records.at(r).at(c), expected);
                }
        }
    }

    void reportsAFullDevice()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly); // refuses every write, as a full disk would
        CsvWriter writer(buffer, {});
        writer.writeRow({QStringLiteral("a")});
        QVERIFY_THROWS_EXCEPTION(ExportError, writer.flush());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
