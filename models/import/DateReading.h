#pragma once

#include "import/ValueCleaning.h"

#include <QDate>
#include <QStringList>
#include <QTime>
#include <optional>

/// How the dates of a column are written; it matters for dates with slashes or dashes, which
/// read day-first in Britain and month-first in the US, and for bare numbers.
enum class DateStyle
{
    Unknown,    ///< no date in the column
    Iso,        ///< 2025-01-31 (also with a time)
    German,     ///< 31.01.2025
    MonthFirst, ///< 1/31/2025 (US)
    DayFirst,   ///< 31/01/2025 (UK), 31-01-2025
    Ambiguous,  ///< slash dates of which none tells day from month (03/04/2025), or that disagree
    ExcelSerial ///< numbers such as 45688: days since 1900 (or 1904) as a spreadsheet keeps them
};

/// A date (and maybe a time) read from an import file.
struct ReadDate : CleanNotes
{
    QDate date; ///< invalid when empty, unreadable or ambiguous
    std::optional<QTime> time;
    std::optional<int> utcOffsetSeconds; ///< when the value named its offset ("+0000", "Z")

    /// "2025-01-31", or "2025-01-31T14:30:00" with a time; empty without a date.
    QString iso() const;
};

/// Reading dates per column: the style is detected from all the column's values first, then
/// each value is read in it. A value that shows its own style (ISO, dotted German, a month name,
/// a slash date with a day over 12) is read as it shows; a slash date that could be read two ways
/// is read in the column's style, and flagged (left empty) when the column does not decide it.
class DateReading
{
    Q_DECLARE_TR_FUNCTIONS(DateReading)

public:
    /// The style the column's values show. Slash dates decide first: DayFirst or MonthFirst
    /// when some value tells and none contradicts, else Ambiguous; a column of whole numbers in
    /// the range of recent dates is ExcelSerial; else the most frequent of ISO and German.
    static DateStyle detectStyle(const QStringList& values);

    /// One value in the column's style. Two-digit years are this century up to ten years ahead,
    /// else the last. Times may follow ("14:30", "2:30 PM", "T14:30:00Z"). Empty dates as
    /// Outlook writes them ("0.0.00") and placeholders ("n/a", "-") are empty; a day of the week
    /// in front ("Mon, 31 Jan 2025") is ignored. Excel serials use the 1904 system when
    /// `date1904`. A number is never taken for a date outside an ExcelSerial column.
    static ReadDate read(const QString& written, DateStyle columnStyle, bool date1904 = false);

private:
    /// A bare number: an Excel serial in an ExcelSerial column, else rejected.
    static ReadDate readSerial(const QString& text, const QString& shown, DateStyle columnStyle,
                               bool date1904);
};
