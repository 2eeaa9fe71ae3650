#include "import/TextEncoding.h"

#include <array>

namespace {

// Windows-1252's bytes 0x80–0x9F (WHATWG's table: the five unassigned bytes map to the C1
// control of the same value, as browsers and Excel read them). Every other byte is Latin-1.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeSingleByte(QByteArrayView bytes, bool windows1252)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ =
            windows1252 && byte >= 0x80 && byte < 0xA0 ? cp1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QStringConverter::Encoding qtEncoding(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LE:
        return QStringConverter::Utf16LE;
    case TextEncoding::Utf16BE:
        return QStringConverter::Utf16BE;
    default:
        return QStringConverter::Utf8;
    }
}

bool singleByte(TextEncoding encoding)
{
    return encoding == TextEncoding::Windows1252 || encoding == TextEncoding::Latin1;
}

// The length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// The second byte's range narrows for E0, ED, F0 and F4 (no overlongs, no surrogates, ≤ U+10FFFF).
bool validSecond(unsigned char lead, unsigned char second)
{
    const unsigned char low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    return second >= low && second <= high;
}

} // namespace

namespace TextEncodings {

QString name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

std::optional<TextEncoding> fromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    if (key == QLatin1String("iso88591") || key == QLatin1String("latin1"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

QList<TextEncoding> all()
{
    return {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Utf16LE,
            TextEncoding::Utf16BE, TextEncoding::Latin1};
}

bool isValidUtf8(QByteArrayView bytes, bool truncated)
{
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const int length = sequenceLength(lead);
        if (length == 0)
            return false;
        for (int k = 1; k < length; ++k) {
            if (i + k >= size)
                return truncated;
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if (k == 1 ? !validSecond(lead, next) : (next & 0xC0) != 0x80)
                return false;
        }
        i += length;
    }
    return true;
}

TextEncoding detect(QByteArrayView sample, bool truncated)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (sample.startsWith("\xFF\xFE"))
        return TextEncoding::Utf16LE;
    if (sample.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16BE;
    return isValidUtf8(sample, truncated) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

} // namespace TextEncodings

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
    , m_decoder(qtEncoding(encoding))
{}

QString TextDecoder::decode(QByteArrayView bytes)
{
    if (singleByte(m_encoding))
        return decodeSingleByte(bytes, m_encoding == TextEncoding::Windows1252);
    QString text = m_decoder.decode(bytes);
    m_error = m_error || m_decoder.hasError();
    return text;
}

bool TextDecoder::hasError() const
{
    return m_error;
}

bool TextDecoder::hasPendingBytes() const
{
    return !singleByte(m_encoding) && m_decoder.pending();
}

QString TextDecoder::errorMessage() const
{
    return tr("The file is not valid %1 text. Choose its encoding (for example Windows-1252).")
        .arg(TextEncodings::name(m_encoding));
}
