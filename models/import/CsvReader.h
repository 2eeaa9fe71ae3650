#pragma once

#include "import/ImportSource.h"
#include "import/TextEncoding.h"

#include <QIODevice>
#include <memory>
#include <optional>

/// How to read a CSV file; what is left unset is detected from the file's first block.
struct CsvOptions
{
    QChar delimiter;                      ///< null: detected (comma, semicolon, tab or pipe)
    std::optional<TextEncoding> encoding; ///< nothing: detected (BOM, UTF-8 or Windows-1252)
    bool hasHeader = true;                ///< the first record names the columns
    bool skipBlankLines = true;           ///< a line with nothing on it is no record
    /// Keep a quote inside an unquoted field, and text after a closing quote, as characters (as
    /// Excel and Python's csv do) instead of reporting the record. Only on the rep's request.
    bool lenientQuotes = false;
    /// The most text one record may hold. A quote that is never closed would otherwise swallow
    /// the rest of the file into one field; past this the file is refused.
    qsizetype maxRecordChars = 4 * 1024 * 1024;
    /// The most fields one record may have: Excel's 16,384 columns. A line of nothing but
    /// delimiters would otherwise become millions of empty cells (each far larger than its byte).
    qsizetype maxColumns = 16384;
};

/// Reads CSV per RFC 4180, streaming: quoted fields may hold delimiters, doubled quotes and line
/// breaks; records end in CRLF, LF or a lone CR, also mixed; the last one needs no line break.
/// What RFC 4180 forbids is reported with its row and line, never guessed: a quote inside an
/// unquoted field and text after a closing quote break that record (reading goes on with the next
/// line); a quote that is never closed, bytes that are not text in the encoding and a runaway
/// record stop reading. Cells are kept as written (no trimming); a NUL character is kept.
class CsvReader : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Bytes read from the device at a time (the first block also serves for detection).
    static constexpr qsizetype blockBytes = 64 * 1024;

    explicit CsvReader(CsvOptions options = {});
    ~CsvReader() override;

    /// Starts reading `device` (open for reading, not taken over): detects what the options
    /// leave open and reads the header. False with problem() set when that fails.
    bool open(QIODevice* device);
    /// Opens the file at `path` and reads it as above.
    bool open(const QString& path);

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_options.delimiter; }

    QStringList header() const override { return m_header; }
    Step next(ImportRow& row) override;
    ImportProblem problem() const override { return m_problem; }
    double progress() const override;

    /// The memory the reader holds right now, in bytes: the raw and decoded block and the
    /// record being read. It stays bounded by the block size and the longest record.
    qsizetype bufferedBytes() const;

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
        SkipLine,
        Done
    };

    bool fill();
    void decodeBlock(QByteArrayView bytes);
    // The character handlers return true when next() has a step to give (`step`).
    bool consume(QChar c, ImportRow& row, Step& step);
    bool fieldStart(QChar c, qint64 line, ImportRow& row, Step& step);
    bool afterQuote(QChar c, qint64 line, ImportRow& row, Step& step);
    bool tooLong(Step& step);
    bool append(QChar c, Step& step);
    bool endRecord(ImportRow& row, Step& step);
    void beginRecord(qint64 line);
    bool endField(Step& step);
    Step endOfFile(ImportRow& row);
    Step fail(const QString& message, bool fatal, qint64 line);

    CsvOptions m_options;
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice* m_device = nullptr;
    TextEncoding m_encoding = TextEncoding::Utf8;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_bytes;
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_invalidAt = -1; ///< where in m_text the first undecodable byte landed
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
    bool m_readFailed = false;

    State m_state = State::FieldStart;
    QStringList m_cells;
    QString m_field;
    qsizetype m_recordChars = 0;
    bool m_inRecord = false;
    bool m_recordHasText = false; ///< more than a line break: "" or a delimiter counts
    bool m_lastCR = false;
    qint64 m_line = 1;
    qint64 m_rows = 0;
    qint64 m_recordLine = 0;
    qint64 m_quoteLine = 0;

    QStringList m_header;
    ImportProblem m_problem;
};
