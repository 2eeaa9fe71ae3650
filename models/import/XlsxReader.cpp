#include "import/XlsxReader.h"

#include <QLocale>

namespace {

constexpr qint64 maxRows = 1048576; // Excel's last row
constexpr int maxColumns = 16384;   // Excel's last column, XFD
// Excel keeps at most 32,767 characters in a cell; a file that claims far more is hostile.
constexpr qsizetype maxCellChars = qsizetype(1) << 20;

bool named(const QXmlStreamReader& xml, QLatin1String name)
{
    return xml.name() == name;
}

} // namespace

XlsxReader::XlsxReader(XlsxOptions options)
    : m_options(std::move(options))
    , m_package(m_options.limits)
{}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(const QString& message)
{
    m_problem = {m_row, 0, message, true};
    m_done = true;
    m_stream.reset();
    return false;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet& sheet : m_workbook.sheets)
        names.append(sheet.name);
    return names;
}

bool XlsxReader::open(const QString& path)
{
    if (!m_package.open(path))
        return fail(m_package.error());
    QString error;
    if (!m_workbook.read(m_package, error))
        return fail(error);
    if (!startSheet())
        return false;
    if (!m_options.hasHeader)
        return true;
    ImportRow row;
    const Step step = next(row);
    if (step == End)
        return fail(tr("The sheet \"%1\" is empty.").arg(m_sheetName));
    m_header = row.cells;
    return step == Row;
}

bool XlsxReader::startSheet()
{
    const XlsxWorkbook::Sheet* chosen = &m_workbook.sheets.first();
    if (!m_options.sheet.isEmpty()) {
        chosen = nullptr;
        for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
            for (const XlsxWorkbook::Sheet& sheet : m_workbook.sheets)
                if (!chosen && sheet.name.compare(m_options.sheet.trimmed(), cs) == 0)
                    chosen = &sheet;
        if (!chosen)
            return fail(tr("The workbook has no sheet \"%1\"; its sheets are: %2.")
                            .arg(m_options.sheet, sheetNames().join(QStringLiteral(", "))));
    }
    m_sheetName = chosen->name;
    m_stream = m_package.stream(chosen->part, m_options.limits.maxSheetBytes);
    return m_stream ? true : fail(m_package.error());
}

double XlsxReader::progress() const
{
    return m_done ? 1.0 : m_stream ? m_stream->progress() : 0.0;
}

qsizetype XlsxReader::bufferedBytes() const
{
    qsizetype bytes = (m_stream ? m_stream->bufferedBytes() : 0) + 2 * m_value.capacity() +
                      m_cells.capacity() * qsizetype(sizeof(QString));
    for (const QString& cell : m_cells)
        bytes += 2 * cell.capacity();
    return bytes;
}

ImportSource::Step XlsxReader::next(ImportRow& row)
{
    if (m_done)
        return End;
    // A row the sheet skips reads as an empty record when blank rows count.
    if (!m_options.skipBlankRows && m_pending && m_lastRow + 1 < m_held.row) {
        row = {{}, ++m_lastRow, 0};
        return Row;
    }
    if (m_pending) {
        m_pending = false;
        row = std::move(m_held);
        m_lastRow = row.row;
        return Row;
    }
    const Step step = readRow(m_held);
    if (step != Row)
        return step;
    m_pending = true;
    return next(row);
}

ImportSource::Step XlsxReader::readRow(ImportRow& row)
{
    for (;;) {
        const auto token = m_stream->next();
        QXmlStreamReader& xml = m_stream->xml();
        if (token == QXmlStreamReader::Invalid) {
            fail(m_stream->error());
            return Error;
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            m_stream.reset();
            return End;
        }
        if (m_inInline) {
            m_inInline = !m_inline.take(xml);
            continue;
        }
        if (token == QXmlStreamReader::Characters && m_inValue) {
            m_value += xml.text();
            if (m_value.size() > maxCellChars) {
                fail(tr("A cell in row %1 holds more than %2 characters, the most LeadScout "
                        "reads in a cell; the file is refused.")
                         .arg(m_row)
                         .arg(QLocale().toString(maxCellChars)));
                return Error;
            }
        } else if (token == QXmlStreamReader::StartElement) {
            if (!elementStart(xml))
                return Error;
        } else if (token == QXmlStreamReader::EndElement) {
            if (named(xml, QLatin1String("v"))) {
                m_inValue = false;
            } else if (named(xml, QLatin1String("c"))) {
                if (!cellEnd())
                    return Error;
            } else if (named(xml, QLatin1String("row")) && rowEnd(row)) {
                return Row;
            }
        }
    }
}

