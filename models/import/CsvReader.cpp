#include "import/CsvReader.h"

#include "import/CsvSniffer.h"

#include <QDir>
#include <QFile>
#include <QLocale>

CsvReader::CsvReader(CsvOptions options)
    : m_options(std::move(options))
{}

CsvReader::~CsvReader() = default;

bool CsvReader::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_problem = {
            0, 0, tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file->errorString()),
            true};
        m_state = State::Done;
        return false;
    }
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get());
}

bool CsvReader::open(QIODevice* device)
{
    m_device = device;
    m_size = device->isSequential() ? 0 : device->size();
    const QChar delimiter = m_options.delimiter;
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n') {
        m_problem = {0, 0, tr("%1 cannot separate the fields of a CSV file.").arg(delimiter), true};
        m_state = State::Done;
        return false;
    }
    m_bytes.resize(blockBytes);
    const qint64 read = device->read(m_bytes.data(), blockBytes);
    const QByteArrayView sample(m_bytes.constData(), std::max<qint64>(read, 0));
    const bool truncated = read == blockBytes;
    m_encoding = m_options.encoding.value_or(TextEncodings::detect(sample, truncated));
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    m_bytesRead = sample.size();
    decodeBlock(sample);
    if (delimiter.isNull())
        m_options.delimiter = CsvSniffer::detectDelimiter(m_text, truncated);
    m_readFailed = read < 0;
    if (!m_options.hasHeader)
        return true;
    ImportRow row;
    const Step step = next(row);
    if (step == Row)
        m_header = row.cells;
    else if (step == End)
        m_problem = {1, 1, tr("The file is empty."), true};
    return step == Row;
}

double CsvReader::progress() const
{
    return m_size > 0 ? std::min(1.0, double(m_bytesRead) / double(m_size)) : 0.0;
}

qsizetype CsvReader::bufferedBytes() const
{
    qsizetype bytes = m_bytes.capacity() + 2 * (m_text.capacity() + m_field.capacity()) +
                      m_cells.capacity() * qsizetype(sizeof(QString));
    for (const QString& cell : m_cells)
        bytes += 2 * cell.capacity();
    return bytes;
}

bool CsvReader::fill()
{
    if (m_readFailed)
        return false;
    const qint64 read = m_device->read(m_bytes.data(), blockBytes);
    m_readFailed = read < 0;
    if (read <= 0)
        return false;
    m_bytesRead += read;
    decodeBlock(QByteArrayView(m_bytes.constData(), read));
    return true;
}

void CsvReader::decodeBlock(QByteArrayView bytes)
{
    const bool hadError = m_decoder->hasError();
    m_text = m_decoder->decode(bytes);
    m_pos = 0;
    m_invalidAt = -1;
    if (!hadError && m_decoder->hasError())
        m_invalidAt = std::max<qsizetype>(0, m_text.indexOf(QChar::ReplacementCharacter));
}

ImportSource::Step CsvReader::next(ImportRow& row)
{
    Step step = End;
    while (m_state != State::Done) {
        if (m_pos == m_text.size()) {
            if (!fill())
                return endOfFile(row);
            continue;
        }
        if (m_pos == m_invalidAt)
            return fail(m_decoder->errorMessage(), true, m_line);
        if (consume(m_text.at(m_pos++), row, step))
            return step;
    }
    return End;
}

bool CsvReader::consume(QChar c, ImportRow& row, Step& step)
{
    const bool lineBreak = c == u'\r' || c == u'\n';
    const bool crlfTail = c == u'\n' && m_lastCR;
    const qint64 line = m_line;
    m_lastCR = c == u'\r';
    if (lineBreak && !crlfTail)
        ++m_line;
    if (crlfTail && m_state == State::FieldStart && !m_inRecord)
        return false; // the LF of a CRLF that ended a record
    switch (m_state) {
    case State::SkipLine:
        if (lineBreak) {
            m_state = State::FieldStart;
            m_inRecord = false;
        }
        return false;
    case State::FieldStart:
        return fieldStart(c, line, row, step);
    case State::Unquoted:
        if (c == m_options.delimiter)
            endField(step);
        else if (lineBreak)
            return endRecord(row, step);
        else if (c == u'"' && !m_options.lenientQuotes)
            step = fail(tr("A quote inside field %1, which does not start with a quote (a quote "
                           "in a field must be doubled and the field quoted).")
                            .arg(m_cells.size() + 1),
                        false, line);
        else
            return append(c, step);
        return step == Error;
    case State::Quoted:
        if (c == u'"') {
            m_state = State::QuoteInQuoted;
            return false;
        }
        return append(c, step);
    case State::QuoteInQuoted:
        return afterQuote(c, line, row, step);
    case State::Done:
        break;
    }
    return false;
}

