#include "import/XlsxPackage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace {
constexpr qint64 ratioCheckFrom = qint64(1) << 20;
}

XlsxXmlStream::XlsxXmlStream(std::unique_ptr<XlsxZipMember> member, QString part, qint64 limit,
                             qint64 size, const XlsxLimits& limits)
    : m_member(std::move(member))
    , m_part(std::move(part))
    , m_limit(limit)
    , m_size(size)
    , m_maxDepth(limits.maxDepth)
    , m_maxTokenBytes(limits.maxTokenBytes)
{
    m_xml.setNamespaceProcessing(true);
    // An XLSX part never declares entities; what one declares expands by at most this much.
    m_xml.setEntityExpansionLimit(1024);
}

bool XlsxXmlStream::withinLimits(QXmlStreamReader::TokenType token)
{
    if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
        // Office never writes a document type; one in a workbook is there for entity tricks
        // (a billion laughs, external files), so it is refused rather than interpreted.
        m_error = tr("The part %1 of the workbook declares a document type or entities, which "
                     "no Excel file has; the file is refused.")
                      .arg(m_part);
        return false;
    }
    if (token == QXmlStreamReader::StartElement && ++m_depth > m_maxDepth) {
        m_error = tr("The part %1 of the workbook nests elements more than %2 deep; the file is "
                     "refused.")
                      .arg(m_part)
                      .arg(m_maxDepth);
        return false;
    }
    if (token == QXmlStreamReader::EndElement)
        --m_depth;
    return true;
}

XlsxXmlStream::~XlsxXmlStream() = default;

double XlsxXmlStream::progress() const
{
    return m_size > 0 ? std::min(1.0, double(m_read) / double(m_size)) : 0.0;
}

bool XlsxXmlStream::feed()
{
    if (m_finished)
        return false;
    m_block.resize(blockBytes);
    const qint64 read = m_member->read(m_block.data(), blockBytes);
    if (read < 0) {
        m_error = m_member->error();
        return false;
    }
    m_read += read;
    // Bytes fed since the parser last gave a token are held unparsed: one token that never
    // ends (a tag, an attribute, a text) must not gather the whole part in memory.
    m_fedSinceToken += read;
    if (m_fedSinceToken > m_maxTokenBytes) {
        m_error = tr("The part %1 of the workbook holds a single tag or text longer than %2; "
                     "the file is refused.")
                      .arg(m_part, QLocale().formattedDataSize(m_maxTokenBytes));
        return false;
    }
    if (m_read > m_limit) {
        m_error = tr("The part %1 of the workbook unpacks to more than %2; the file is refused.")
                      .arg(m_part)
                      .arg(QLocale().formattedDataSize(m_limit));
        return false;
    }
    if (read == 0) {
        m_finished = true;
        return false;
    }
    m_xml.addData(QByteArray(m_block.constData(), read));
    return true;
}

QXmlStreamReader::TokenType XlsxXmlStream::next()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const auto token = m_xml.readNext();
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
            if (m_xml.hasError())
                m_error = tr("The part %1 of the workbook is damaged: %2 (line %3)")
                              .arg(m_part, m_xml.errorString())
                              .arg(m_xml.lineNumber());
            else if (!withinLimits(token))
                return QXmlStreamReader::Invalid;
            m_fedSinceToken = 0;
            return token;
        }
        if (!feed()) {
            if (m_error.isEmpty())
                m_error = tr("The part %1 of the workbook ends too early.").arg(m_part);
            return QXmlStreamReader::Invalid;
        }
    }
}

XlsxPackage::XlsxPackage(XlsxLimits limits)
    : m_limits(limits)
{}

XlsxPackage::~XlsxPackage() = default;

bool XlsxPackage::open(const QString& path)
{
    if (!m_zip.open(path, m_limits.maxEntries)) {
        m_error = m_zip.error();
        return false;
    }
    for (const XlsxZipEntry& entry : m_zip.entries()) {
        const qint64 packed = std::max<qint64>(1, entry.packedSize);
        if (entry.size > ratioCheckFrom && entry.size / packed > m_limits.maxRatio) {
            m_error = tr("The part %1 of the workbook unpacks to %2 times its packed size, as a "
                         "zip bomb does; the file is refused.")
                          .arg(entry.name)
                          .arg(entry.size / packed);
            return false;
        }
    }
    return true;
}

std::unique_ptr<XlsxXmlStream> XlsxPackage::stream(const QString& part, qint64 limit)
{
    const XlsxZipEntry* entry = m_zip.entry(part);
    if (!entry) {
        m_error = tr("The workbook has no part %1.").arg(part);
        return nullptr;
    }
    if (entry->size > limit) {
        m_error = tr("The part %1 of the workbook unpacks to more than %2; the file is refused.")
                      .arg(part, QLocale().formattedDataSize(limit));
        return nullptr;
    }
    auto member = m_zip.member(*entry);
    if (!member) {
        m_error = m_zip.error();
        return nullptr;
    }
    return std::make_unique<XlsxXmlStream>(std::move(member), part, limit, entry->size, m_limits);
}
