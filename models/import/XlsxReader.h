#pragma once

#include "import/ImportSource.h"
#include "import/XlsxWorkbook.h"

/// Which sheet of a workbook to read, and how.
struct XlsxOptions
{
    QString sheet;             ///< the sheet's name; empty: the first sheet
    bool hasHeader = true;     ///< the first row names the columns
    bool skipBlankRows = true; ///< rows without a value are no records (else they read empty)
    XlsxLimits limits;
};

/// Reads one sheet of an Excel workbook (.xlsx) row by row: XlsxZip unpacks the sheet's XML
/// block by block and QXmlStreamReader parses it as it comes (no DOM), so memory stays flat
/// whatever the sheet's size; only the shared strings are kept. Cells come as text: shared and
/// inline strings as written, numbers as Excel shows them in General, booleans as TRUE/FALSE,
/// numbers with a date or time format as ISO 8601 (1900 and 1904 date systems), formulas as
/// their last result. A cell's reference places it in its column: skipped cells and columns
/// read as empty strings, and each row keeps its number in the sheet.
class XlsxReader : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    explicit XlsxReader(XlsxOptions options = {});
    ~XlsxReader() override;

    /// Opens the workbook at `path`, reads what it says about itself and the sheet's header.
    /// False with problem() set for no workbook, a missing sheet, a damaged or hostile file.
    bool open(const QString& path);

    /// The workbook's sheet names in order (known once open() got as far as the workbook).
    QStringList sheetNames() const;
    QString sheetName() const { return m_sheetName; }
    bool date1904() const { return m_workbook.date1904; }

    QStringList header() const override { return m_header; }
    Step next(ImportRow& row) override;
    ImportProblem problem() const override { return m_problem; }
    double progress() const override;

    /// The bytes the reader holds besides the shared strings: the unpacked block and the row
    /// being read.
    qsizetype bufferedBytes() const;

private:
    bool fail(const QString& message);
    bool startSheet();
    Step readRow(ImportRow& row);
    bool elementStart(QXmlStreamReader& xml);
    bool cellEnd();
    bool rowEnd(ImportRow& row);
    std::optional<QString> cellText() const;

    XlsxOptions m_options;
    XlsxPackage m_package;
    XlsxWorkbook m_workbook;
    std::unique_ptr<XlsxXmlStream> m_stream;
    QString m_sheetName;
    QStringList m_header;
    ImportProblem m_problem;
    bool m_done = false;
    ImportRow m_held; ///< a row read ahead while the empty rows before it are given
    bool m_pending = false;

    // The row and cell being read.
    qint64 m_row = 0;
    qint64 m_lastRow = 0;
    QStringList m_cells;
    int m_column = -1;
    QString m_type;
    int m_style = 0;
    QString m_value;
    bool m_inValue = false;
    bool m_inInline = false;
    XlsxRichText m_inline;
};
