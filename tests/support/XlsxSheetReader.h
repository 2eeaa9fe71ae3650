#pragma once

#include <QList>
#include <QMap>
#include <QString>

/// One cell of a worksheet as stored in the XLSX file.
struct XlsxCell
{
    QString type;  ///< the c/@t attribute: "s", "inlineStr", "str", "b", "n" or "" (a number)
    QString text;  ///< shared/inline strings resolved; numbers as written in <v>
    int style = 0; ///< index into the workbook's cell formats
    bool formula = false;

    bool isNumber() const { return type.isEmpty() || type == QLatin1String("n"); }
};

/// The first worksheet of an XLSX file, read back for tests by unzipping it with the system's
/// `unzip` and parsing the XML with QXmlStreamReader (independent of libxlsxwriter).
struct XlsxSheet
{
    QString error;               ///< empty when the file was read
    QList<QList<XlsxCell>> rows; ///< dense: rows[r][c], empty cells have an empty type and text
    QString frozenTopLeft;       ///< pane/@topLeftCell when the pane is frozen
    QString autoFilterRef;
    QList<double> columnWidths;       ///< by column index (0 when not set)
    QMap<int, QString> numberFormats; ///< style index → number format code ("" for General)
    QMap<int, bool> bold;             ///< style index → bold font
    QString created;                  ///< docProps/core.xml dcterms:created

    /// The text of cell (row, column), or an empty string beyond the stored cells.
    QString text(int row, int column) const;
    const XlsxCell* cell(int row, int column) const;
    /// True when the cell's style has a date/time number format.
    bool isDate(int row, int column) const;

    static XlsxSheet read(const QString& path);
    /// The date-time that an Excel serial number (days since 1899-12-30) stands for.
    static QString serialToIso(double serial, bool withTime);
};
