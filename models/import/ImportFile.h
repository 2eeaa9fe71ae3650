#pragma once

#include "import/ImportSource.h"
#include "import/TextEncoding.h"

#include <memory>
#include <optional>

/// Which file to import and the rep's overrides of what is otherwise detected.
struct ImportFileOptions
{
    QString path;
    QChar delimiter;                      ///< CSV: null to detect it
    std::optional<TextEncoding> encoding; ///< CSV: nothing to detect it
    QString sheet;                        ///< XLSX: empty for the first sheet
};

/// An import file opened for reading, and what was found out about it on the way.
struct OpenedImportFile
{
    std::unique_ptr<ImportSource> source; ///< nullptr when the file could not be opened
    QString problem;                      ///< why not, naming the file
    QString format;                       ///< "csv" or "xlsx"
    QString encoding;                     ///< CSV: the encoding's name ("UTF-8", …)
    QChar delimiter;                      ///< CSV: the delimiter read with
    QString sheet;                        ///< XLSX: the sheet read
    bool date1904 = false;                ///< XLSX: the workbook counts dates from 1904

    bool isOpen() const { return source != nullptr; }
};

/// Opening CSV and XLSX files for an import the same way for the command, the wizard and tests:
/// an XLSX workbook is recognised by its bytes (a ZIP archive), whatever the file is called.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    static OpenedImportFile open(const ImportFileOptions& options);
    /// True when the file starts like a ZIP archive (as every .xlsx does).
    static bool isWorkbook(const QString& path);
    /// The SHA-256 of the file's bytes in hex, read block by block; empty when unreadable.
    static QString fingerprint(const QString& path);

private:
    static OpenedImportFile openCsv(const ImportFileOptions& options);
    static OpenedImportFile openXlsx(const ImportFileOptions& options);
};
