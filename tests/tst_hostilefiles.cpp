#include "HandZip.h"
#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HandZip;

namespace {

/// A file that is never on disk: `size` bytes of `pattern` repeated, read sequentially, as a
/// gigabyte-sized CSV would come in without taking a gigabyte of the test machine.
class PatternDevice : public QIODevice
{
public:
    PatternDevice(QByteArray pattern, qint64 size)
        : m_pattern(std::move(pattern))
        , m_size(size)
    {}
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_pos; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        const qint64 n = std::min(max, m_size - m_pos);
        for (qint64 i = 0; i < n; ++i)
            data[i] = m_pattern.at((m_pos + i) % m_pattern.size());
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_pattern;
    qint64 m_size;
    qint64 m_pos = 0;
};

struct Outcome
{
    ImportProblem problem;
    qint64 rows = 0;
    qsizetype peakBytes = 0;
    qint64 elapsedMs = 0;
};

Outcome readCsv(const QByteArray& head, const QByteArray& pattern, qint64 size)
{
    QElapsedTimer timer;
    timer.start();
    PatternDevice device(pattern, size);
    device.open(QIODevice::ReadOnly);
    Outcome outcome;
    // The head (a header line) comes first: a sequential device made of both parts.
    class Joined : public QIODevice
    {
    public:
        Joined(QByteArray head, PatternDevice& tail)
            : m_head(std::move(head))
            , m_tail(tail)
        {}
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char* data, qint64 max) override
        {
            if (m_at < m_head.size()) {
                const qint64 n = std::min<qint64>(max, m_head.size() - m_at);
                memcpy(data, m_head.constData() + m_at, size_t(n));
                m_at += n;
                return n;
            }
            return m_tail.read(data, max);
        }
        qint64 writeData(const char*, qint64) override { return -1; }

    private:
        QByteArray m_head;
        qsizetype m_at = 0;
        PatternDevice& m_tail;
    } joined(head, device);
    joined.open(QIODevice::ReadOnly);
    CsvReader reader;
    ImportRow row;
    if (reader.open(&joined)) {
        for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;) {
            outcome.peakBytes = std::max(outcome.peakBytes, reader.bufferedBytes());
            if (step == ImportSource::Error) {
                outcome.problem = reader.problem();
                if (outcome.problem.fatal)
                    break;
            } else {
                ++outcome.rows;
            }
        }
    } else {
        outcome.problem = reader.problem();
    }
    outcome.peakBytes = std::max(outcome.peakBytes, reader.bufferedBytes());
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace

/// Files made to hurt: each is refused with a message naming the limit it broke, in bounded
/// memory and time, and generated here (small on disk) rather than kept in the repository.
class TestHostileFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    ImportProblem readXlsx(const QString& name, const Parts& parts,
                           const QHash<QString, quint32>& declared = {}, XlsxLimits limits = {});
    /// Limits with the zip-bomb ratio check off, to reach the limit a test is about.
    static XlsxLimits noRatio()
    {
        XlsxLimits limits;
        limits.maxRatio = qint64(1) << 40;
        return limits;
    }

private slots:
    void csvGigabyteField();
    void csvNoLineBreaks();
    void csvMillionsOfColumns();
    void csvUnclosedQuote();
    void xlsxBombThatLiesAboutItsSize();
    void xlsxEntityTricks();
    void xlsxAbsurdNesting();
    void xlsxGiantToken();
    void xlsxTooManyColumns();
};

// One field of a gigabyte (never on disk): refused after the record limit, with the limit named.
void TestHostileFiles::csvGigabyteField()
{
    const Outcome outcome = readCsv("Name,Note\nAnna,", "x", qint64(1) << 30);
    QVERIFY2(outcome.problem.fatal, qPrintable(outcome.problem.message));
    QVERIFY2(outcome.problem.message.contains(u"4,194,304"_s), qPrintable(outcome.problem.message));
    QVERIFY(outcome.problem.message.contains(u"no line breaks"_s));
    QCOMPARE(outcome.problem.row, 2);
    QVERIFY2(outcome.peakBytes < (qsizetype(32) << 20),
             qPrintable(QString::number(outcome.peakBytes)));
    QVERIFY2(outcome.elapsedMs < 20000, qPrintable(QString::number(outcome.elapsedMs)));
}

// Short fields and no line break in 200 MB: the record limit ends it long before the end.
void TestHostileFiles::csvNoLineBreaks()
{
    const Outcome outcome = readCsv(QByteArray(), "abcdefghij;", qint64(200) << 20);
    QVERIFY(outcome.problem.fatal);
    // The header record itself is the runaway: the file is refused while opening.
    QVERIFY2(outcome.problem.message.contains(u"16,384 fields"_s) ||
                 outcome.problem.message.contains(u"4,194,304"_s),
             qPrintable(outcome.problem.message));
    QVERIFY(outcome.peakBytes < (qsizetype(32) << 20));
}

