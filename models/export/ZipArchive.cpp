#include "export/ZipArchive.h"

#include <QtEndian>
#include <zlib.h>

namespace {

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localSignature = 0x04034b50;
constexpr qsizetype endOfDirectorySize = 22;

quint16 u16(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 u32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

QByteArray inflateRaw(const char* data, quint32 size, quint32 expected, QString& error)
{
    QByteArray out(qsizetype(expected), Qt::Uninitialized);
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        error = QStringLiteral("zlib could not start");
        return {};
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream.avail_in = size;
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = expected;
    const int result = inflate(&stream, Z_FINISH);
    const uLong produced = stream.total_out;
    inflateEnd(&stream);
    if (result != Z_STREAM_END || produced != expected) {
        error = QStringLiteral("the compressed data is damaged");
        return {};
    }
    return out;
}

} // namespace

ZipArchive::ZipArchive(const QByteArray& bytes)
    : m_bytes(bytes)
{
    if (!readDirectory() && m_error.isEmpty())
        m_error = QStringLiteral("no zip directory");
}

bool ZipArchive::readDirectory()
{
    qsizetype end = -1;
    for (qsizetype at = m_bytes.size() - endOfDirectorySize;
         at >= 0 && at >= m_bytes.size() - 65557; --at)
        if (u32(m_bytes, at) == endOfDirectorySignature) {
            end = at;
            break;
        }
    if (end < 0)
        return false;
    const quint16 count = u16(m_bytes, end + 10);
    qsizetype at = u32(m_bytes, end + 16);
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > end || u32(m_bytes, at) != directorySignature) {
            m_error = QStringLiteral("the zip directory is damaged");
            return false;
        }
        Entry entry;
        entry.method = u16(m_bytes, at + 10);
        entry.crc = u32(m_bytes, at + 16);
        entry.compressedSize = u32(m_bytes, at + 20);
        entry.size = u32(m_bytes, at + 24);
        const quint16 nameLength = u16(m_bytes, at + 28);
        entry.localHeaderOffset = u32(m_bytes, at + 42);
        entry.name = QString::fromUtf8(m_bytes.mid(at + 46, nameLength));
        at += 46 + nameLength + u16(m_bytes, at + 30) + u16(m_bytes, at + 32);
        m_entries.append(entry);
    }
    return !m_entries.isEmpty();
}

QByteArray ZipArchive::read(const Entry& entry, QString& error) const
{
    const qsizetype local = entry.localHeaderOffset;
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != localSignature) {
        error = QStringLiteral("%1: the local header is missing").arg(entry.name);
        return {};
    }
    const qsizetype data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + qsizetype(entry.compressedSize) > m_bytes.size()) {
        error = QStringLiteral("%1: the data is cut short").arg(entry.name);
        return {};
    }
    QByteArray content;
    if (entry.method == 0)
        content = m_bytes.mid(data, entry.compressedSize);
    else if (entry.method == Z_DEFLATED)
        content = inflateRaw(m_bytes.constData() + data, entry.compressedSize, entry.size, error);
    else
        error = QStringLiteral("%1: unknown compression %2").arg(entry.name).arg(entry.method);
    if (!error.isEmpty())
        return {};
    const uLong crc =
        crc32(0L, reinterpret_cast<const Bytef*>(content.constData()), uInt(content.size()));
    if (quint32(content.size()) != entry.size || crc != entry.crc) {
        error = QStringLiteral("%1: the checksum does not match").arg(entry.name);
        return {};
    }
    return content;
}
