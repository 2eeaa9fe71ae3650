#include "export/CsvWriter.h"

#include "export/ExportError.h"
#include "export/TextSafety.h"

#include <QIODevice>
#include <algorithm>
#include <cerrno>
#include <cstring>

namespace {
constexpr qsizetype flushThreshold = 1 << 20;
} // namespace

CsvWriter::CsvWriter(QIODevice& device, Options options)
    : m_device(device)
    , m_options(options)
{}

bool CsvWriter::looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::encodeField(const QString& text, QChar delimiter, bool numeric)
{
    // Control characters and terminal escapes become U+FFFD; tabs and line breaks stay (quoted).
    const QString safe = TextSafety::forCsv(text);
    const QString value = !numeric && looksLikeFormula(safe) ? QLatin1Char('\'') + safe : safe;
    // Quoted whenever any common delimiter is inside, not only this file's: a spreadsheet that
    // splits a comma file on semicolons (German Excel) would otherwise start a new cell there,
    // and that cell could begin with "=" (OWASP CSV injection).
    static const QString separators = QStringLiteral(",;\t\"\r\n");
    const bool quote =
        value.contains(delimiter) ||
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return separators.contains(c); });
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields, const QList<bool>& numeric)
{
    if (!m_started && m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    m_started = true;
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_options.delimiter);
        line.append(encodeField(fields.at(i), m_options.delimiter, numeric.value(i, false)));
    }
    line.append(QLatin1String("\r\n"));
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= flushThreshold)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    errno = 0;
    if (m_device.write(m_buffer) != m_buffer.size()) {
        // QFile does not always pass the system's reason on (a full disk reads "Unknown error").
        const int code = errno;
        const QString reason =
            code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : m_device.errorString();
        throw ExportError(reason); // the caller says which file
    }
    m_buffer.clear();
}
