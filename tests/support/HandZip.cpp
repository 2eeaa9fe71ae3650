#include "HandZip.h"

#include <QFile>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace HandZip {

QByteArray deflated(const QByteArray& bytes)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray packed(qsizetype(deflateBound(&z, uLong(bytes.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef*>(packed.data());
    z.avail_out = uInt(packed.size());
    deflate(&z, Z_FINISH);
    packed.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return packed;
}

// A zip file written by hand (deflated members, UTF-8 names), as Excel's own files are made.
bool writeZip(const QString& path, const Parts& parts, const QHash<QString, quint32>& declaredSizes)
{
    QByteArray zip, directory;
    const auto put = [](QByteArray& out, quint64 value, int bytes) { // 64 bits: 8-byte fields
        for (int i = 0; i < bytes; ++i)
            out.append(char((value >> (8 * i)) & 0xFF));
    };
    for (const auto& [name, bytes] : parts) {
        const QByteArray packed = deflated(bytes), utf8 = name.toUtf8();
        const quint32 crc = quint32(
            crc32(0, reinterpret_cast<const Bytef*>(bytes.constData()), uInt(bytes.size())));
        QByteArray common;
        for (const quint32 field : {20u, 0x0800u, 8u, 0u, 0x21u})
            put(common, field, 2);
        put(common, crc, 4);
        put(common, quint32(packed.size()), 4);
        put(common, declaredSizes.value(name, quint32(bytes.size())), 4);
        put(common, quint32(utf8.size()), 2);
        put(common, 0, 2);
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2);
        directory += common;
        put(directory, 0, 8);
        put(directory, 0, 2);
        put(directory, quint32(zip.size()), 4);
        directory += utf8;
        put(zip, 0x04034b50, 4);
        zip += common + utf8 + packed;
    }
    const quint32 offset = quint32(zip.size());
    zip += directory;
    put(zip, 0x06054b50, 4);
    put(zip, 0, 4);
    put(zip, quint32(parts.size()), 2);
    put(zip, quint32(parts.size()), 2);
    put(zip, quint32(directory.size()), 4);
    put(zip, offset, 4);
    put(zip, 0, 2);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(zip) == zip.size();
}

const QByteArray relsNs =
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray mainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

// A workbook written by hand, with what libxlsxwriter cannot write: the 1904 date system,
// inline strings, phonetic runs, cells without references, a sheet under an absolute path.
Parts handWritten(bool date1904, const QByteArray& sheetData, const QByteArray& sharedStrings)
{
    const QByteArray relType =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    Parts parts;
    parts.append({u"[Content_Types].xml"_s, "<?xml version=\"1.0\"?><Types/>"});
    parts.append({u"xl/workbook.xml"_s,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook " + mainNs + ' ' + relsNs +
                      "><workbookPr date1904=\"" + (date1904 ? "1" : "0") +
                      "\"/><sheets><sheet name=\"Kontakte\" sheetId=\"1\" r:id=\"rId7\"/>"
                      "</sheets></workbook>"});
    parts.append({u"xl/_rels/workbook.xml.rels"_s,
                  "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                  "package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"" +
                      relType +
                      "worksheet\" Target=\"/xl/worksheets/daten.xml\"/><Relationship Id=\"rId8\" "
                      "Type=\"" +
                      relType +
                      "styles\" Target=\"styles.xml\"/><Relationship "
                      "Id=\"rId9\" Type=\"" +
                      relType +
                      "sharedStrings\" Target=\"strings.xml\"/>"
                      "</Relationships>"});
    parts.append({u"xl/styles.xml"_s,
                  "<?xml version=\"1.0\"?><styleSheet " + mainNs +
                      "><numFmts count=\"2\"><numFmt numFmtId=\"164\" "
                      "formatCode=\"[$-407]dd.mm.yyyy\"/><numFmt numFmtId=\"165\" "
                      "formatCode=\"&quot;Stk&quot; #,##0\"/></numFmts><cellStyleXfs><xf "
                      "numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"5\"><xf numFmtId=\"0\"/>"
                      "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"20\"/>"
                      "<xf numFmtId=\"22\"/></cellXfs></styleSheet>"});
    if (!sharedStrings.isEmpty())
        parts.append({u"xl/strings.xml"_s,
                      "<?xml version=\"1.0\"?><sst " + mainNs + '>' + sharedStrings + "</sst>"});
    parts.append({u"xl/worksheets/daten.xml"_s, "<?xml version=\"1.0\"?><worksheet " + mainNs +
                                                    "><sheetData>" + sheetData +
                                                    "</sheetData></worksheet>"});
    return parts;
}

} // namespace HandZip
