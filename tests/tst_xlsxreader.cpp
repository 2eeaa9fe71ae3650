#include "HandZip.h"
#include "import/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <xlsxwriter.h>
#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace HandZip;

namespace {

struct Reading
{
    bool opened = false;
    QStringList header;
    QList<ImportRow> rows;
    QList<ImportProblem> problems;
    QStringList sheets;

    QList<QStringList> records() const
    {
        QList<QStringList> records;
        for (const ImportRow& row : rows)
            records.append(row.cells);
        return records;
    }
};

Reading readFile(const QString& path, const XlsxOptions& options = {})
{
    Reading reading;
    XlsxReader reader(options);
    reading.opened = reader.open(path);
    reading.sheets = reader.sheetNames();
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

} // namespace

/// The XLSX reader: sheets chosen by name, shared and inline strings, numbers, booleans, dates in
/// both date systems, cells placed by their reference, hostile files refused, a real Mac Excel
/// file, and flat memory over a large sheet.
class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeLeadsWorkbook(bool constantMemory);

private slots:
    void libxlsxwriterWorkbook_data();
    void libxlsxwriterWorkbook();
    void chosenSheet();
    void blankRowsAndSkippedCells();
    void handWritten1904();
    void handWritten1900LeapYearBug();
    void numberFormatKinds();
    void numbersAsExcelShowsThem();
    void cellReferences();
    void refusedFiles();
    void damagedFiles();
    void realMacExcelFile();
    void memoryStaysFlat();
};

QString TestXlsxReader::writeLeadsWorkbook(bool constantMemory)
{
    const QString file = path(constantMemory ? u"inline.xlsx"_s : u"shared.xlsx"_s);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    lxw_format* germanDate = workbook_add_format(book);
    format_set_num_format(germanDate, "dd.mm.yyyy");
    lxw_format* stamp = workbook_add_format(book);
    format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
    lxw_format* builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00 [$€-407]");
    lxw_worksheet* leads = workbook_add_worksheet(book, "Leads");
    const char* header[] = {"Name",  "Firma", "Umsatz", "Seit",
                            "Aktiv", "Anruf", "PLZ",    "Geburtstag"};
    for (lxw_col_t c = 0; c < 8; ++c)
        worksheet_write_string(leads, 0, c, header[c], nullptr);
    worksheet_write_string(leads, 1, 0, "Jürgen Müller-Lüdenscheidt", nullptr);
    worksheet_write_string(leads, 1, 1, "Firma \"Süd\", GmbH\nzweite Zeile", nullptr);
    worksheet_write_number(leads, 1, 2, 1234.5, money);
    lxw_datetime since{2025, 1, 31, 0, 0, 0};
    worksheet_write_datetime(leads, 1, 3, &since, germanDate);
    worksheet_write_boolean(leads, 1, 4, 1, nullptr);
    lxw_datetime call{2025, 3, 4, 14, 30, 15};
    worksheet_write_datetime(leads, 1, 5, &call, stamp);
    worksheet_write_number(leads, 1, 6, 1067, nullptr);
    lxw_datetime birthday{1900, 1, 15, 0, 0, 0};
    worksheet_write_datetime(leads, 1, 7, &birthday, builtinDate);
    worksheet_write_string(leads, 2, 0, "Anna", nullptr);
    worksheet_write_number(leads, 2, 2, 0.1, nullptr);
    worksheet_write_boolean(leads, 2, 4, 0, nullptr);
    worksheet_write_number(leads, 2, 6, 94105, nullptr);
    lxw_worksheet* events = workbook_add_worksheet(book, "Webinar März");
    worksheet_write_string(events, 0, 0, "E-Mail", nullptr);
    worksheet_write_string(events, 0, 1, "Titel", nullptr);
    worksheet_write_string(events, 1, 0, "anna@example.com", nullptr);
    worksheet_write_string(events, 1, 1, "Preise _x0041_ 2025", nullptr);
    return workbook_close(book) == LXW_NO_ERROR ? file : QString();
}

void TestXlsxReader::libxlsxwriterWorkbook_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings (constant memory)") << true;
}

