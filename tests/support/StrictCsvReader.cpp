#include "StrictCsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace {

struct Parser
{
    Parser(const QString& input, const StrictCsvReader::Options& opts)
        : text(input)
        , options(opts)
    {}

    const QString& text;
    StrictCsvReader::Options options;
    qsizetype pos = 0;
    int line = 1;
    QList<QStringList> records;
    QStringList record;
    QString field;
    QString error;

    bool fail(const QString& what)
    {
        error = QStringLiteral("record %1, field %2, line %3: %4")
                    .arg(records.size() + 1)
                    .arg(record.size() + 1)
                    .arg(line)
                    .arg(what);
        return false;
    }

    bool atEnd() const { return pos >= text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return pos + ahead < text.size() ? text.at(pos + ahead) : QChar();
    }

    // At a CR or LF outside quotes: consumes one line end, or fails when it is not allowed.
    bool lineEnd()
    {
        const bool crlf = peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n');
        if (options.requireCrlf && !crlf)
            return fail(peek() == QLatin1Char('\n') ? QStringLiteral("a bare LF ends the line")
                                                    : QStringLiteral("a bare CR ends the line"));
        pos += crlf ? 2 : 1;
        ++line;
        return true;
    }

    void endField()
    {
        record.append(field);
        field.clear();
    }
    void endRecord()
    {
        endField();
        records.append(record);
        record.clear();
    }

    bool quotedField()
    {
        ++pos; // opening quote
        for (;;) {
            if (atEnd())
                return fail(QStringLiteral("the closing quote is missing"));
            const QChar c = text.at(pos++);
            if (c == QLatin1Char('\n'))
                ++line;
            if (c != QLatin1Char('"')) {
                field.append(c);
                continue;
            }
            if (peek() == QLatin1Char('"')) {
                field.append(c);
                ++pos;
                continue;
            }
            if (atEnd() || peek() == options.delimiter || peek() == QLatin1Char('\r') ||
                peek() == QLatin1Char('\n'))
                return true;
            return fail(QStringLiteral("text follows the closing quote"));
        }
    }

    bool unquotedField()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == options.delimiter || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
                return true;
            if (c == QLatin1Char('"'))
                return fail(QStringLiteral("a quote inside an unquoted field"));
            field.append(c);
            ++pos;
        }
        return true;
    }

    bool run()
    {
        while (!atEnd()) {
            if (!(peek() == QLatin1Char('"') ? quotedField() : unquotedField()))
                return false;
            if (atEnd()) {
                endRecord(); // the last record may lack its line end
                break;
            }
            if (peek() == options.delimiter) {
                ++pos;
                endField();
                if (atEnd())
                    endRecord(); // "a,b," at the very end: a last empty field
                continue;
            }
            if (!lineEnd())
                return false;
            endRecord();
        }
        return true;
    }
};

bool rectangular(const QList<QStringList>& records, QString& error)
{
    for (qsizetype i = 1; i < records.size(); ++i)
        if (records.at(i).size() != records.first().size()) {
            error = QStringLiteral("record %1 has %2 fields; the first record has %3")
                        .arg(i + 1)
                        .arg(records.at(i).size())
                        .arg(records.first().size());
            return false;
        }
    return true;
}

} // namespace

StrictCsvReader::Result StrictCsvReader::parse(const QByteArray& bytes, const Options& options)
{
    Result result;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        result.error = QStringLiteral("UTF-16 is not supported; expected UTF-8");
        return result;
    }
    result.hadBom = bytes.startsWith("\xEF\xBB\xBF");
    if (options.requireBom && !result.hadBom) {
        result.error = QStringLiteral("the UTF-8 byte-order mark is missing");
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes.mid(result.hadBom ? 3 : 0));
    if (decoder.hasError()) {
        result.error = QStringLiteral("the file is not valid UTF-8");
        return result;
    }
    Parser parser(text, options);
    if (!parser.run()) {
        result.error = parser.error;
        return result;
    }
    if (!rectangular(parser.records, result.error))
        return result;
    result.records = parser.records;
    result.ok = true;
    return result;
}

StrictCsvReader::Result StrictCsvReader::parseFile(const QString& path, const Options& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return parse(file.readAll(), options);
}
