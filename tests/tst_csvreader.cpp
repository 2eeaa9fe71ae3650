#include "import/CsvReader.h"
#include "import/CsvSniffer.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Reading
{
    bool opened = false;
    QStringList header;
    QList<ImportRow> rows;
    QList<ImportProblem> problems;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;

    QList<QStringList> records() const
    {
        QList<QStringList> records;
        for (const ImportRow& row : rows)
            records.append(row.cells);
        return records;
    }
};

Reading read(const QByteArray& bytes, const CsvOptions& options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Reading reading;
    CsvReader reader(options);
    reading.opened = reader.open(&buffer);
    reading.encoding = reader.encoding();
    reading.delimiter = reader.delimiter();
    reading.header = reader.header();
    if (!reading.opened) {
        reading.problems.append(reader.problem());
        return reading;
    }
    ImportRow row;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;) {
        if (step == ImportSource::Row)
            reading.rows.append(row);
        else
            reading.problems.append(reader.problem());
    }
    return reading;
}

CsvOptions noHeader()
{
    CsvOptions options;
    options.hasHeader = false;
    return options;
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF), high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

const QString germanText = u"Name;Stadt;Preis\r\nMüller;Köln;5 €\r\n„Straße“;Zürich;\r\n"_s;
const QList<QStringList> germanRecords = {{u"Müller"_s, u"Köln"_s, u"5 €"_s},
                                          {u"„Straße“"_s, u"Zürich"_s, QString()}};

} // namespace

/// The CSV reader's rules one by one: encodings and delimiters detected and overridden, RFC 4180
/// quoting, line endings, blank lines, what it reports with row and line, and flat memory.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void encodingOverride();
    void invalidUtf8AfterTheSample();
    void characterSplitBetweenBlocks();
    void fileEndsInsideACharacter();
    void windows1252Table();
    void encodingNames();
    void utf8Validation();
    void delimiters_data();
    void delimiters();
    void delimiterDetectionIgnoresQuotedText();
    void delimiterOverride();
    void quoting();
    void lineEndings();
    void noFinalNewline();
    void blankLines();
    void unterminatedQuote();
    void strayQuoteIsReportedAndReadingGoesOn();
    void textAfterClosingQuote();
    void runawayRecord();
    void emptyAndMissingFiles();
    void memoryStaysFlat();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QByteArray cp1252;
    for (const QChar c : germanText)
        cp1252.append(c == u'€'   ? '\x80'
                      : c == u'„' ? '\x84'
                      : c == u'“' ? '\x93'
                                  : char(c.unicode()));
    QTest::newRow("UTF-8") << germanText.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + germanText.toUtf8() << TextEncoding::Utf8;
    QTest::newRow("UTF-16LE") << utf16(germanText, true) << TextEncoding::Utf16LE;
    QTest::newRow("UTF-16BE") << utf16(germanText, false) << TextEncoding::Utf16BE;
    QTest::newRow("Windows-1252") << cp1252 << TextEncoding::Windows1252;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    const Reading reading = read(bytes);
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.encoding, encoding);
    QCOMPARE(reading.delimiter, QChar(u';'));
    QCOMPARE(reading.header, QStringList({u"Name"_s, u"Stadt"_s, u"Preis"_s}));
    QCOMPARE(reading.records(), germanRecords);
}

void TestCsvReader::encodingOverride()
{
    CsvOptions options;
    options.encoding = TextEncoding::Windows1252;
    const Reading asCp1252 = read(germanText.toUtf8(), options);
    QCOMPARE(asCp1252.encoding, TextEncoding::Windows1252);
    QCOMPARE(asCp1252.rows[0].cells[0], u"MÃ¼ller"_s);

    options.encoding = TextEncoding::Latin1;
    QCOMPARE(read("a\n\x80\xE9\n", options).rows[0].cells[0], u"\u0080é"_s);

    // UTF-8 chosen for Windows-1252 bytes: reported where the first bad byte is, not mangled.
    options.encoding = TextEncoding::Utf8;
    const Reading wrong = read("Name\nMaier\nM\xFCller\nKunz\n", options);
    QCOMPARE(wrong.records(), QList<QStringList>({{u"Maier"_s}}));
    QCOMPARE(wrong.problems.size(), 1);
    QVERIFY(wrong.problems[0].fatal);
    QCOMPARE(wrong.problems[0].row, 3);
    QCOMPARE(wrong.problems[0].line, 3);
}

