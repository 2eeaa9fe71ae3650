#pragma once

#include "import/CsvReader.h"

#include <QFileInfo>
#include <QStringList>

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
/// or the column is missing or the file cannot be read to its end.
inline QStringList column(const QString& file, const QString& header)
{
    CsvReader reader;
    if (!reader.open(path(file)))
        return {};
    const qsizetype index = reader.header().indexOf(header);
    if (index < 0)
        return {};
    QStringList cells;
    ImportRow row;
    for (ImportSource::Step step; (step = reader.next(row)) != ImportSource::End;) {
        if (step == ImportSource::Error)
            return {};
        cells.append(row.cell(index));
    }
    return cells;
}

} // namespace RealImports
