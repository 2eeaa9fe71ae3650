#pragma once

#include <QString>
#include <QStringList>

class Dialect;

/// The folded search keys of a lead (lower-cased name, company; phone digits) as the store
/// computes them in generated columns, and the same folding for what a rep types, so that a
/// prefix range on an index finds the lead without a table scan.
namespace SearchKeys {

/// SQL expression folding the text expression `expr` the way fold() folds a string.
QString sqlFold(const QString& expr, const Dialect& dialect);
/// SQL expression keeping only the digits of a phone-number expression.
QString sqlDigits(const QString& expr);

/// What a typed text may look like in the generated keys: folded as the store folds, in every
/// case variant of its first non-ASCII letters (at most eight strings).
QStringList foldedVariants(const QString& text, const Dialect& dialect);
/// The digit prefixes to look for when a rep types a (partial) phone number: the digits as
/// typed and, read as a number of `defaultCountry`, in international form. Empty when fewer
/// than three digits were typed.
QStringList phonePrefixes(const QString& text, const QString& defaultCountry);

} // namespace SearchKeys
