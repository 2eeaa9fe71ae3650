#pragma once

#include <QString>
#include <optional>

/// How Excel shows a number: as it is, or as a date, a time or both.
enum class XlsxNumberKind
{
    Number,
    Date,
    Time,
    DateTime
};

/// Turning an XLSX cell's stored value into the text an importer reads.
namespace XlsxCellValue {

/// What a number format shows, by its built-in id (14–22, 45–47 and the East Asian date ids)
/// or its format code ("dd.mm.yyyy", "[$-407]d. mmmm yyyy", "h:mm"; quoted text, escapes and
/// colours do not count).
XlsxNumberKind kindOf(int numberFormatId, const QString& formatCode);

/// A stored number as Excel shows it in General: at most 15 significant digits, no exponent
/// below 1e15 ("94105", "0.1" for 0.10000000000000001, "-2.5"). Text that is no number stays.
QString number(QStringView stored);

/// An Excel serial date as ISO 8601: "2025-01-31", "2025-01-31T14:30:00" or "14:30:00" by
/// `kind`. The 1900 system counts 1900-02-29 (serial 60), which never was, as Lotus 1-2-3 did;
/// it is given as written. The 1904 system (Mac Excel before 2011) counts from 1904-01-01.
/// Nothing for a negative or non-numeric serial, which stays a number.
std::optional<QString> serialDate(QStringView stored, XlsxNumberKind kind, bool date1904);

/// The 0-based column of a cell reference ("C5" → 2, "AA1" → 26); -1 when there is none or it
/// lies beyond Excel's last column (XFD).
int column(QStringView reference);

/// Text with Excel's _xHHHH_ escapes (for characters XML cannot carry) decoded.
QString unescape(const QString& text);

} // namespace XlsxCellValue
