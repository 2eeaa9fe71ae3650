#include "handoff/HandoffFileWriter.h"

#include "export/CsvWriter.h"
#include "export/ExportError.h"
#include "handoff/HandoffService.h"
#include "handoff/HandoffXlsxWriter.h"

#include <QFile>

namespace {
constexpr qint64 tickEvery = 250;
} // namespace

void HandoffFileWriter::write(const HandoffTable& table, const QString& path,
                              const HandoffFileOptions& options, qint64 createdAt, const Tick& tick)
{
    if (options.format == HandoffFormat::Xlsx)
        HandoffXlsxWriter::write(table, path, createdAt, tick);
    else
        writeCsv(table, path, options.delimiter, tick);
}

void HandoffFileWriter::writeCsv(const HandoffTable& table, const QString& path, QChar delimiter,
                                 const Tick& tick)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        throw ExportError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    try {
        writeCsvRows(table, file, delimiter, tick);
    } catch (const HandoffError&) {
        throw;
    } catch (const ExportError& error) {
        throw ExportError(tr("Could not write %1: %2").arg(path, error.message()));
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw ExportError(tr("Could not write %1: %2").arg(path, file.errorString()));
}

void HandoffFileWriter::writeCsvRows(const HandoffTable& table, QIODevice& device, QChar delimiter,
                                     const Tick& tick)
{
    CsvWriter writer(device, {delimiter, true});
    const QList<HandoffColumnSpec>& columns = table.layout.columns;
    QStringList headers;
    for (const HandoffColumnSpec& column : columns)
        headers.append(column.header);
    writer.writeRow(headers);
    QStringList fields;
    QList<bool> numeric;
    for (qint64 done = 0; done < table.rows.size(); ++done) {
        const QList<QJsonValue>& cells = table.rows.at(done).cells;
        fields.clear();
        numeric.clear();
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QJsonValue value = cells.value(c);
            fields.append(HandoffCells::csvText(columns.at(c), value, delimiter));
            numeric.append(HandoffCells::isNumeric(columns.at(c), value));
        }
        writer.writeRow(fields, numeric);
        if (tick && (done + 1) % tickEvery == 0 && !tick(done + 1))
            throw HandoffError(HandoffError::Kind::Cancelled,
                               tr("The export was cancelled; nothing was changed."));
    }
    writer.flush();
}