void TestXlsxReader::libxlsxwriterWorkbook()
{
    QFETCH(bool, constantMemory);
    const QString file = writeLeadsWorkbook(constantMemory);
    QVERIFY(!file.isEmpty());
    XlsxZip zip;
    QVERIFY(zip.open(file, 100));
    QCOMPARE(zip.entry(u"xl/sharedStrings.xml"_s) != nullptr, !constantMemory);

    const Reading reading = readFile(file);
    QVERIFY2(reading.problems.isEmpty(), qPrintable(reading.problems.value(0).describe()));
    QCOMPARE(reading.sheets, QStringList({u"Leads"_s, u"Webinar März"_s}));
    QCOMPARE(reading.header, QStringList({u"Name"_s, u"Firma"_s, u"Umsatz"_s, u"Seit"_s, u"Aktiv"_s,
                                          u"Anruf"_s, u"PLZ"_s, u"Geburtstag"_s}));
    QCOMPARE(
        reading.records(),
        QList<QStringList>(
            {{u"Jürgen Müller-Lüdenscheidt"_s, u"Firma \"Süd\", GmbH\nzweite Zeile"_s, u"1234.5"_s,
              u"2025-01-31"_s, u"TRUE"_s, u"2025-03-04T14:30:15"_s, u"1067"_s, u"1900-01-15"_s},
             {u"Anna"_s, QString(), u"0.1"_s, QString(), u"FALSE"_s, QString(), u"94105"_s,
              QString()}}));
    QCOMPARE(reading.rows[0].row, 2);
    QCOMPARE(reading.rows[1].row, 3);
}

void TestXlsxReader::chosenSheet()
{
    const QString file = writeLeadsWorkbook(false);
    XlsxOptions options;
    options.sheet = u"webinar märz"_s; // a name typed in another case still finds its sheet
    const Reading reading = readFile(file, options);
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.header, QStringList({u"E-Mail"_s, u"Titel"_s}));
    // libxlsxwriter writes "_x0041_" unescaped, so Excel (and this reader) shows an "A".
    QCOMPARE(reading.records(), QList<QStringList>({{u"anna@example.com"_s, u"Preise A 2025"_s}}));

    options.sheet = u"Messe"_s;
    const Reading missing = readFile(file, options);
    QVERIFY(!missing.opened);
    QVERIFY(missing.problems[0].message.contains(u"Messe"_s));
    QVERIFY(missing.problems[0].message.contains(u"Leads, Webinar März"_s));
    QCOMPARE(missing.sheets.size(), 2);
}

// Rows and cells the sheet leaves out: a skipped cell reads as an empty string in its column, a
// skipped row is no record unless blank rows are asked for.
void TestXlsxReader::blankRowsAndSkippedCells()
{
    const QString file = path(u"gaps.xlsx"_s);
    QVERIFY(writeZip(
        file,
        handWritten(false, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
                           "<c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c>"
                           "<c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                           "<row r=\"2\"><c r=\"C2\"><v>3</v></c></row>"
                           "<row r=\"3\"><c r=\"A3\" s=\"1\"/></row>"
                           "<row r=\"5\"><c r=\"B5\"><v>5</v></c></row>"
                           "<row r=\"6\"><c r=\"A6\"><v>6</v></c><c r=\"E6\"><v>7</v></c></row>")));
    const Reading reading = readFile(file);
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.records(),
             QList<QStringList>({{QString(), QString(), u"3"_s},
                                 {QString(), u"5"_s, QString()},
                                 {u"6"_s, QString(), QString(), QString(), u"7"_s}}));
    QCOMPARE(reading.rows[1].row, 5);
    QVERIFY(ImportSource::shapeProblem(reading.rows[0], 3).isEmpty());
    QVERIFY(!ImportSource::shapeProblem(reading.rows[2], 3).isEmpty());

    XlsxOptions options;
    options.skipBlankRows = false;
    QList<qint64> rows;
    for (const ImportRow& row : readFile(file, options).rows)
        rows.append(row.row);
    QCOMPARE(rows, QList<qint64>({2, 3, 4, 5, 6}));
}

