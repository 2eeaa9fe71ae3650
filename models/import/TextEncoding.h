#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <optional>

/// The encodings an import file may come in, and how to tell them apart from the first bytes.
enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
    Latin1
};

namespace TextEncodings {
/// The name shown and accepted for `encoding` ("UTF-8", "UTF-16LE", "Windows-1252", …).
QString name(TextEncoding encoding);
/// The encoding a rep or a command line names, in any case and with the common aliases
/// ("utf8", "cp1252", "iso-8859-1", "utf-16le"…); nothing for an unknown name.
std::optional<TextEncoding> fromName(QStringView name);
/// The encodings a rep can choose from, in the order they are offered.
QList<TextEncoding> all();

/// The encoding of a file that starts with `sample`: a byte-order mark decides (UTF-8, UTF-16
/// LE or BE); without one, UTF-8 when the bytes are valid UTF-8 (a sequence cut off at the end of
/// the sample counts as valid when `truncated`), else Windows-1252.
TextEncoding detect(QByteArrayView sample, bool truncated);
/// True when `bytes` are valid UTF-8; an incomplete sequence at the very end is allowed when
/// `truncated` (the rest may follow in the next block).
bool isValidUtf8(QByteArrayView bytes, bool truncated);
} // namespace TextEncodings

/// Decodes a byte stream block by block in one encoding; a character split between blocks is
/// completed by the next block. A byte-order mark at the start is skipped. Windows-1252 and
/// Latin-1 decode through a table (Qt 6.4 without ICU has no Windows-1252 codec).
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    explicit TextDecoder(TextEncoding encoding);

    /// The text of the next block of bytes.
    QString decode(QByteArrayView bytes);
    /// True once bytes came that are not valid in the encoding (only UTF-8 and UTF-16 can have
    /// such bytes); they decode as U+FFFD, so a reader must stop and say so.
    bool hasError() const;
    /// True when the bytes given so far end inside a character (the file ended too early).
    bool hasPendingBytes() const;
    /// The message for bytes that are not valid in this decoder's encoding.
    QString errorMessage() const;

private:
    // QStringDecoder keeps a character cut off between blocks in its protected state.
    struct Decoder : QStringDecoder
    {
        using QStringDecoder::QStringDecoder;
        bool pending() const { return state.remainingChars != 0; }
    };

    TextEncoding m_encoding;
    Decoder m_decoder;
    bool m_error = false;
};
