#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

/// What every fuzz target needs: a QCoreApplication (tr(), QSqlDatabase, QLocale), quiet
/// logging (the readers log what they refuse; millions of lines would slow the fuzzer down),
/// and a private folder for inputs that must be files (an XLSX workbook, a store, settings).
namespace FuzzSupport {

/// Sets up the application once; call from LLVMFuzzerInitialize.
void init(int* argc, char*** argv);

/// The input as bytes (no copy).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input as UTF-8 text (invalid sequences become U+FFFD, as a file's cells never do, so
/// targets also take the bytes as Latin-1 where the difference matters).
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input's lines (split on LF), each a value to parse.
QStringList lines(const uint8_t* data, size_t size);

/// Writes the input to `name` in the target's private folder and returns the path.
QString writeFile(const QString& name, const uint8_t* data, size_t size);

} // namespace FuzzSupport