void TestXlsxReader::handWritten1904()
{
    const QString file = path(u"mac1904.xlsx"_s);
    QVERIFY(writeZip(
        file,
        handWritten(
            true,
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" "
            "t=\"inlineStr\"><is><r><t>Ter</t></r><r><rPr><b/></rPr><t>min</t></r></is></c>"
            "<c r=\"D1\" t=\"inlineStr\"><is><t>Uhr</t></is></c><c r=\"E1\" t=\"inlineStr\"><is><t>"
            "Stück</t></is></c></row>"
            "<row r=\"2\"><c t=\"s\"><v>2</v></c><c t=\"str\"><f>A2</f><v>x&amp;y</v></c>"
            "<c s=\"1\"><v>44955</v></c><c s=\"3\"><v>0.5</v></c><c s=\"2\"><v>12</v></c></row>"
            "<row r=\"3\"><c t=\"inlineStr\"><is><t xml:space=\"preserve\"> Zeile_x000D_\nzwei "
            "</t></is></c>"
            "<c t=\"e\"><v>#N/A</v></c><c s=\"4\"><v>0</v></c><c t=\"b\"><v>1</v></c></row>",
            "<si><t>Name</t></si><si><t>Formel</t></si>"
            "<si><r><t>東京</t></r><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>")));
    XlsxReader reader;
    QVERIFY2(reader.open(file), qPrintable(reader.problem().message));
    QVERIFY(reader.date1904());
    QCOMPARE(reader.sheetName(), u"Kontakte"_s);
    QCOMPARE(reader.header(),
             QStringList({u"Name"_s, u"Formel"_s, u"Termin"_s, u"Uhr"_s, u"Stück"_s}));
    ImportRow row;
    QCOMPARE(reader.next(row), ImportSource::Row);
    // 44955 days after 1904-01-01 (in the 1900 system it would be 2023-01-29).
    QCOMPARE(row.cells,
             QStringList({u"東京"_s, u"x&y"_s, u"2027-01-30"_s, u"12:00:00"_s, u"12"_s}));
    QCOMPARE(reader.next(row), ImportSource::Row);
    QCOMPARE(row.cells, QStringList({u" Zeile\r\nzwei "_s, u"#N/A"_s, u"1904-01-01T00:00:00"_s,
                                     u"TRUE"_s, QString()}));
    QCOMPARE(reader.next(row), ImportSource::End);
    QCOMPARE(reader.progress(), 1.0);
}

void TestXlsxReader::handWritten1900LeapYearBug()
{
    const QString file = path(u"leap.xlsx"_s);
    QVERIFY(writeZip(
        file,
        handWritten(
            false,
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>d</t></is></c></row>"
            "<row r=\"2\"><c s=\"1\"><v>59</v></c></row><row r=\"3\"><c s=\"1\"><v>60</v></c></row>"
            "<row r=\"4\"><c s=\"1\"><v>61</v></c></row><row r=\"5\"><c s=\"1\"><v>1</v></c></row>"
            "<row r=\"6\"><c s=\"1\"><v>45688</v></c></row><row r=\"7\"><c "
            "s=\"1\"><v>-3</v></c></row>"
            "<row r=\"8\"><c s=\"4\"><v>45688.99998</v></c></row>"
            "<row r=\"9\"><c s=\"4\"><v>45688.999999</v></c></row>")));
    const Reading reading = readFile(file);
    QVERIFY(reading.problems.isEmpty());
    QCOMPARE(reading.records(), QList<QStringList>({{u"1900-02-28"_s},
                                                    {u"1900-02-29"_s},
                                                    {u"1900-03-01"_s},
                                                    {u"1900-01-01"_s},
                                                    {u"2025-01-31"_s},
                                                    {u"-3"_s},
                                                    {u"2025-01-31T23:59:58"_s},
                                                    {u"2025-02-01T00:00:00"_s}}));
    // The last: a second short of midnight by less than half a second rounds up, as Excel shows it.
}

