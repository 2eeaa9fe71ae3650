#pragma once

#include <QChar>
#include <QList>
#include <QStringView>

/// Tells which delimiter a CSV file uses from the first block of its text.
namespace CsvSniffer {

/// The delimiters LeadScout recognises: comma, semicolon (German Excel), tab and pipe.
QList<QChar> delimiters();

/// The delimiter that splits the sample's records most consistently into the most fields.
/// Quote-aware: a delimiter or line break inside a quoted field counts for nothing. When the
/// sample is `truncated` its last, possibly cut record is left out. A file with one column (no
/// candidate appears outside quotes) reads as comma-separated.
QChar detectDelimiter(QStringView sample, bool truncated);

} // namespace CsvSniffer