// Detection sees the first block only; a bad byte later stops reading with its row.
void TestCsvReader::invalidUtf8AfterTheSample()
{
    QByteArray bytes = "name,city\n";
    int rows = 0;
    while (bytes.size() < 3 * CsvReader::blockBytes) {
        bytes += "Anna,K\xC3\xB6ln\n";
        ++rows;
    }
    bytes += "Bernd,M\xFCnchen\nCarl,Bonn\n";
    const Reading reading = read(bytes);
    QCOMPARE(reading.encoding, TextEncoding::Utf8);
    QCOMPARE(reading.rows.size(), rows);
    QCOMPARE(reading.problems.size(), 1);
    QCOMPARE(reading.problems[0].row, rows + 2);
    QVERIFY(reading.problems[0].fatal);
    QVERIFY(reading.problems[0].message.contains(u"UTF-8"_s));
}

void TestCsvReader::characterSplitBetweenBlocks()
{
    for (const int shift : {0, 1, 2}) {
        QByteArray bytes = "h\n" + QByteArray(CsvReader::blockBytes - 3 - shift, 'x');
        bytes += "\xE2\x82\xAC\xC3\xBC\n"; // €ü straddles the block boundary
        const Reading reading = read(bytes);
        QVERIFY(reading.problems.isEmpty());
        QVERIFY(reading.rows[0].cells[0].endsWith(u"€ü"_s));
    }
    QByteArray utf16Bytes =
        utf16(u"h\n"_s + QString(CsvReader::blockBytes / 2, u'x') + u"€\n"_s, true);
    utf16Bytes.insert(3, 'x'); // odd: the block ends in half a character
    QCOMPARE(read(utf16Bytes).problems.size(), 1);
}

void TestCsvReader::fileEndsInsideACharacter()
{
    QCOMPARE(read("name\nM\xC3").encoding, TextEncoding::Windows1252);
    CsvOptions options;
    options.encoding = TextEncoding::Utf8;
    const Reading reading = read("name\nM\xC3", options);
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(reading.problems[0].fatal);
    QCOMPARE(reading.problems[0].row, 2);
}

void TestCsvReader::windows1252Table()
{
    TextDecoder decoder(TextEncoding::Windows1252);
    QCOMPARE(decoder.decode("\x80\x81\x8A\x9F\xA0\xFF"), u"€\u0081ŠŸ\u00A0ÿ"_s);
    QByteArray all;
    for (int byte = 0; byte < 256; ++byte)
        all.append(char(byte));
    const QString text = decoder.decode(all);
    QCOMPARE(text.size(), 256);
    QCOMPARE(text.at(0x93), QChar(u'“'));
    QCOMPARE(text.at(0x41), QChar(u'A'));
    QVERIFY(!decoder.hasError());
}

void TestCsvReader::encodingNames()
{
    for (const TextEncoding encoding : TextEncodings::all())
        QCOMPARE(TextEncodings::fromName(TextEncodings::name(encoding)), encoding);
    QCOMPARE(TextEncodings::fromName(u"cp1252"), TextEncoding::Windows1252);
    QCOMPARE(TextEncodings::fromName(u" utf8 "), TextEncoding::Utf8);
    QCOMPARE(TextEncodings::fromName(u"UTF-16be"), TextEncoding::Utf16BE);
    QCOMPARE(TextEncodings::fromName(u"latin1"), TextEncoding::Latin1);
    QVERIFY(!TextEncodings::fromName(u"ebcdic"));
}

void TestCsvReader::utf8Validation()
{
    using TextEncodings::isValidUtf8;
    QVERIFY(isValidUtf8("K\xC3\xB6ln \xF0\x9F\x98\x80", false));
    QVERIFY(!isValidUtf8("\xC0\xAF", false));         // overlong
    QVERIFY(!isValidUtf8("\xED\xA0\x80", false));     // a surrogate
    QVERIFY(!isValidUtf8("\xF4\x90\x80\x80", false)); // beyond U+10FFFF
    QVERIFY(!isValidUtf8("M\xFCller", false));
    QVERIFY(isValidUtf8("K\xC3", true));
    QVERIFY(!isValidUtf8("K\xC3", false));
    QCOMPARE(TextEncodings::detect("M\xFCller", false), TextEncoding::Windows1252);
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QChar>("delimiter");
    for (const QChar delimiter : CsvSniffer::delimiters())
        QTest::newRow(qPrintable(delimiter == u'\t' ? u"tab"_s : QString(delimiter))) << delimiter;
}

