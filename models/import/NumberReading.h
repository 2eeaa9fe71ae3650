#pragma once

#include "import/ValueCleaning.h"

#include <QStringList>
#include <optional>

/// Which character a column's numbers use for the decimal point.
enum class NumberStyle
{
    Unknown,      ///< nothing in the column decides it
    DecimalPoint, ///< 1,234,567.89 (English)
    DecimalComma  ///< 1.234.567,89 (German)
};

/// A number read from an import file.
struct ReadNumber : CleanNotes
{
    std::optional<double> number; ///< nothing when empty, unreadable or undecidable
    QString currency;             ///< ISO 4217 code when the value named one ("€ 1.200" → EUR)
};

/// Reading amounts and counts written in either number style: "1.234.567,89", "1,234,567.89",
/// "1 234 567", "1'234'567" (Swiss), "2,5 Mio", "10k", "€ 1.200", "1200 EUR".
///
/// One separator followed by exactly three digits ("1.234", "1,234") is a thousands separator
/// in one style and a decimal point in the other; the column's style (detectStyle over all its
/// values) decides it, and without one the value is flagged and left empty, not guessed.
/// A German date ("31.01.2025") is no number and is rejected as one. Numbers from XLSX cells come
/// as Excel shows them in General (a dot, no grouping): read them with DecimalPoint.
class NumberReading
{
    Q_DECLARE_TR_FUNCTIONS(NumberReading)

public:
    /// The style the values of a column agree on: the one most of its deciding values show
    /// ("1.234,5" and "2,5" decide for the comma, "1,234.5" and "1.5" for the point).
    static NumberStyle detectStyle(const QStringList& values);
    /// The style one value shows by itself; Unknown when it could be either.
    static NumberStyle styleOf(const QString& written);

    /// An amount or other number; "ca. 500" reads as 500, "(1.234,00)" as −1234, "n/a" and "-"
    /// as empty (ValueCleaning::isPlaceholder). Multipliers: k, Tsd., T (thousand), Mio., M, Mn
    /// (million), Mrd., Bn (billion), also spelt out. Currencies: €, $, £, CHF, Fr. and ISO codes,
    /// before or after.
    static ReadNumber read(const QString& written, NumberStyle columnStyle = NumberStyle::Unknown);

    /// An employee count: a whole number. A range ("50-200", "50 – 200", "10 bis 50") gives its
    /// midpoint, flagged; "500+", "> 500" and "über 500" give the bound, flagged; a fraction is
    /// rounded, flagged ("2,5 Tsd" is 2500 and clean). A word for people after it
    /// ("Mitarbeiter", "employees", "MA", "FTE") is ignored.
    static ReadNumber readCount(const QString& written,
                                NumberStyle columnStyle = NumberStyle::Unknown);
};
