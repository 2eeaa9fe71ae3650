#pragma once

#include "import/XlsxZip.h"

#include <QXmlStreamReader>

/// How much an XLSX file may unpack to. A zip bomb (a small file that unpacks to gigabytes) or a
/// hostile file with thousands of parts is refused before anything is unpacked, and the bytes
/// actually unpacked are counted too, in case the sizes the file declares are false.
struct XlsxLimits
{
    int maxEntries = 10000;
    qint64 maxSheetBytes = qint64(2) << 30;           ///< a worksheet streams, so it may be large
    qint64 maxSharedStringsBytes = qint64(200) << 20; ///< shared strings are kept in memory
    qint64 maxPartBytes = qint64(32) << 20;           ///< workbook, relationships, styles
    /// The most a part over 1 MiB may unpack to per packed byte (real sheets reach about 100).
    qint64 maxRatio = 1000;
    /// How deep elements may nest in a part. Real parts nest below 10; a part of nothing but
    /// opening tags would otherwise grow the parser's stack of open elements without end.
    int maxDepth = 256;
    /// The most text the parser may hold unparsed: one tag, attribute or run of text. Excel
    /// keeps at most 32,767 characters in a cell; a giant token would otherwise be held whole.
    qint64 maxTokenBytes = qint64(8) << 20;
};

/// One XML part of an XLSX package, unpacked block by block into a QXmlStreamReader: the part is
/// never unpacked whole, and reading stops with an error past the part's limit.
class XlsxXmlStream
{
    Q_DECLARE_TR_FUNCTIONS(XlsxXmlStream)

public:
    static constexpr qsizetype blockBytes = 64 * 1024;

    XlsxXmlStream(std::unique_ptr<XlsxZipMember> member, QString part, qint64 limit, qint64 size,
                  const XlsxLimits& limits = {});
    ~XlsxXmlStream();

    /// The next token; Invalid with error() set when the XML is broken, the part is too large
    /// or unpacking fails. Characters of one text may come as several tokens.
    QXmlStreamReader::TokenType next();
    QXmlStreamReader& xml() { return m_xml; }
    QString error() const { return m_error; }
    double progress() const;
    /// The bytes held: the block and what QXmlStreamReader has not parsed yet.
    qsizetype bufferedBytes() const { return m_block.capacity(); }

private:
    bool feed();
    bool withinLimits(QXmlStreamReader::TokenType token);

    std::unique_ptr<XlsxZipMember> m_member;
    QString m_part;
    qint64 m_limit;
    qint64 m_size;
    int m_maxDepth;
    qint64 m_maxTokenBytes;
    int m_depth = 0;
    qint64 m_fedSinceToken = 0;
    qint64 m_read = 0;
    bool m_finished = false;
    QByteArray m_block;
    QXmlStreamReader m_xml;
    QString m_error;
};

/// An XLSX file opened for reading its parts, after checking it against the limits.
class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    explicit XlsxPackage(XlsxLimits limits = {});
    ~XlsxPackage();

    /// Opens the file and checks its table of contents; false with error() when it is no zip
    /// file or breaks a limit.
    bool open(const QString& path);
    bool contains(const QString& part) const { return m_zip.entry(part) != nullptr; }
    /// Starts streaming `part` ("xl/workbook.xml"), whose size may be up to `limit` bytes;
    /// nothing with error() set when the part is missing or cannot be unpacked. One part at a
    /// time: the stream must be gone before the next is opened.
    std::unique_ptr<XlsxXmlStream> stream(const QString& part, qint64 limit);
    QString error() const { return m_error; }
    const XlsxLimits& limits() const { return m_limits; }

private:
    XlsxLimits m_limits;
    XlsxZip m_zip;
    QString m_error;
};
