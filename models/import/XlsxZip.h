#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <memory>
#include <zlib.h>

/// One member of a zip file as its central directory describes it.
struct XlsxZipEntry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0; ///< 0 stored, 8 deflated
    quint32 crc = 0;
    qint64 packedSize = 0;
    qint64 size = 0;
    qint64 localHeader = 0;
};

/// Unpacks one member of a zip file block by block (stored or deflated), checking its size and
/// CRC against the central directory: a member that unpacks to more than it declares is refused.
class XlsxZipMember
{
    Q_DECLARE_TR_FUNCTIONS(XlsxZipMember)

public:
    XlsxZipMember(QFile& file, XlsxZipEntry entry);
    ~XlsxZipMember();
    XlsxZipMember(const XlsxZipMember&) = delete;
    XlsxZipMember& operator=(const XlsxZipMember&) = delete;

    /// Positions on the member's data; false with error() set when the file is damaged.
    bool open();
    /// Up to `max` unpacked bytes into `data`; 0 at the end, -1 with error() set on damage.
    qint64 read(char* data, qint64 max);
    QString error() const { return m_error; }

private:
    qint64 fail(const QString& message);
    qint64 finish();
    bool refill();

    QFile& m_file;
    XlsxZipEntry m_entry;
    z_stream m_zlib{};
    bool m_zlibStarted = false;
    QByteArray m_input;
    qint64 m_packedLeft = 0;
    qint64 m_produced = 0;
    quint32 m_crc = 0;
    bool m_ended = false;
    QString m_error;
};

/// The central directory of a zip file (with zip64), read without unpacking anything. Qt 6.4 has
/// no public zip reader, and QuaZip cannot be linked beside libxlsxwriter (it exports minizip's
/// functions with other signatures), so this reads the few things an XLSX package needs.
class XlsxZip
{
    Q_DECLARE_TR_FUNCTIONS(XlsxZip)

public:
    /// Opens `path` and reads its directory, refusing more than `maxEntries` members.
    bool open(const QString& path, int maxEntries);
    QString error() const { return m_error; }
    const QList<XlsxZipEntry>& entries() const { return m_entries; }
    const XlsxZipEntry* entry(const QString& name) const;
    /// A reader for one member; only one may read at a time (they share the file).
    std::unique_ptr<XlsxZipMember> member(const XlsxZipEntry& entry);

private:
    bool fail(const QString& message);
    bool readEndRecord(qint64& count, qint64& offset, qint64& size);
    bool readZip64End(qint64 locatorAt, qint64& count, qint64& offset, qint64& size);
    bool readDirectory(qint64 count, qint64 offset, qint64 size);

    QFile m_file;
    QList<XlsxZipEntry> m_entries;
    QHash<QString, qsizetype> m_byName;
    QString m_error;
};