bool XlsxReader::elementStart(QXmlStreamReader& xml)
{
    const auto attributes = xml.attributes();
    if (named(xml, QLatin1String("row"))) {
        const auto number = attributes.value(QLatin1String("r"));
        const qint64 previous = m_row;
        m_row = number.isEmpty() ? previous + 1 : number.toLongLong();
        m_cells.clear();
        m_column = -1;
        if (m_row < 1 || m_row > maxRows || m_row <= previous)
            return fail(tr("Row %1 of the sheet is out of place; the sheet is damaged.")
                            .arg(number.toString()));
    } else if (named(xml, QLatin1String("c"))) {
        const auto reference = attributes.value(QLatin1String("r"));
        m_column = reference.isEmpty() ? m_column + 1 : XlsxCellValue::column(reference);
        if (m_column >= maxColumns)
            return fail(tr("Row %1 of the sheet has more than %2 columns, the most Excel "
                           "allows; the file is refused.")
                            .arg(m_row)
                            .arg(QLocale().toString(maxColumns)));
        if (m_column < 0)
            return fail(tr("The cell reference \"%1\" lies outside a sheet; the sheet is damaged.")
                            .arg(reference.toString()));
        m_type = attributes.value(QLatin1String("t")).toString();
        m_style = attributes.value(QLatin1String("s")).toInt();
        m_value.clear();
        m_inline.clear();
    } else if (named(xml, QLatin1String("v"))) {
        m_inValue = true;
    } else if (named(xml, QLatin1String("is"))) {
        m_inInline = !m_inline.take(xml);
    }
    return true;
}

bool XlsxReader::cellEnd()
{
    std::optional<QString> text = cellText();
    if (!text)
        return fail(tr("A cell refers to shared text %1, but the workbook has only %2; the file "
                       "is damaged.")
                        .arg(m_value)
                        .arg(m_workbook.sharedStrings.size()));
    if (text->isEmpty())
        return true;
    while (m_cells.size() <= m_column)
        m_cells.append(QString());
    m_cells[m_column] = *text;
    return true;
}

bool XlsxReader::rowEnd(ImportRow& row)
{
    ImportRow read{std::move(m_cells), m_row, 0};
    m_cells = QStringList();
    if (m_options.skipBlankRows && read.isBlank())
        return false;
    while (read.cells.size() < m_header.size())
        read.cells.append(QString());
    row = std::move(read);
    return true;
}

std::optional<QString> XlsxReader::cellText() const
{
    if (m_type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = m_value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook.sharedStrings.size())
            return std::nullopt;
        return m_workbook.sharedStrings.at(index);
    }
    if (m_type == QLatin1String("inlineStr"))
        return m_inline.text();
    if (m_type == QLatin1String("b"))
        return m_value.isEmpty()               ? QString()
               : m_value == QLatin1String("0") ? QStringLiteral("FALSE")
                                               : QStringLiteral("TRUE");
    if (m_type == QLatin1String("str") || m_type == QLatin1String("e") ||
        m_type == QLatin1String("d"))
        return XlsxCellValue::unescape(m_value);
    if (m_value.isEmpty())
        return QString();
    const XlsxNumberKind kind = m_workbook.styleKinds.value(m_style, XlsxNumberKind::Number);
    if (kind != XlsxNumberKind::Number)
        if (auto date = XlsxCellValue::serialDate(m_value, kind, m_workbook.date1904))
            return date;
    return XlsxCellValue::number(m_value);
}
