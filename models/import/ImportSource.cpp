#include "import/ImportSource.h"

#include <algorithm>

bool ImportRow::isBlank() const
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.isEmpty(); });
}

QString ImportProblem::describe() const
{
    if (line > 0 && line != row)
        return ImportSource::tr("Row %1 (line %2): %3").arg(row).arg(line).arg(message);
    if (row > 0)
        return ImportSource::tr("Row %1: %2").arg(row).arg(message);
    return message;
}

QString ImportSource::shapeProblem(const ImportRow& row, qsizetype columns)
{
    if (row.cells.size() == columns)
        return {};
    return tr("Expected %1 columns, found %2 columns").arg(columns).arg(row.cells.size());
}
