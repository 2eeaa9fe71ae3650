#pragma once

#include "import/CsvReader.h"
#include "import/XlsxReader.h"

#include <QFileInfo>
#include <QStringList>
#include <memory>

/// The files in ../shared/testdata/real-imports, read in place (never copied into the project).
namespace RealImports {

inline QString path(const QString& file)
{
    return QStringLiteral(LEADSCOUT_SHARED_TESTDATA "/real-imports/") + file;
}

inline bool available(const QString& file)
{
    return QFileInfo::exists(path(file));
}

/// Every cell of the column named `header` (first match), in file order; empty when the file
/// or the column is missing or the file cannot be read to its end. XLSX files by their ending.
inline QStringList column(const QString& file, const QString& header)
{
    std::unique_ptr<ImportSource> source;
    if (file.endsWith(QStringLiteral(".xlsx"))) {
        auto xlsx = std::make_unique<XlsxReader>();
        if (!xlsx->open(path(file)))
            return {};
        source = std::move(xlsx);
    } else {
        auto csv = std::make_unique<CsvReader>();
        if (!csv->open(path(file)))
            return {};
        source = std::move(csv);
    }
    const qsizetype index = source->header().indexOf(header);
    if (index < 0)
        return {};
    QStringList cells;
    ImportRow row;
    for (ImportSource::Step step; (step = source->next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error)
            return {};
        cells.append(row.cell(index));
    }
    return cells;
}

} // namespace RealImports