void TestXlsxReader::numberFormatKinds()
{
    using XlsxCellValue::kindOf;
    QCOMPARE(kindOf(14, QString()), XlsxNumberKind::Date);
    QCOMPARE(kindOf(22, QString()), XlsxNumberKind::DateTime);
    QCOMPARE(kindOf(21, QString()), XlsxNumberKind::Time);
    QCOMPARE(kindOf(4, QString()), XlsxNumberKind::Number);
    QCOMPARE(kindOf(164, u"[$-407]d. mmmm yyyy"_s), XlsxNumberKind::Date);
    QCOMPARE(kindOf(164, u"dd/mm/yyyy\\ hh:mm"_s), XlsxNumberKind::DateTime);
    QCOMPARE(kindOf(164, u"[h]:mm:ss"_s), XlsxNumberKind::Time);
    QCOMPARE(kindOf(164, u"mmm"_s), XlsxNumberKind::Date);
    QCOMPARE(kindOf(164, u"#,##0 \"days\""_s), XlsxNumberKind::Number);
    QCOMPARE(kindOf(164, u"[Red]#,##0.00;[Blue]-#,##0.00"_s), XlsxNumberKind::Number);
    QCOMPARE(kindOf(164, u"0.00E+00"_s), XlsxNumberKind::Number);
    QCOMPARE(kindOf(164, u"General"_s), XlsxNumberKind::Number);
    QCOMPARE(kindOf(164, u"@"_s), XlsxNumberKind::Number);
}

void TestXlsxReader::numbersAsExcelShowsThem()
{
    using XlsxCellValue::number;
    QCOMPARE(number(u"94105"), u"94105"_s);
    QCOMPARE(number(u"0.10000000000000001"), u"0.1"_s);
    QCOMPARE(number(u"4915112345678"), u"4915112345678"_s);
    QCOMPARE(number(u"-2.5"), u"-2.5"_s);
    QCOMPARE(number(u"1.5E-3"), u"0.0015"_s);
    QCOMPARE(number(u"1E+20"), u"1e+20"_s);
    QCOMPARE(number(u"n/a"), u"n/a"_s);
}

void TestXlsxReader::cellReferences()
{
    using XlsxCellValue::column;
    QCOMPARE(column(u"A1"), 0);
    QCOMPARE(column(u"C5"), 2);
    QCOMPARE(column(u"AA10"), 26);
    QCOMPARE(column(u"XFD1048576"), 16383);
    QCOMPARE(column(u"XFE1"), -1);
    QCOMPARE(column(u"ZZZZ1"), -1);
    QCOMPARE(column(u"12"), -1);
}

// A zip bomb, a file with too many parts or a part beyond its limit is refused before it is
// unpacked, with a message that says why.
void TestXlsxReader::refusedFiles()
{
    const QString text = path(u"text.xlsx"_s);
    QFile plain(text);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("Name,E-Mail\n");
    plain.close();
    Reading reading = readFile(text);
    QVERIFY(!reading.opened);
    QVERIFY(reading.problems[0].message.contains(u".xlsx"_s));
    QVERIFY(!readFile(path(u"missing.xlsx"_s)).opened);

    const QByteArray row = "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
    Parts bomb = handWritten(false, row);
    bomb.append({u"xl/media/bomb.bin"_s, QByteArray(20 << 20, '\0')});
    QVERIFY(writeZip(path(u"bomb.xlsx"_s), bomb));
    reading = readFile(path(u"bomb.xlsx"_s));
    QVERIFY(!reading.opened);
    QVERIFY2(reading.problems[0].message.contains(u"zip bomb"_s),
             qPrintable(reading.problems[0].message));
    QVERIFY(reading.problems[0].message.contains(u"xl/media/bomb.bin"_s));

    Parts many = handWritten(false, row);
    for (int i = 0; i < 20; ++i)
        many.append({u"xl/media/image%1.png"_s.arg(i), "x"});
    QVERIFY(writeZip(path(u"many.xlsx"_s), many));
    XlsxOptions options;
    options.limits.maxEntries = 10;
    QVERIFY(!readFile(path(u"many.xlsx"_s), options).opened);
    QVERIFY(readFile(path(u"many.xlsx"_s)).opened);

    QVERIFY(writeZip(path(u"big.xlsx"_s), handWritten(false, row.repeated(200))));
    options = {};
    options.limits.maxSheetBytes = 2000;
    reading = readFile(path(u"big.xlsx"_s), options);
    QVERIFY(!reading.opened);
    QVERIFY(reading.problems[0].message.contains(u"xl/worksheets/daten.xml"_s));
    QCOMPARE(readFile(path(u"big.xlsx"_s)).rows.size(), 199);
}

