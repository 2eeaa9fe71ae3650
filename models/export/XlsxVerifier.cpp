#include "export/XlsxVerifier.h"

#include "export/ZipArchive.h"

#include <QFile>
#include <QList>

namespace {

// A fast structural check of XML as libxlsxwriter writes it: declarations, comments, start and
// end tags with quoted attributes, properly nested, one root, nothing after it. A part cut short
// or missing a chunk fails it. (QXmlStreamReader takes ten times as long on a big sheet.)
class XmlStructure
{
public:
    explicit XmlStructure(const QByteArray& xml)
        : m_xml(xml)
    {}

    bool check()
    {
        bool rootClosed = false;
        for (qsizetype lt = m_xml.indexOf('<', m_pos); lt >= 0; lt = m_xml.indexOf('<', m_pos)) {
            if (rootClosed && !onlySpace(m_pos, lt))
                return false;
            m_pos = lt + 1;
            if (!tag())
                return false;
            rootClosed = m_sawRoot && m_open.isEmpty();
        }
        return m_sawRoot && m_open.isEmpty() && onlySpace(m_pos, m_xml.size());
    }

private:
    bool onlySpace(qsizetype from, qsizetype to) const
    {
        for (qsizetype i = from; i < to; ++i)
            if (!QChar::isSpace(uchar(m_xml.at(i))))
                return false;
        return true;
    }

    bool skipPast(QByteArrayView end)
    {
        const qsizetype at = QByteArrayView(m_xml).indexOf(end, m_pos);
        if (at < 0)
            return false;
        m_pos = at + end.size();
        return true;
    }

    bool startsWith(QByteArrayView text) const
    {
        return QByteArrayView(m_xml).sliced(m_pos).startsWith(text);
    }

    QByteArrayView name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_xml.size() && !QChar::isSpace(uchar(m_xml.at(m_pos))) &&
               m_xml.at(m_pos) != '>' && m_xml.at(m_pos) != '/')
            ++m_pos;
        return QByteArrayView(m_xml).sliced(start, m_pos - start);
    }

    // After the name of a start tag: attributes up to '>' or '/>'.
    bool attributesThen(bool& selfClosing)
    {
        char quote = 0;
        for (; m_pos < m_xml.size(); ++m_pos) {
            const char c = m_xml.at(m_pos);
            if (quote) {
                quote = c == quote ? 0 : quote;
                if (c == '<')
                    return false;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                selfClosing = m_xml.at(m_pos - 1) == '/';
                ++m_pos;
                return true;
            } else if (c == '<') {
                return false;
            }
        }
        return false;
    }

    bool tag()
    {
        if (startsWith("?"))
            return skipPast("?>");
        if (startsWith("!--"))
            return skipPast("-->");
        if (startsWith("![CDATA["))
            return skipPast("]]>");
        if (startsWith("/")) {
            ++m_pos;
            const QByteArrayView closing = name();
            if (m_open.isEmpty() || m_open.takeLast() != closing)
                return false;
            return skipPast(">");
        }
        const QByteArrayView opening = name();
        bool selfClosing = false;
        if (opening.isEmpty() || !attributesThen(selfClosing) || (m_sawRoot && m_open.isEmpty()))
            return false;
        m_sawRoot = true;
        if (!selfClosing)
            m_open.append(opening);
        return true;
    }

    const QByteArray& m_xml;
    qsizetype m_pos = 0;
    QList<QByteArrayView> m_open;
    bool m_sawRoot = false;
};

} // namespace

namespace XlsxVerifier {

QString problemWith(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const ZipArchive zip(file.readAll());
    if (!zip.isValid())
        return zip.error();
    for (const ZipArchive::Entry& entry : zip.entries()) {
        QString error;
        const QByteArray content = zip.read(entry, error);
        if (!error.isEmpty())
            return error;
        const bool xml = entry.name.endsWith(QLatin1String(".xml")) ||
                         entry.name.endsWith(QLatin1String(".rels"));
        if (xml && !XmlStructure(content).check())
            return QCoreApplication::translate("XlsxVerifier", "%1 is incomplete").arg(entry.name);
    }
    return {};
}

} // namespace XlsxVerifier
