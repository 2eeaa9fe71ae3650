#include "import/XlsxZip.h"

#include <QDir>
#include <QtEndian>

namespace {

constexpr quint32 endSignature = 0x06054b50;
constexpr quint32 zip64EndSignature = 0x06064b50;
constexpr quint32 zip64LocatorSignature = 0x07064b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localSignature = 0x04034b50;
constexpr qint64 endRecordSize = 22;
constexpr qint64 maxComment = 0xFFFF;
constexpr qint64 inputBlock = 64 * 1024;
constexpr qint64 maxDirectoryBytes = qint64(64) << 20;

quint16 u16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}

qint64 u64(const char* p)
{
    return qint64(qFromLittleEndian<quint64>(p));
}

// The zip64 extra field holds, in this order, each of the sizes and the offset whose 32-bit field
// is 0xFFFFFFFF.
void applyZip64(XlsxZipEntry& entry, const char* extra, qsizetype length)
{
    for (qsizetype at = 0; at + 4 <= length;) {
        const quint16 id = u16(extra + at), size = u16(extra + at + 2);
        const char* data = extra + at + 4;
        if (id == 0x0001) {
            qsizetype field = 0;
            for (qint64* value : {&entry.size, &entry.packedSize, &entry.localHeader})
                if (*value == 0xFFFFFFFF && (field + 1) * 8 <= size)
                    *value = u64(data + 8 * field++);
        }
        at += 4 + size;
    }
}

} // namespace

XlsxZipMember::XlsxZipMember(QFile& file, XlsxZipEntry entry)
    : m_file(file)
    , m_entry(std::move(entry))
{}

XlsxZipMember::~XlsxZipMember()
{
    if (m_zlibStarted)
        inflateEnd(&m_zlib);
}

qint64 XlsxZipMember::fail(const QString& message)
{
    m_error = message;
    return -1;
}

bool XlsxZipMember::open()
{
    const auto refuse = [this](const QString& message) {
        m_error = message;
        return false;
    };
    char header[30];
    if (!m_file.seek(m_entry.localHeader) || m_file.read(header, 30) != 30 ||
        u32(header) != localSignature ||
        !m_file.seek(m_entry.localHeader + 30 + u16(header + 26) + u16(header + 28)))
        return refuse(
            tr("The part %1 cannot be found in the file; it is damaged.").arg(m_entry.name));
    if (m_entry.flags & 0x1)
        return refuse(tr("The part %1 is encrypted; save the workbook without a password.")
                          .arg(m_entry.name));
    if (m_entry.method != 0 && m_entry.method != Z_DEFLATED)
        return refuse(tr("The part %1 is packed in a way LeadScout cannot unpack (method %2).")
                          .arg(m_entry.name)
                          .arg(m_entry.method));
    m_packedLeft = m_entry.packedSize;
    m_crc = crc32(0, nullptr, 0);
    if (m_entry.method == Z_DEFLATED) {
        if (inflateInit2(&m_zlib, -MAX_WBITS) != Z_OK)
            return refuse(tr("Unpacking the part %1 failed.").arg(m_entry.name));
        m_zlibStarted = true;
    }
    return true;
}

bool XlsxZipMember::refill()
{
    const qint64 want = std::min(inputBlock, m_packedLeft);
    m_input.resize(want);
    const qint64 got = want > 0 ? m_file.read(m_input.data(), want) : 0;
    if (got <= 0)
        return false;
    m_packedLeft -= got;
    m_zlib.next_in = reinterpret_cast<Bytef*>(m_input.data());
    m_zlib.avail_in = uInt(got);
    return true;
}

qint64 XlsxZipMember::read(char* data, qint64 max)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_ended || max <= 0)
        return 0;
    qint64 got = 0;
    if (m_entry.method == 0) {
        got = m_file.read(data, std::min(max, m_packedLeft));
        if (got < 0 || (got == 0 && m_packedLeft > 0))
            return fail(tr("The part %1 ends too early; the file is damaged.").arg(m_entry.name));
        m_packedLeft -= got;
        m_ended = m_packedLeft == 0;
    } else {
        m_zlib.next_out = reinterpret_cast<Bytef*>(data);
        m_zlib.avail_out = uInt(std::min<qint64>(max, 1 << 30));
        while (m_zlib.avail_out > 0 && !m_ended) {
            if (m_zlib.avail_in == 0 && !refill())
                return fail(
                    tr("The part %1 ends too early; the file is damaged.").arg(m_entry.name));
            const int result = inflate(&m_zlib, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END)
                return fail(
                    tr("The part %1 cannot be unpacked; the file is damaged.").arg(m_entry.name));
            m_ended = result == Z_STREAM_END;
        }
        got = reinterpret_cast<char*>(m_zlib.next_out) - data;
    }
    m_produced += got;
    m_crc = crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(got));
    if (m_produced > m_entry.size)
        return fail(tr("The part %1 unpacks to more than it declares; the file is refused.")
                        .arg(m_entry.name));
    return m_ended && finish() < 0 ? -1 : got;
}

