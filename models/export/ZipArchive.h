#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A small read-only zip reader (stored and deflated entries, no ZIP64, no encryption) over
/// zlib: enough to read back the XLSX packages LeadScout writes. Every read entry is checked
/// against the size and CRC-32 its directory records.
class ZipArchive
{
public:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeaderOffset = 0;
    };

    /// Reads the archive's central directory; `error()` says why when that failed.
    explicit ZipArchive(const QByteArray& bytes);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<Entry>& entries() const { return m_entries; }

    /// The entry's content, or an empty array with `error` set.
    QByteArray read(const Entry& entry, QString& error) const;

private:
    bool readDirectory();

    QByteArray m_bytes;
    QList<Entry> m_entries;
    QString m_error;
};
