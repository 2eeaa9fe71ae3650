#include "XlsxSheetReader.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

namespace {

QByteArray unzipMember(const QString& path, const QString& member, QString& error)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, member});
    if (!unzip.waitForFinished(60000) || unzip.exitStatus() != QProcess::NormalExit) {
        error = QStringLiteral("unzip did not finish for %1").arg(member);
        return {};
    }
    if (unzip.exitCode() != 0)
        error = QStringLiteral("unzip -p %1 %2 failed: %3")
                    .arg(path, member, QString::fromUtf8(unzip.readAllStandardError()));
    return unzip.readAllStandardOutput();
}

int columnIndex(const QString& ref)
{
    int index = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        index = index * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return index - 1;
}

int rowIndex(const QString& ref)
{
    qsizetype i = 0;
    while (i < ref.size() && ref.at(i).isLetter())
        ++i;
    return ref.mid(i).toInt() - 1;
}

// Excel escapes characters XML cannot carry as _xHHHH_ (ECMA-376 ST_Xstring); _x005F_ is "_".
QString unescape(const QString& text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

// The text of an <si> or <is> element (the reader stands on its start): every <t> inside it.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("t"))
            text += unescape(xml.readElementText());
        else if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
    }
    return text;
}

QStringList sharedStrings(const QByteArray& bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings.append(richText(xml));
    return strings;
}

void readStyles(const QByteArray& bytes, XlsxSheet& sheet)
{
    QMap<int, QString> formats{
        {0, QString()}, {14, QStringLiteral("m/d/yyyy")}, {22, QStringLiteral("m/d/yyyy h:mm")}};
    QList<bool> fontBold;
    QXmlStreamReader xml(bytes);
    bool inFonts = false, inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isEndElement()) {
            inFonts = inFonts && name != QLatin1String("fonts");
            inCellXfs = inCellXfs && name != QLatin1String("cellXfs");
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto attr = xml.attributes();
        if (name == QLatin1String("numFmt"))
            formats[attr.value(QLatin1String("numFmtId")).toInt()] =
                attr.value(QLatin1String("formatCode")).toString();
        else if (name == QLatin1String("fonts"))
            inFonts = true;
        else if (name == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inFonts && name == QLatin1String("font"))
            fontBold.append(false);
        else if (inFonts && name == QLatin1String("b") && !fontBold.isEmpty())
            fontBold.last() = attr.value(QLatin1String("val")) != QLatin1String("0");
        else if (inCellXfs && name == QLatin1String("xf")) {
            sheet.numberFormats[xfIndex] =
                formats.value(attr.value(QLatin1String("numFmtId")).toInt());
            sheet.bold[xfIndex] = fontBold.value(attr.value(QLatin1String("fontId")).toInt());
            ++xfIndex;
        }
    }
}

XlsxCell readCell(QXmlStreamReader& xml, const QStringList& strings)
{
    XlsxCell cell;
    cell.type = xml.attributes().value(QLatin1String("t")).toString();
    cell.style = xml.attributes().value(QLatin1String("s")).toInt();
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v"))
            cell.text = xml.readElementText();
        else if (xml.name() == QLatin1String("is"))
            cell.text = richText(xml);
        else if (xml.name() == QLatin1String("f")) {
            cell.formula = true;
            xml.skipCurrentElement();
        } else
            xml.skipCurrentElement();
    }
    if (cell.type == QLatin1String("s"))
        cell.text = strings.value(cell.text.toInt());
    return cell;
}

void readWorksheet(const QByteArray& bytes, const QStringList& strings, XlsxSheet& sheet)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const auto attr = xml.attributes();
        if (name == QLatin1String("pane") &&
            attr.value(QLatin1String("state")) == QLatin1String("frozen"))
            sheet.frozenTopLeft = attr.value(QLatin1String("topLeftCell")).toString();
        else if (name == QLatin1String("autoFilter"))
            sheet.autoFilterRef = attr.value(QLatin1String("ref")).toString();
        else if (name == QLatin1String("col")) {
            for (int c = attr.value(QLatin1String("min")).toInt();
                 c <= attr.value(QLatin1String("max")).toInt(); ++c) {
                while (sheet.columnWidths.size() < c)
                    sheet.columnWidths.append(0);
                sheet.columnWidths[c - 1] = attr.value(QLatin1String("width")).toDouble();
            }
        } else if (name == QLatin1String("c")) {
            const QString ref = attr.value(QLatin1String("r")).toString();
            const int r = rowIndex(ref), c = columnIndex(ref);
            while (sheet.rows.size() <= r)
                sheet.rows.append(QList<XlsxCell>());
            while (sheet.rows[r].size() <= c)
                sheet.rows[r].append(XlsxCell());
            sheet.rows[r][c] = readCell(xml, strings);
        }
    }
    if (xml.hasError())
        sheet.error = QStringLiteral("worksheet XML: %1").arg(xml.errorString());
}

} // namespace

XlsxSheet XlsxSheet::read(const QString& path)
{
    XlsxSheet sheet;
    QString ignored;
    // Written in constant-memory mode there may be no shared strings at all.
    const QStringList strings =
        sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml"), ignored));
    readStyles(unzipMember(path, QStringLiteral("xl/styles.xml"), sheet.error), sheet);
    const QByteArray worksheet =
        unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"), sheet.error);
    if (!sheet.error.isEmpty())
        return sheet;
    readWorksheet(worksheet, strings, sheet);
    QXmlStreamReader core(unzipMember(path, QStringLiteral("docProps/core.xml"), ignored));
    while (!core.atEnd())
        if (core.readNext() == QXmlStreamReader::StartElement &&
            core.name() == QLatin1String("created"))
            sheet.created = core.readElementText();
    return sheet;
}

const XlsxCell* XlsxSheet::cell(int row, int column) const
{
    if (row >= rows.size() || column >= rows.at(row).size())
        return nullptr;
    return &rows.at(row).at(column);
}

QString XlsxSheet::text(int row, int column) const
{
    const XlsxCell* found = cell(row, column);
    return found ? found->text : QString();
}

bool XlsxSheet::isDate(int row, int column) const
{
    const XlsxCell* found = cell(row, column);
    if (!found || !found->isNumber() || found->text.isEmpty())
        return false;
    const QString format = numberFormats.value(found->style).toLower();
    return format.contains(QLatin1Char('y')) && format.contains(QLatin1Char('d'));
}

QString XlsxSheet::serialToIso(double serial, bool withTime)
{
    const QDate epoch(1899, 12, 30);
    const qint64 days = qint64(std::floor(serial));
    const qint64 seconds = qRound64((serial - double(days)) * 86400.0);
    const QDateTime time(epoch.addDays(days), QTime(0, 0).addSecs(int(seconds)));
    return withTime ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                    : time.date().toString(Qt::ISODate);
}
