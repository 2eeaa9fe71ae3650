#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringList>

class QIODevice;

/// Writes RFC 4180 CSV: UTF-8 (with a byte-order mark so that spreadsheets detect it), CRLF
/// line ends, fields quoted when they hold the delimiter, a quote, CR or LF, quotes doubled.
///
/// Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
/// return; OWASP "CSV injection") get a leading apostrophe. There are no exemptions for text:
/// a phone number "+4930901820" is written as '+4930901820, which spreadsheets show as text
/// with its plus sign kept (unprefixed, Excel would turn it into the number 4930901820).
/// Only cells the caller marks as numbers it formatted itself are written as they are.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = true;
    };

    /// The device must be open for writing. Nothing is written before the first row.
    CsvWriter(QIODevice& device, Options options);
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// Writes one record. `numeric` marks cells (by index) that hold a number formatted by the
    /// program, which are never neutralised. Throws ExportError (with the system's reason) when the
    /// device refuses.
    void writeRow(const QStringList& fields, const QList<bool>& numeric = {});
    /// Writes what is buffered; throws ExportError when the device refuses (disk full…).
    void flush();

    /// One field, quoted and neutralised as described above.
    static QString encodeField(const QString& text, QChar delimiter, bool numeric = false);
    /// True when a spreadsheet would read this text as the start of a formula.
    static bool looksLikeFormula(const QString& text);

private:
    QIODevice& m_device;
    Options m_options;
    QByteArray m_buffer;
    bool m_started = false;
};