void TestCsvReader::delimiters()
{
    QFETCH(QChar, delimiter);
    // Every other candidate appears too, inside fields, but not in the same number each record.
    QString others;
    for (const QChar other : CsvSniffer::delimiters())
        others += other == delimiter ? QString() : QString(other);
    const QString d(delimiter);
    const QString text = u"Name"_s + d + u"Firma"_s + d + u"Ort\n"_s + u"A"_s + others + d +
                         u"X"_s + others + others + d + u"Köln\n"_s + u"C"_s + d + u"\"Q"_s + d +
                         u"R\""_s + d + u"Bonn\n"_s;
    const Reading reading = read(text.toUtf8());
    QCOMPARE(reading.delimiter, delimiter);
    QCOMPARE(reading.header, QStringList({u"Name"_s, u"Firma"_s, u"Ort"_s}));
    QCOMPARE(reading.rows.size(), 2);
    QCOMPARE(reading.rows[0].cells.size(), 3);
    QCOMPARE(reading.rows[1].cells[1], u"Q"_s + delimiter + u"R"_s);
}

void TestCsvReader::delimiterDetectionIgnoresQuotedText()
{
    // More semicolons than commas, all inside quotes.
    QCOMPARE(read("a,b\n\"x;y;z\",1\n\"p;q;r\",2\n").delimiter, QChar(u','));
    QCOMPARE(read("email\nanna@example.com\n").delimiter, QChar(u','));
    QCOMPARE(CsvSniffer::detectDelimiter(u"a;b\nc;d\ne,f,g,h,i", true), QChar(u';'));
}

void TestCsvReader::delimiterOverride()
{
    CsvOptions options;
    options.delimiter = u';';
    const Reading reading = read("a,b;c\n1,2;3\n", options);
    QCOMPARE(reading.delimiter, QChar(u';'));
    QCOMPARE(reading.header, QStringList({u"a,b"_s, u"c"_s}));
    options.delimiter = u'"';
    QVERIFY(!read("a\n", options).opened);
}

void TestCsvReader::quoting()
{
    const Reading reading =
        read("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\"\",,\"\"\"\"\n"
             "last,\"multi\r\nline\",z\n");
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.records(), QList<QStringList>({{u"x,y"_s, u"say \"hi\""_s, u"two\nlines"_s},
                                                    {QString(), QString(), u"\""_s},
                                                    {u"last"_s, u"multi\r\nline"_s, u"z"_s}}));
    QCOMPARE(reading.rows[1].row, 3);
    QCOMPARE(reading.rows[1].line, 4);
    QCOMPARE(reading.rows[2].row, 4);
    QCOMPARE(reading.rows[2].line, 5);
}

void TestCsvReader::lineEndings()
{
    const Reading reading = read("h1,h2\r\n1,a\n2,b\r3,c\r\n4,\"d\re\"\r5,f");
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.rows.size(), 5);
    QCOMPARE(reading.rows[3].cells[1], u"d\re"_s);
    QCOMPARE(reading.rows[4].line, 7);
    QCOMPARE(reading.rows[4].row, 6);
}

void TestCsvReader::noFinalNewline()
{
    QCOMPARE(read("a,b\n1,2").records(), QList<QStringList>({{u"1"_s, u"2"_s}}));
    QCOMPARE(read("a,b\n1,").records(), QList<QStringList>({{u"1"_s, QString()}}));
    QCOMPARE(read("a,b\n1,\"2\"").records(), QList<QStringList>({{u"1"_s, u"2"_s}}));
    QCOMPARE(read("a,b\n1,2\n").records(), QList<QStringList>({{u"1"_s, u"2"_s}}));
}