qint64 XlsxZipMember::finish()
{
    if (m_produced != m_entry.size || m_crc != m_entry.crc)
        return fail(tr("The part %1 fails its checksum; the file is damaged.").arg(m_entry.name));
    return 0;
}

bool XlsxZip::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool XlsxZip::open(const QString& path, int maxEntries)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString()));
    qint64 count = 0, offset = 0, size = 0;
    if (!readEndRecord(count, offset, size))
        return false;
    if (count > maxEntries)
        return fail(tr("The workbook holds %1 parts, more than the %2 a workbook may have; the "
                       "file is refused.")
                        .arg(count)
                        .arg(maxEntries));
    return readDirectory(count, offset, size);
}

bool XlsxZip::readEndRecord(qint64& count, qint64& offset, qint64& size)
{
    const qint64 tail = std::min(m_file.size(), endRecordSize + maxComment);
    QByteArray bytes;
    if (tail >= endRecordSize && m_file.seek(m_file.size() - tail))
        bytes = m_file.read(tail);
    qsizetype at = bytes.size() - endRecordSize;
    while (at >= 0 && u32(bytes.constData() + at) != endSignature)
        --at;
    if (at < 0)
        return fail(tr("%1 is no Excel workbook (.xlsx); an old .xls file must be saved as .xlsx "
                       "first.")
                        .arg(QDir::toNativeSeparators(m_file.fileName())));
    const char* end = bytes.constData() + at;
    count = u16(end + 10);
    size = u32(end + 12);
    offset = u32(end + 16);
    const qint64 endAt = m_file.size() - tail + at;
    if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF)
        return readZip64End(endAt - 20, count, offset, size);
    return true;
}

bool XlsxZip::readZip64End(qint64 locatorAt, qint64& count, qint64& offset, qint64& size)
{
    char locator[20], end[56];
    if (locatorAt < 0 || !m_file.seek(locatorAt) || m_file.read(locator, 20) != 20 ||
        u32(locator) != zip64LocatorSignature || !m_file.seek(u64(locator + 8)) ||
        m_file.read(end, 56) != 56 || u32(end) != zip64EndSignature)
        return fail(tr("The workbook's table of contents is damaged."));
    count = u64(end + 32);
    size = u64(end + 40);
    offset = u64(end + 48);
    return true;
}

bool XlsxZip::readDirectory(qint64 count, qint64 offset, qint64 size)
{
    if (size > maxDirectoryBytes || size < 0 || offset < 0 || !m_file.seek(offset))
        return fail(tr("The workbook's table of contents is damaged."));
    const QByteArray directory = m_file.read(size);
    qsizetype at = 0;
    for (qint64 i = 0; i < count; ++i) {
        const char* record = directory.constData() + at;
        if (at + 46 > directory.size() || u32(record) != directorySignature)
            return fail(tr("The workbook's table of contents is damaged."));
        const quint16 nameLength = u16(record + 28), extraLength = u16(record + 30);
        if (at + 46 + nameLength + extraLength > directory.size())
            return fail(tr("The workbook's table of contents is damaged."));
        XlsxZipEntry entry{QString::fromUtf8(record + 46, nameLength),
                           u16(record + 8),
                           u16(record + 10),
                           u32(record + 16),
                           u32(record + 20),
                           u32(record + 24),
                           u32(record + 42)};
        applyZip64(entry, record + 46 + nameLength, extraLength);
        m_byName.insert(entry.name, m_entries.size());
        m_entries.append(entry);
        at += 46 + nameLength + extraLength + u16(record + 32);
    }
    return true;
}

const XlsxZipEntry* XlsxZip::entry(const QString& name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_entries.at(*it);
}

std::unique_ptr<XlsxZipMember> XlsxZip::member(const XlsxZipEntry& entry)
{
    auto member = std::make_unique<XlsxZipMember>(m_file, entry);
    if (!member->open()) {
        m_error = member->error();
        return nullptr;
    }
    return member;
}