// Millions of empty columns: would be millions of QStrings; refused at Excel's column limit.
void TestHostileFiles::csvMillionsOfColumns()
{
    const Outcome outcome = readCsv("a,b\n1,2\n", ",", qint64(5) << 20);
    QCOMPARE(outcome.rows, 1);
    QVERIFY(outcome.problem.fatal);
    QVERIFY2(outcome.problem.message.contains(u"16,384 fields"_s),
             qPrintable(outcome.problem.message));
    QCOMPARE(outcome.problem.row, 3);
    QVERIFY(outcome.peakBytes < (qsizetype(32) << 20));

    CsvOptions wide;
    wide.maxColumns = 20000;
    QBuffer buffer;
    buffer.setData(QByteArray(17000, ';') + "\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(wide);
    QVERIFY(reader.open(&buffer));
    QCOMPARE(reader.header().size(), 17001);
}

// A quote never closed still names the line it opened on (the message tells it from the above).
void TestHostileFiles::csvUnclosedQuote()
{
    const Outcome outcome = readCsv("a,b\n1,\"", "y", qint64(50) << 20);
    QVERIFY(outcome.problem.fatal);
    QVERIFY2(outcome.problem.message.contains(u"quote is probably not closed"_s),
             qPrintable(outcome.problem.message));
    QVERIFY(outcome.problem.message.contains(u"line 2"_s));
}

ImportProblem TestHostileFiles::readXlsx(const QString& name, const Parts& parts,
                                         const QHash<QString, quint32>& declared, XlsxLimits limits)
{
    if (!writeZip(path(name), parts, declared))
        return {0, 0, u"cannot write "_s + name, true};
    XlsxOptions options;
    options.limits = limits;
    XlsxReader reader(options);
    if (!reader.open(path(name)))
        return reader.problem();
    ImportRow row;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;)
        if (step == ImportSource::Error)
            return reader.problem();
    return {};
}

// A sheet that declares 2 kB but is a deflate stream of 64 MB of spaces (64 kB on disk): the
// ratio check cannot see it, the unpacking counts the bytes and stops past the declared size.
void TestHostileFiles::xlsxBombThatLiesAboutItsSize()
{
    const QByteArray sheet =
        "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>" + QByteArray(64 << 20, ' ');
    QElapsedTimer timer;
    timer.start();
    const ImportProblem problem =
        readXlsx(u"liar.xlsx"_s, handWritten(false, sheet), {{u"xl/worksheets/daten.xml"_s, 2048}});
    QVERIFY(QFileInfo(path(u"liar.xlsx"_s)).size() < (1 << 20));
    QVERIFY2(problem.message.contains(u"more than it declares"_s), qPrintable(problem.message));
    QVERIFY(timer.elapsed() < 20000);
}

// A billion laughs in a sheet: the document type is refused before any entity expands.
void TestHostileFiles::xlsxEntityTricks()
{
    QByteArray dtd = "<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">";
    for (int i = 1; i < 10; ++i)
        dtd += "<!ENTITY l" + QByteArray::number(i) + " \"" +
               QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    dtd += "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";
    Parts parts = handWritten(false, "<row><c t=\"inlineStr\"><is><t>&l9;&ext;</t></is></c></row>");
    QByteArray& sheet = parts.last().second;
    sheet.insert(sheet.indexOf("<worksheet"), dtd);
    const ImportProblem problem = readXlsx(u"laughs.xlsx"_s, parts);
    QVERIFY2(problem.message.contains(u"document type"_s), qPrintable(problem.message));
    QVERIFY(!problem.message.contains(u"lollol"_s));
}

// A million nested elements (a few kB packed): refused at the depth limit.
void TestHostileFiles::xlsxAbsurdNesting()
{
    const ImportProblem problem =
        readXlsx(u"nested.xlsx"_s,
                 handWritten(false, QByteArray("<row>") + QByteArray("<x>").repeated(1000000)), {},
                 noRatio());
    QVERIFY2(problem.message.contains(u"more than 256 deep"_s), qPrintable(problem.message));
}

// One attribute of 64 MB: the parser would hold it whole; refused at the token limit.
void TestHostileFiles::xlsxGiantToken()
{
    const ImportProblem problem =
        readXlsx(u"token.xlsx"_s,
                 handWritten(false, "<row r=\"1\" spans=\"" + QByteArray(64 << 20, '1') + "\"/>"),
                 {}, noRatio());
    QVERIFY2(problem.message.contains(u"single tag or text longer than"_s),
             qPrintable(problem.message));
}

// Cells without references past Excel's last column.
void TestHostileFiles::xlsxTooManyColumns()
{
    const ImportProblem problem =
        readXlsx(u"wide.xlsx"_s,
                 handWritten(false, "<row>" + QByteArray("<c/>").repeated(20000) + "</row>"));
    QVERIFY2(problem.message.contains(u"16,384 columns"_s), qPrintable(problem.message));
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
