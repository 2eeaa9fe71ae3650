#include "HandoffFixture.h"
#include "TestStore.h"
#include "export/XlsxVerifier.h"
#include "export/ZipArchive.h"
#include "handoff/HandoffService.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <zlib.h>

/// The read-back check every XLSX goes through before a handoff counts: it must catch a zip
/// that is cut short, a part whose checksum is wrong, and a part whose XML was cut off or lost
/// a piece (what libxlsxwriter leaves when a write to its temporary files fails).
class TestXlsxVerifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template <typename T> static void put(QByteArray& out, T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        out.append(bytes, sizeof(T));
    }

    // A zip of stored (uncompressed) entries, written by hand for the test.
    static QByteArray storedZip(const QList<QPair<QString, QByteArray>>& parts, bool badCrc = false)
    {
        QByteArray zip, directory;
        for (const auto& [name, data] : parts) {
            const QByteArray fileName = name.toUtf8();
            quint32 crc =
                crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size()));
            if (badCrc)
                crc ^= 1;
            const quint32 offset = quint32(zip.size());
            put<quint32>(zip, 0x04034b50);
            put<quint16>(zip, 20);
            put<quint16>(zip, 0);
            put<quint16>(zip, 0); // stored
            put<quint32>(zip, 0);
            put<quint32>(zip, crc);
            put<quint32>(zip, quint32(data.size()));
            put<quint32>(zip, quint32(data.size()));
            put<quint16>(zip, quint16(fileName.size()));
            put<quint16>(zip, 0);
            zip.append(fileName).append(data);
            put<quint32>(directory, 0x02014b50);
            put<quint16>(directory, 20);
            put<quint16>(directory, 20);
            put<quint16>(directory, 0);
            put<quint16>(directory, 0);
            put<quint32>(directory, 0);
            put<quint32>(directory, crc);
            put<quint32>(directory, quint32(data.size()));
            put<quint32>(directory, quint32(data.size()));
            put<quint16>(directory, quint16(fileName.size()));
            put<quint16>(directory, 0);
            put<quint16>(directory, 0);
            put<quint16>(directory, 0);
            put<quint16>(directory, 0);
            put<quint32>(directory, 0);
            put<quint32>(directory, offset);
            directory.append(fileName);
        }
        const quint32 directoryOffset = quint32(zip.size());
        zip.append(directory);
        put<quint32>(zip, 0x06054b50);
        put<quint16>(zip, 0);
        put<quint16>(zip, 0);
        put<quint16>(zip, quint16(parts.size()));
        put<quint16>(zip, quint16(parts.size()));
        put<quint32>(zip, quint32(directory.size()));
        put<quint32>(zip, directoryOffset);
        put<quint16>(zip, 0);
        return zip;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray sheet(const QByteArray& rows)
    {
        return "<?xml version=\"1.0\"?>\n<worksheet a=\"1&gt;\" b='x'><!-- c --><sheetData>" +
               rows + "</sheetData></worksheet>\n";
    }

private slots:
    void wholePackagesPass()
    {
        const QByteArray rows =
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &lt; b / c</t></is></c><c/></row>"
            "<row><c><v>1</v></c><![CDATA[<not a tag>]]></row>";
        const QString path =
            write(QStringLiteral("whole.zip"),
                  storedZip({{QStringLiteral("xl/worksheets/sheet1.xml"), sheet(rows)},
                             {QStringLiteral("_rels/.rels"), "<Relationships/>"},
                             {QStringLiteral("xl/media/x.bin"), "<<binary"}}));
        QCOMPARE(XlsxVerifier::problemWith(path), QString());
    }

    void brokenXmlIsCaught_data()
    {
        QTest::addColumn<QByteArray>("xml");
        const QByteArray whole = sheet("<row><c><v>1</v></c></row><row><c><v>2</v></c></row>");
        QTest::newRow("cut short") << whole.left(whole.size() - 20);
        QTest::newRow("a piece lost") << whole.left(60) + whole.mid(90);
        QTest::newRow("crossed tags") << sheet("<row><c></row></c>");
        QTest::newRow("open quote") << QByteArray("<worksheet a=\"1></worksheet>");
        QTest::newRow("two roots") << QByteArray("<a/><b/>");
        QTest::newRow("text after root") << QByteArray("<a></a>tail");
        QTest::newRow("empty") << QByteArray();
    }

    void brokenXmlIsCaught()
    {
        QFETCH(QByteArray, xml);
        const QString path = write(QStringLiteral("broken.zip"),
                                   storedZip({{QStringLiteral("xl/worksheets/sheet1.xml"), xml}}));
        QCOMPARE(XlsxVerifier::problemWith(path),
                 QStringLiteral("xl/worksheets/sheet1.xml is incomplete"));
    }

    void badChecksumsAndCutArchivesAreCaught()
    {
        const QString crc =
            write(QStringLiteral("crc.zip"), storedZip({{QStringLiteral("a.xml"), "<a/>"}}, true));
        QVERIFY(XlsxVerifier::problemWith(crc).contains(QLatin1String("checksum")));

        // A real handoff file, then the same file cut short.
        TestStore fixture;
        HandoffFixture::addReadyLeads(fixture.store(),
                                      {HandoffFixture::varied(0), HandoffFixture::varied(1)});
        const QString xlsx = m_dir.filePath(QStringLiteral("real.xlsx"));
        HandoffService(fixture.store())
            .handOff({xlsx, {HandoffFormat::Xlsx}, {}, false, QStringLiteral("lena")});
        QCOMPARE(XlsxVerifier::problemWith(xlsx), QString());
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const ZipArchive zip(bytes);
        QVERIFY(zip.isValid());
        QVERIFY(zip.entries().size() >= 8);
        QVERIFY(!XlsxVerifier::problemWith(
                     write(QStringLiteral("cut.xlsx"), bytes.left(bytes.size() - 30)))
                     .isEmpty());
        QVERIFY(!XlsxVerifier::problemWith(
                     write(QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2)))
                     .isEmpty());
        QVERIFY(
            !XlsxVerifier::problemWith(m_dir.filePath(QStringLiteral("missing.xlsx"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXlsxVerifier)
#include "tst_xlsxverifier.moc"
