#pragma once

#include "handoff/HandoffTable.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

/// Writes a handoff table to a file, as CSV or XLSX. The same table and options always give
/// the same bytes, so a batch exported again from its snapshots is identical to the original.
class HandoffFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoffFileWriter)

public:
    /// Called every few hundred rows with the rows written so far; false cancels.
    using Tick = std::function<bool(qint64 done)>;

    /// Writes `table` to `path` (normally a PendingFile's temporary name). `createdAt` (UTC
    /// seconds) is the document's creation time inside an XLSX file. Throws ExportError, or
    /// HandoffError::Cancelled.
    static void write(const HandoffTable& table, const QString& path,
                      const HandoffFileOptions& options, qint64 createdAt, const Tick& tick = {});

private:
    static void writeCsv(const HandoffTable& table, const QString& path, QChar delimiter,
                         const Tick& tick);
    static void writeCsvRows(const HandoffTable& table, QIODevice& device, QChar delimiter,
                             const Tick& tick);
};