bool CsvReader::fieldStart(QChar c, qint64 line, ImportRow& row, Step& step)
{
    if (!m_inRecord)
        beginRecord(line);
    if (c == u'\r' || c == u'\n')
        return endRecord(row, step);
    m_recordHasText = true;
    if (c == m_options.delimiter)
        return endField(step);
    if (c == u'"') {
        m_state = State::Quoted;
        m_quoteLine = line;
        return false;
    }
    m_state = State::Unquoted;
    return append(c, step);
}

bool CsvReader::afterQuote(QChar c, qint64 line, ImportRow& row, Step& step)
{
    if (c == u'"') {
        m_state = State::Quoted;
        return append(c, step);
    }
    if (c == m_options.delimiter)
        return endField(step);
    if (c == u'\r' || c == u'\n')
        return endRecord(row, step);
    if (m_options.lenientQuotes) {
        m_state = State::Unquoted;
        return append(c, step);
    }
    step = fail(tr("Text after the closing quote of field %1 (a quote in a quoted field must be "
                   "doubled).")
                    .arg(m_cells.size() + 1),
                false, line);
    return true;
}

void CsvReader::beginRecord(qint64 line)
{
    m_inRecord = true;
    m_recordHasText = false;
    m_recordChars = 0;
    m_recordLine = line;
    ++m_rows;
}

bool CsvReader::tooLong(Step& step)
{
    if (++m_recordChars <= m_options.maxRecordChars)
        return false;
    // Inside quotes the likely cause is a quote never closed; outside, a file without line
    // breaks or one giant field. Either way the limit is named and reading stops.
    const QString limit = QLocale().toString(m_options.maxRecordChars);
    if (m_state == State::Quoted)
        step = fail(tr("A record longer than %1 characters: a quote is probably not closed "
                       "(the last one opened on line %2).")
                        .arg(limit)
                        .arg(m_quoteLine),
                    true, m_recordLine);
    else
        step = fail(tr("A record longer than %1 characters, the most LeadScout reads as one "
                       "record: the file has no line breaks or a field of that size.")
                        .arg(limit),
                    true, m_recordLine);
    return true;
}

bool CsvReader::append(QChar c, Step& step)
{
    if (tooLong(step))
        return true;
    m_field.append(c);
    return false;
}

bool CsvReader::endField(Step& step)
{
    m_state = State::FieldStart; // a delimiter or line break counts towards the record's length
    if (tooLong(step))
        return true;
    if (m_cells.size() >= m_options.maxColumns) {
        step = fail(tr("A record with more than %1 fields, the most LeadScout reads (Excel's "
                       "column limit).")
                        .arg(QLocale().toString(m_options.maxColumns)),
                    true, m_recordLine);
        return true;
    }
    m_cells.append(m_field);
    m_field.clear();
    return false;
}

bool CsvReader::endRecord(ImportRow& row, Step& step)
{
    if (endField(step))
        return true;
    m_inRecord = false;
    if (!m_recordHasText && m_options.skipBlankLines) {
        m_cells.clear();
        return false;
    }
    row.cells = std::move(m_cells);
    m_cells = QStringList();
    row.row = m_rows;
    row.line = m_recordLine;
    step = Row;
    return true;
}

ImportSource::Step CsvReader::endOfFile(ImportRow& row)
{
    if (m_readFailed)
        return fail(tr("Reading the file failed: %1").arg(m_device->errorString()), true, m_line);
    if (m_decoder->hasPendingBytes())
        return fail(m_decoder->errorMessage(), true, m_line);
    if (m_state == State::Quoted)
        return fail(tr("The quote opened on line %1 is never closed.").arg(m_quoteLine), true,
                    m_quoteLine);
    const bool pending = m_inRecord && m_state != State::SkipLine;
    Step step = End;
    if (pending)
        endRecord(row, step);
    m_state = State::Done;
    return step;
}

ImportSource::Step CsvReader::fail(const QString& message, bool fatal, qint64 line)
{
    m_problem = {m_inRecord ? m_rows : m_rows + 1, line, message, fatal};
    m_cells.clear();
    m_field.clear();
    m_state = fatal ? State::Done : State::SkipLine;
    return Error;
}