// Blank lines are no records but still count as rows, so that a row number matches what a
// spreadsheet shows; a line holding "" or only delimiters is a record.
void TestCsvReader::blankLines()
{
    const Reading reading = read("\na,b\n\n1,2\r\n\r\n\"\"\n,\n\n");
    QCOMPARE(reading.header, QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(reading.records(),
             QList<QStringList>({{u"1"_s, u"2"_s}, {QString()}, {QString(), QString()}}));
    QCOMPARE(reading.rows[0].row, 4);
    QCOMPARE(reading.rows[1].row, 6);
    QCOMPARE(reading.rows[2].line, 7);
    QVERIFY(reading.rows[1].isBlank());

    CsvOptions options = noHeader();
    options.skipBlankLines = false;
    QCOMPARE(read("a\n\n\nb", options).records(),
             QList<QStringList>({{u"a"_s}, {QString()}, {QString()}, {u"b"_s}}));
}

void TestCsvReader::unterminatedQuote()
{
    const Reading reading = read("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    QCOMPARE(reading.rows.size(), 1);
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(reading.problems[0].fatal);
    QCOMPARE(reading.problems[0].row, 3);
    QCOMPARE(reading.problems[0].line, 3);
    QVERIFY(reading.problems[0].describe().contains(u"line 3"_s));
}

void TestCsvReader::strayQuoteIsReportedAndReadingGoesOn()
{
    const Reading reading = read("a,b\r\n1,2\r\n3,4\"5\r\n6,7\r\n");
    QCOMPARE(reading.records(), QList<QStringList>({{u"1"_s, u"2"_s}, {u"6"_s, u"7"_s}}));
    QCOMPARE(reading.rows[1].row, 4);
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(!reading.problems[0].fatal);
    QCOMPARE(reading.problems[0].row, 3);
    QCOMPARE(reading.problems[0].line, 3);
    QVERIFY(reading.problems[0].message.contains(u"field 2"_s));
}

void TestCsvReader::textAfterClosingQuote()
{
    const Reading reading = read("a,b\n\"x\"y,2\n\"ok\",3\n");
    QCOMPARE(reading.records(), QList<QStringList>({{u"ok"_s, u"3"_s}}));
    QCOMPARE(reading.problems.size(), 1);
    QCOMPARE(reading.problems[0].row, 2);
    QVERIFY(!reading.problems[0].fatal);

    CsvOptions options;
    options.lenientQuotes = true;
    QCOMPARE(read("a,b\n\"x\"y,2\n", options).records(), QList<QStringList>({{u"xy"_s, u"2"_s}}));
}

void TestCsvReader::runawayRecord()
{
    CsvOptions options;
    options.maxRecordChars = 1000;
    const Reading reading = read("a,b\n1,\"" + QByteArray(5000, 'x') + "\n2,3\n", options);
    QVERIFY(reading.rows.isEmpty());
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(reading.problems[0].fatal);
    QCOMPARE(reading.problems[0].row, 2);
    QVERIFY(reading.problems[0].message.contains(u"line 2"_s));
}

void TestCsvReader::emptyAndMissingFiles()
{
    const Reading empty = read(QByteArray());
    QVERIFY(!empty.opened);
    QCOMPARE(empty.problems[0].row, 1);
    QVERIFY(!read("\n\r\n").opened);
    QVERIFY(read(QByteArray(), noHeader()).rows.isEmpty());

    CsvReader reader;
    QVERIFY(!reader.open(u"/nonexistent/leads.csv"_s));
    QVERIFY(reader.problem().message.contains(u"leads.csv"_s));
    ImportRow row;
    QCOMPARE(reader.next(row), ImportSource::End);
}

// 200,000 records (about 20 MB) through a file: the reader never holds more than its block and
// the record being read.
void TestCsvReader::memoryStaysFlat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"large.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id;first;last;email;company;city;note\r\n");
    constexpr int rows = 200000;
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("%1;Jürgen;Müller-%1;j%1@example.com;\"Firma; GmbH\";Köln;"
                                  "\"line one\r\nline \"\"two\"\"\"\r\n")
                       .arg(i)
                       .toUtf8());
    file.close();
    QVERIFY(file.size() > 100 * CsvReader::blockBytes);

    CsvReader reader;
    QVERIFY(reader.open(file.fileName()));
    QCOMPARE(reader.delimiter(), QChar(u';'));
    qsizetype most = reader.bufferedBytes();
    int count = 0;
    ImportRow row;
    while (reader.next(row) == ImportSource::Row) {
        most = std::max(most, reader.bufferedBytes());
        ++count;
    }
    QCOMPARE(count, rows);
    QCOMPARE(row.row, rows + 1);
    QCOMPARE(row.line, 2 * rows);
    QCOMPARE(row.cells[6], u"line one\r\nline \"two\""_s);
    QCOMPARE(reader.progress(), 1.0);
    QVERIFY2(most <= 4 * CsvReader::blockBytes, qPrintable(QString::number(most)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
