#pragma once

#include <QString>

/// Values typed by people (or imported) go to terminals and spreadsheets. Control characters
/// there do harm: an escape sequence (ESC [ …) recolours or rewrites a terminal, a bidi override
/// reverses what follows. Both helpers put U+FFFD (the replacement character) in their place, so
/// that a reader sees something was there.
namespace TextSafety {

/// For one line of text output: every control character (tabs and line breaks as a space) and
/// every bidi override or isolate replaced.
QString printable(const QString& text);

/// For a CSV cell: as printable(), but tabs and line breaks (quoted in the cell) are kept.
QString forCsv(const QString& text);

/// Whether `c` is replaced by forCsv().
bool isUnsafe(QChar c);

} // namespace TextSafety
