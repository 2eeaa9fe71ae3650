#include "import/XlsxWorkbook.h"

#include <QDir>

namespace {

const QString workbookPart = QStringLiteral("xl/workbook.xml");
const QString relationshipsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
const QString relationshipsNs =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

bool isStart(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == name;
}

bool trueValue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// A relationship's target, relative to xl/ or absolute within the package.
QString partPath(const QString& target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

} // namespace

bool XlsxRichText::take(QXmlStreamReader& xml)
{
    switch (xml.tokenType()) {
    case QXmlStreamReader::StartElement:
        ++m_depth;
        m_inPhonetic = m_inPhonetic || xml.name() == QLatin1String("rPh");
        m_inRun = xml.name() == QLatin1String("t") && !m_inPhonetic;
        break;
    case QXmlStreamReader::EndElement:
        if (xml.name() == QLatin1String("rPh"))
            m_inPhonetic = false;
        m_inRun = false;
        return --m_depth == 0;
    case QXmlStreamReader::Characters:
        if (m_inRun)
            m_text += xml.text();
        break;
    default:
        break;
    }
    return false;
}

void XlsxRichText::clear()
{
    m_text.clear();
    m_depth = 0;
    m_inRun = m_inPhonetic = false;
}

bool XlsxWorkbook::read(XlsxPackage& package, QString& error)
{
    return readSheets(package, error) && readStyles(package, error) &&
           readSharedStrings(package, error);
}

bool XlsxWorkbook::readSheets(XlsxPackage& package, QString& error)
{
    QHash<QString, QString> targets;
    if (!readRelationships(package, targets, error))
        return false;
    auto stream = package.stream(workbookPart, package.limits().maxPartBytes);
    if (!stream) {
        error = package.error();
        return false;
    }
    for (auto token = stream->next(); token != QXmlStreamReader::EndDocument;
         token = stream->next()) {
        if (token == QXmlStreamReader::Invalid) {
            error = stream->error();
            return false;
        }
        const QXmlStreamReader& xml = stream->xml();
        const auto attributes = xml.attributes();
        if (isStart(xml, QLatin1String("workbookPr")))
            date1904 = trueValue(attributes.value(QLatin1String("date1904")));
        else if (isStart(xml, QLatin1String("sheet")))
            sheets.append(
                {attributes.value(QLatin1String("name")).toString(),
                 targets.value(attributes.value(relationshipsNs, QLatin1String("id")).toString())});
    }
    if (sheets.isEmpty()) {
        error = tr("The workbook has no sheets.");
        return false;
    }
    return true;
}

bool XlsxWorkbook::readRelationships(XlsxPackage& package, QHash<QString, QString>& targets,
                                     QString& error)
{
    auto stream = package.stream(relationshipsPart, package.limits().maxPartBytes);
    if (!stream) {
        error = package.error();
        return false;
    }
    for (auto token = stream->next(); token != QXmlStreamReader::EndDocument;
         token = stream->next()) {
        if (token == QXmlStreamReader::Invalid) {
            error = stream->error();
            return false;
        }
        if (!isStart(stream->xml(), QLatin1String("Relationship")))
            continue;
        const auto attributes = stream->xml().attributes();
        const QString target = partPath(attributes.value(QLatin1String("Target")).toString());
        const auto type = attributes.value(QLatin1String("Type"));
        if (type.endsWith(QLatin1String("/styles")))
            m_stylesPart = target;
        else if (type.endsWith(QLatin1String("/sharedStrings")))
            m_sharedStringsPart = target;
        targets.insert(attributes.value(QLatin1String("Id")).toString(), target);
    }
    return true;
}

bool XlsxWorkbook::readStyles(XlsxPackage& package, QString& error)
{
    if (!package.contains(m_stylesPart))
        return true; // no styles: every number is a number
    auto stream = package.stream(m_stylesPart, package.limits().maxPartBytes);
    if (!stream) {
        error = package.error();
        return false;
    }
    QHash<int, QString> codes;
    bool inCellFormats = false;
    for (auto token = stream->next(); token != QXmlStreamReader::EndDocument;
         token = stream->next()) {
        if (token == QXmlStreamReader::Invalid) {
            error = stream->error();
            return false;
        }
        const QXmlStreamReader& xml = stream->xml();
        const auto attributes = xml.attributes();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
            inCellFormats = false;
        else if (isStart(xml, QLatin1String("cellXfs")))
            inCellFormats = true;
        else if (isStart(xml, QLatin1String("numFmt")))
            codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                         attributes.value(QLatin1String("formatCode")).toString());
        else if (inCellFormats && isStart(xml, QLatin1String("xf"))) {
            const int id = attributes.value(QLatin1String("numFmtId")).toInt();
            styleKinds.append(XlsxCellValue::kindOf(id, codes.value(id)));
        }
    }
    return true;
}

bool XlsxWorkbook::readSharedStrings(XlsxPackage& package, QString& error)
{
    if (!package.contains(m_sharedStringsPart))
        return true; // written in constant-memory mode or with inline strings only
    auto stream = package.stream(m_sharedStringsPart, package.limits().maxSharedStringsBytes);
    if (!stream) {
        error = package.error();
        return false;
    }
    XlsxRichText item;
    bool inItem = false;
    for (auto token = stream->next(); token != QXmlStreamReader::EndDocument;
         token = stream->next()) {
        if (token == QXmlStreamReader::Invalid) {
            error = stream->error();
            return false;
        }
        if (!inItem && isStart(stream->xml(), QLatin1String("si"))) {
            inItem = true;
            item.clear();
        }
        if (inItem && item.take(stream->xml())) {
            sharedStrings.append(item.text());
            inItem = false;
        }
    }
    return true;
}
