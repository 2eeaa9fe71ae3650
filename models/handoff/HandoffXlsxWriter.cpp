#include "handoff/HandoffXlsxWriter.h"

#include "export/ExportError.h"
#include "export/XlsxVerifier.h"
#include "handoff/HandoffService.h"
#include "store/DiskFull.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <cerrno>
#include <cstdio>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace {

constexpr qint64 tickEvery = 250;
constexpr int maxWidth = 50;
constexpr qsizetype maxCellBytes = 32767; // Excel's limit for one cell's text

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* dateTime = nullptr;
    lxw_format* date = nullptr;
    lxw_format* decimals[4] = {};
};

Formats createFormats(lxw_workbook* workbook)
{
    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.dateTime = workbook_add_format(workbook);
    format_set_num_format(formats.dateTime, "yyyy-mm-dd hh:mm");
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "yyyy-mm-dd");
    const char* decimalFormats[4] = {"#,##0", "#,##0.0", "#,##0.00", "#,##0.000"};
    for (int places = 0; places < 4; ++places) {
        formats.decimals[places] = workbook_add_format(workbook);
        format_set_num_format(formats.decimals[places], decimalFormats[places]);
    }
    return formats;
}

// libxlsxwriter escapes control characters as _xHHHH_ but not text that already looks like such
// an escape, which Excel would then decode: "_x0041_" must go in as "_x005F_x0041_". It takes C
// strings, so a NUL would cut the text short. Excel's own limit is 32767 bytes a cell.
QByteArray cellText(const QString& text)
{
    static const QRegularExpression escapeLike(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    QString clean = text;
    clean.replace(QChar(0), QLatin1Char(' '));
    if (clean.contains(QLatin1String("_x")))
        clean.replace(escapeLike, QStringLiteral("_x005F_"));
    QByteArray bytes = clean.toUtf8();
    if (bytes.size() > maxCellBytes) {
        // Cut, and said so in the cell: a reader must not take a shortened note for the whole.
        // The CSV file holds the full text.
        const QByteArray mark =
            HandoffXlsxWriter::tr(" […cut: too long for one Excel cell]").toUtf8();
        qsizetype cut = maxCellBytes - mark.size();
        while (cut > 0 && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 sequence
        bytes.truncate(cut);
        bytes.append(mark);
    }
    return bytes;
}

// "yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ss" (as the snapshots keep them), read by position: this
// runs for every date cell of the file.
std::optional<lxw_datetime> excelTime(const HandoffColumnSpec& column, const QString& text)
{
    const bool withTime = column.kind == CellKind::DateTime;
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"));
    if (!(withTime ? dateTime : date).match(text).hasMatch())
        return std::nullopt;
    auto number = [&](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    const lxw_datetime time{number(0, 4),
                            number(5, 2),
                            number(8, 2),
                            withTime ? number(11, 2) : 0,
                            withTime ? number(14, 2) : 0,
                            withTime ? double(number(17, 2)) : 0.0};
    if (!QDate(time.year, time.month, time.day).isValid() || time.hour > 23 || time.min > 59 ||
        time.sec > 59)
        return std::nullopt;
    return time;
}

int displayLength(const HandoffColumnSpec& column, const QJsonValue& value)
{
    if (column.kind == CellKind::DateTime)
        return 16;
    if (column.kind == CellKind::Date)
        return 10;
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    return int(text.section(QLatin1Char('\n'), 0, 0).size());
}

QList<double> columnWidths(const HandoffTable& table)
{
    QList<double> widths;
    for (qsizetype c = 0; c < table.layout.columns.size(); ++c) {
        const HandoffColumnSpec& column = table.layout.columns.at(c);
        int longest = int(column.header.size()) + 3; // room for the autofilter button
        for (const HandoffRow& row : table.rows)
            longest = qMax(longest, displayLength(column, row.cells.value(c)));
        widths.append(qMin(longest, maxWidth) + 1.0);
    }
    return widths;
}

class Workbook
{
public:
    explicit Workbook(const QString& path)
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    }
    ~Workbook()
    {
        if (m_book)
            lxw_workbook_free(m_book);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return m_book; }
    lxw_error close()
    {
        lxw_workbook* book = std::exchange(m_book, nullptr);
        return workbook_close(book);
    }

private:
    lxw_workbook* m_book = nullptr;
};

void writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const HandoffColumnSpec& column,
               const QJsonValue& value, const Formats& formats)
{
    if (value.isNull() || value.isUndefined())
        return;
    if (value.isDouble()) {
        worksheet_write_number(sheet, row, col, double(value.toInteger()), nullptr);
        return;
    }
    const QString text = value.toString();
    if (column.kind == CellKind::Decimal && HandoffCells::isNumeric(column, value)) {
        const qsizetype point = text.indexOf(QLatin1Char('.'));
        const int places = point < 0 ? 0 : int(qMin<qsizetype>(text.size() - point - 1, 3));
        worksheet_write_number(sheet, row, col, text.toDouble(), formats.decimals[places]);
        return;
    }
    if (column.kind == CellKind::Date || column.kind == CellKind::DateTime) {
        if (auto time = excelTime(column, text)) {
            worksheet_write_datetime(sheet, row, col, &*time,
                                     column.kind == CellKind::Date ? formats.date
                                                                   : formats.dateTime);
            return;
        }
    }
    worksheet_write_string(sheet, row, col, cellText(text).constData(), nullptr);
}

// Sends what the library writes to standard error meanwhile to the log instead.
class LibraryErrorsToLog
{
public:
    LibraryErrorsToLog()
    {
        std::fflush(stderr);
        m_capture = std::tmpfile();
        m_saved = ::dup(STDERR_FILENO);
        if (m_capture && m_saved >= 0)
            ::dup2(::fileno(m_capture), STDERR_FILENO);
    }
    ~LibraryErrorsToLog()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            ::dup2(m_saved, STDERR_FILENO);
            ::close(m_saved);
        }
        if (!m_capture)
            return;
        std::rewind(m_capture);
        char line[512];
        while (std::fgets(line, sizeof line, m_capture))
            spdlog::warn("xlsxwriter: {}", QByteArray(line).trimmed().constData());
        std::fclose(m_capture);
    }
    LibraryErrorsToLog(const LibraryErrorsToLog&) = delete;
    LibraryErrorsToLog& operator=(const LibraryErrorsToLog&) = delete;

