#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

/// Zip files and XLSX workbooks written by hand, for the readers' tests: what libxlsxwriter
/// cannot write (the 1904 date system, inline strings, cells without references) and hostile
/// files (parts that lie about their size, entity tricks, absurd nesting).
namespace HandZip {

using Parts = QList<std::pair<QString, QByteArray>>;

/// `bytes` as a raw deflate stream (no zlib header), as a zip member holds them.
QByteArray deflated(const QByteArray& bytes);

/// Writes a zip file of deflated members with UTF-8 names. A part named in `declaredSizes`
/// claims that unpacked size in its headers instead of its true one (a zip bomb that hides).
bool writeZip(const QString& path, const Parts& parts,
              const QHash<QString, quint32>& declaredSizes = {});

extern const QByteArray relsNs;
extern const QByteArray mainNs;

/// A workbook with one sheet "Kontakte" at /xl/worksheets/daten.xml holding `sheetData`,
/// styles with date formats, and shared strings when given.
Parts handWritten(bool date1904, const QByteArray& sheetData, const QByteArray& sharedStrings = {});

} // namespace HandZip