void TestXlsxReader::damagedFiles()
{
    const QByteArray header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>h</t></is></c></row>";
    QVERIFY(writeZip(path(u"badindex.xlsx"_s),
                     handWritten(false, header + "<row r=\"2\"><c t=\"s\"><v>5</v></c></row>",
                                 "<si><t>only</t></si>")));
    Reading reading = readFile(path(u"badindex.xlsx"_s));
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(reading.problems[0].fatal);
    QCOMPARE(reading.problems[0].row, 2);
    QVERIFY(reading.problems[0].message.contains(u"only 1"_s));

    QVERIFY(writeZip(path(u"broken.xlsx"_s),
                     handWritten(false, header + "<row r=\"2\"><c><v>1</c></row>")));
    reading = readFile(path(u"broken.xlsx"_s));
    QCOMPARE(reading.problems.size(), 1);
    QVERIFY(reading.problems[0].message.contains(u"damaged"_s));

    QVERIFY(writeZip(path(u"order.xlsx"_s),
                     handWritten(false, header + "<row r=\"3\"/><row r=\"2\"/>")));
    QCOMPARE(readFile(path(u"order.xlsx"_s)).problems.size(), 1);

    QVERIFY(writeZip(path(u"empty.xlsx"_s), handWritten(false, QByteArray())));
    reading = readFile(path(u"empty.xlsx"_s));
    QVERIFY(!reading.opened);
    QVERIFY(reading.problems[0].message.contains(u"Kontakte"_s));
}

// exceltorecords_leads.xlsx, saved by Mac Excel 15: 44 leads on the sheet "Leads", shared
// strings, postal codes stored as numbers, two rows without a country.
void TestXlsxReader::realMacExcelFile()
{
    const QString file =
        QStringLiteral(LEADSCOUT_SHARED_TESTDATA "/real-imports/exceltorecords_leads.xlsx");
    if (!QFile::exists(file))
        QSKIP("../shared/testdata is not beside this checkout");
    const Reading reading = readFile(file);
    QVERIFY2(reading.problems.isEmpty(), qPrintable(reading.problems.value(0).describe()));
    QCOMPARE(reading.sheets, QStringList({u"Leads"_s}));
    QCOMPARE(reading.header, QStringList({u"First Name"_s, u"Last Name"_s, u"email"_s, u"Phone"_s,
                                          u"Title"_s, u"Company"_s, u"Address Line 1"_s, u"City"_s,
                                          u"State/Province"_s, u"Postal Code"_s, u"Country"_s,
                                          u"Industry"_s, u"Owner"_s, u"Rating"_s, u"Status"_s}));
    QCOMPARE(reading.rows.size(), 44);
    QCOMPARE(reading.rows.last().row, 45);
    int withoutCountry = 0;
    for (const ImportRow& row : reading.rows) {
        QVERIFY(ImportSource::shapeProblem(row, 15).isEmpty());
        QVERIFY2(row.cell(2).contains(u'@'), qPrintable(row.cell(2)));
        QVERIFY2(!row.cell(9).contains(u'.'), qPrintable(row.cell(9)));
        withoutCountry += row.cell(10).isEmpty() ? 1 : 0;
    }
    QCOMPARE(withoutCountry, 2);
}

// 100,000 rows in constant-memory mode: the reader holds one unpacked block and one row.
void TestXlsxReader::memoryStaysFlat()
{
    const QString file = path(u"large.xlsx"_s);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(file).constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Leads");
    constexpr int rows = 100000;
    for (lxw_row_t r = 0; r <= rows; ++r) {
        worksheet_write_string(sheet, r, 0, QByteArray("lead " + QByteArray::number(r)).constData(),
                               nullptr);
        worksheet_write_number(sheet, r, 1, r * 1.5, nullptr);
        worksheet_write_string(sheet, r, 2, "Müller GmbH & Co. KG", nullptr);
    }
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    XlsxReader reader;
    QVERIFY(reader.open(file));
    qsizetype most = reader.bufferedBytes();
    int count = 0;
    ImportRow row;
    while (reader.next(row) == ImportSource::Row) {
        most = std::max(most, reader.bufferedBytes());
        ++count;
    }
    QCOMPARE(count, rows);
    QCOMPARE(row.cells, QStringList({u"lead 100000"_s, u"150000"_s, u"Müller GmbH & Co. KG"_s}));
    QVERIFY2(most <= 2 * XlsxXmlStream::blockBytes, qPrintable(QString::number(most)));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