private:
    std::FILE* m_capture = nullptr;
    int m_saved = -1;
};

} // namespace

QString HandoffXlsxWriter::diskFull(const QString& path)
{
    return tr("Could not write %1: the disk is full. Free some space and try again.").arg(path);
}

void HandoffXlsxWriter::write(const HandoffTable& table, const QString& path, qint64 createdAt,
                              const HandoffFileWriter::Tick& tick)
{
    Workbook book(path);
    if (!book.get())
        throw ExportError(tr("Cannot write %1: the workbook could not be created.").arg(path));
    lxw_doc_properties properties{};
    const QByteArray title = tr("Handoff to sales").toUtf8();
    properties.title = const_cast<char*>(title.constData());
    properties.created = time_t(createdAt); // a fixed time makes the same batch the same bytes
    workbook_set_properties(book.get(), &properties);
    const Formats formats = createFormats(book.get());
    const QByteArray sheetName = table.layout.sheetName.left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book.get(), sheetName.constData());
    if (!sheet)
        sheet = workbook_add_worksheet(book.get(), nullptr);

    const QList<HandoffColumnSpec>& columns = table.layout.columns;
    const QList<double> widths = columnWidths(table);
    for (lxw_col_t col = 0; col < lxw_col_t(columns.size()); ++col)
        worksheet_set_column(sheet, col, col, widths.at(col), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!columns.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()),
                             lxw_col_t(columns.size() - 1));
    for (lxw_col_t col = 0; col < lxw_col_t(columns.size()); ++col)
        worksheet_write_string(sheet, 0, col, cellText(columns.at(col).header).constData(),
                               formats.header);
    for (qint64 r = 0; r < table.rows.size(); ++r) {
        const QList<QJsonValue>& cells = table.rows.at(r).cells;
        for (lxw_col_t col = 0; col < lxw_col_t(columns.size()); ++col)
            writeCell(sheet, lxw_row_t(r + 1), col, columns.at(col), cells.value(col), formats);
        if (tick && (r + 1) % tickEvery == 0 && !tick(r + 1))
            throw HandoffError(HandoffError::Kind::Cancelled,
                               tr("The export was cancelled; nothing was changed."));
    }
    errno = 0;
    lxw_error error = LXW_NO_ERROR;
    int systemError = 0;
    {
        // libxlsxwriter prints its own errors ("ZIP_ERRNO …") to standard error: they go to the
        // log, and the person reads one sentence.
        const LibraryErrorsToLog quiet;
        error = book.close();
        systemError = errno;
    }
    if (error != LXW_NO_ERROR) {
        spdlog::warn("handoff: xlsx writer failed: {}", lxw_strerror(error));
        if (systemError == ENOSPC || DiskFull::nearlyFull(path))
            throw ExportError(diskFull(path));
        throw ExportError(
            tr("Could not write %1: the spreadsheet could not be finished.").arg(path));
    }
    const QString problem = XlsxVerifier::problemWith(path);
    if (!problem.isEmpty()) {
        spdlog::warn("handoff: xlsx file incomplete: {}", problem.toStdString());
        if (DiskFull::nearlyFull(path))
            throw ExportError(diskFull(path));
        throw ExportError(tr("Could not write %1 completely: %2").arg(path, problem));
    }
}
