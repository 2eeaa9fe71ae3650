#pragma once

#include "handoff/HandoffColumns.h"

#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/// The two file formats sales receives.
enum class HandoffFormat
{
    Csv,
    Xlsx
};

/// How a handoff file is written: its format and, for CSV, the delimiter.
struct HandoffFileOptions
{
    HandoffFormat format = HandoffFormat::Csv;
    QChar delimiter = QLatin1Char(',');
};

namespace HandoffFormats {
/// "csv" or "xlsx", as stored in a batch.
QString keyOf(HandoffFormat format);
std::optional<HandoffFormat> fromKey(const QString& key);
/// The format a file name asks for by its extension (.csv, .xlsx; any case), if any.
std::optional<HandoffFormat> fromPath(const QString& path);
/// The extension (without dot) for the format.
QString suffixOf(HandoffFormat format);
/// True for the delimiters a handoff CSV may use: comma and semicolon.
bool isDelimiter(const QString& text);
} // namespace HandoffFormats

/// One lead's row as handed off: the values of exactly the cells written, one per column of the
/// layout, in order. Strings for text, decimals, dates and date-times (see CellKind), numbers
/// for whole numbers, null for an empty cell. Kept in the batch as the row's snapshot.
struct HandoffRow
{
    qint64 leadId = 0;
    QList<QJsonValue> cells;
};

/// What a batch keeps besides its rows, so that the file can be written again identically: the
/// columns with the headers as written, the CSV delimiter and the XLSX sheet name.
struct HandoffLayout
{
    QList<HandoffColumnSpec> columns;
    QChar delimiter = QLatin1Char(',');
    QString sheetName;

    /// The team's chosen columns with today's headers.
    static HandoffLayout current(const QList<HandoffColumn>& columns, QChar delimiter);
    /// {"columns":[{"key":…,"header":…}],"delimiter":",","sheet":…} as kept in the batch.
    QString toJson() const;
    /// Reads what toJson() wrote; also accepts a plain array of keys or of column objects.
    static HandoffLayout fromJson(const QString& json);
};

/// A whole handoff: the layout and the rows in file order.
struct HandoffTable
{
    HandoffLayout layout;
    QList<HandoffRow> rows;
};

/// A row's snapshot: a JSON object of the row's values keyed by column key, in column order.
namespace HandoffSnapshots {
/// Compact JSON text (written directly: thousands of rows go into one batch).
QByteArray toJson(const QList<HandoffColumnSpec>& columns, const HandoffRow& row);
/// The row's cells for these columns from a snapshot object (missing keys give null).
QList<QJsonValue> cellsFrom(const QList<HandoffColumnSpec>& columns, const QJsonObject& snapshot);
} // namespace HandoffSnapshots

/// How one value reads in a CSV cell. Decimals use a decimal comma when the delimiter is a
/// semicolon (the convention of spreadsheets that expect semicolons); date-times are written
/// "yyyy-MM-dd HH:mm", which spreadsheets read as dates.
namespace HandoffCells {
QString csvText(const HandoffColumnSpec& column, const QJsonValue& value, QChar delimiter);
/// True when the CSV cell is a number the program formatted (never a formula).
bool isNumeric(const HandoffColumnSpec& column, const QJsonValue& value);
} // namespace HandoffCells
