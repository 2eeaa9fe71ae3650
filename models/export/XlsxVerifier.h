#pragma once

#include <QCoreApplication>
#include <QString>

/// Reads a freshly written XLSX package back: the zip must open, every part must match its
/// checksum, and every XML part must be well-formed. libxlsxwriter streams rows through
/// temporary files without noticing when a write to them fails (a full disk), which would leave
/// a truncated sheet inside an otherwise valid zip; this check catches that.
namespace XlsxVerifier {

/// An empty string when the package is whole, otherwise what is wrong (for a person).
QString problemWith(const QString& path);

} // namespace XlsxVerifier
