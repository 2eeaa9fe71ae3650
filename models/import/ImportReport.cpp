#include "import/ImportReport.h"

#include "export/CsvWriter.h"
#include "export/ExportError.h"
#include "handoff/PendingFile.h"
#include "store/StoreFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace {

QJsonObject rowJson(const ImportRowReport& row)
{
    QJsonObject out{{QStringLiteral("row"), row.row},
                    {QStringLiteral("outcome"), ImportReport::outcomeKey(row.outcome)}};
    if (row.leadId > 0)
        out.insert(QStringLiteral("lead_id"), row.leadId);
    if (!row.column.isEmpty())
        out.insert(QStringLiteral("column"), row.column);
    if (!row.reason.isEmpty())
        out.insert(QStringLiteral("reason"), row.reason);
    QJsonArray flags;
    for (const ImportFlag& flag : row.flags)
        flags.append(QJsonObject{{QStringLiteral("column"), flag.column},
                                 {QStringLiteral("reason"), flag.reason}});
    if (!flags.isEmpty())
        out.insert(QStringLiteral("flags"), flags);
    return out;
}

} // namespace

qint64 ImportReport::count(RowOutcome outcome) const
{
    return std::count_if(rows.cbegin(), rows.cend(),
                         [outcome](const ImportRowReport& row) { return row.outcome == outcome; });
}

qint64 ImportReport::flagged() const
{
    return std::count_if(rows.cbegin(), rows.cend(),
                         [](const ImportRowReport& row) { return !row.flags.isEmpty(); });
}

QString ImportReport::outcomeKey(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Imported:
        return QStringLiteral("imported");
    case RowOutcome::Merged:
        return QStringLiteral("merged");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    case RowOutcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QString ImportReport::statusKey(Status status)
{
    switch (status) {
    case Status::Committed:
        return QStringLiteral("committed");
    case Status::DryRun:
        return QStringLiteral("dry_run");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject out{{QStringLiteral("file"), fileName},
                    {QStringLiteral("sha256"), fingerprint},
                    {QStringLiteral("format"), format},
                    {QStringLiteral("status"), statusKey(status)},
                    {QStringLiteral("written"), written()},
                    {QStringLiteral("batch"), written() ? batchCode : QString()},
                    {QStringLiteral("records"), records()},
                    {QStringLiteral("imported"), count(RowOutcome::Imported)},
                    {QStringLiteral("merged"), count(RowOutcome::Merged)},
                    {QStringLiteral("skipped"), count(RowOutcome::Skipped)},
                    {QStringLiteral("rejected"), count(RowOutcome::Rejected)},
                    {QStringLiteral("flagged"), flagged()},
                    {QStringLiteral("mapping"), QJsonArray::fromStringList(mapping)}};
    if (format == QLatin1String("csv")) {
        out.insert(QStringLiteral("encoding"), encoding);
        out.insert(QStringLiteral("delimiter"), QString(delimiter));
    } else {
        out.insert(QStringLiteral("sheet"), sheet);
    }
    if (!earlierBatchCode.isEmpty())
        out.insert(QStringLiteral("same_file_as_batch"), earlierBatchCode);
    QJsonArray problems;
    for (const ImportRowReport& row : rows)
        if (row.outcome != RowOutcome::Imported || !row.flags.isEmpty())
            problems.append(rowJson(row));
    out.insert(QStringLiteral("problems"), problems);
    return out;
}

QString ImportReport::statusSentence() const
{
    switch (status) {
    case Status::Committed:
        return tr("Imported as batch %1.").arg(batchCode);
    case Status::DryRun:
        return tr("Dry run: nothing was written.");
    case Status::Refused:
        return tr("Nothing was imported: a row was rejected and the import was all or nothing.");
    case Status::Cancelled:
        break;
    }
    return tr("Cancelled: nothing was imported.");
}

QString ImportReport::summary() const
{
    QStringList lines;
    if (format == QLatin1String("csv"))
        lines << tr("%1: CSV, %2, delimiter \"%3\"").arg(fileName, encoding, QString(delimiter));
    else
        lines << tr("%1: workbook, sheet \"%2\"").arg(fileName, sheet);
    lines << tr("%n record(s): %1 imported, %2 merged, %3 skipped, %4 rejected, %5 flagged.",
                nullptr, int(records()))
                 .arg(count(RowOutcome::Imported))
                 .arg(count(RowOutcome::Merged))
                 .arg(count(RowOutcome::Skipped))
                 .arg(count(RowOutcome::Rejected))
                 .arg(flagged());
    if (!earlierBatchCode.isEmpty())
        lines << tr("The same file was imported before as batch %1.").arg(earlierBatchCode);
    lines << statusSentence();
    return lines.join(QLatin1Char('\n'));
}

QString ImportReport::flagsText(const QList<ImportFlag>& flags)
{
    QStringList parts;
    for (const ImportFlag& flag : flags)
        parts << (flag.column.isEmpty() ? flag.reason : tr("%1: %2").arg(flag.column, flag.reason));
    return parts.join(QStringLiteral("; "));
}

void ImportReport::saveCsv(const QString& path, const QString& storePath) const
{
    if (!storePath.isEmpty() && StoreFiles::touches(storePath, path))
        throw ExportError(StoreFiles::refusal(path));
    PendingFile pending(path);
    QFile file(pending.tempPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw ExportError(tr("The report cannot be written to %1: %2")
                              .arg(QFileInfo(path).fileName(), file.errorString()));
    CsvWriter writer(file, CsvWriter::Options{});
    writer.writeRow({QStringLiteral("row"), QStringLiteral("outcome"), QStringLiteral("lead_id"),
                     QStringLiteral("column"), QStringLiteral("reason"), QStringLiteral("flags")});
    const QList<bool> numeric{true, false, true, false, false, false};
    for (const ImportRowReport& row : rows)
        writer.writeRow({QString::number(row.row), outcomeKey(row.outcome),
                         row.leadId > 0 ? QString::number(row.leadId) : QString(), row.column,
                         row.reason, flagsText(row.flags)},
                        numeric);
    writer.flush();
    file.close();
    pending.commit();
}
