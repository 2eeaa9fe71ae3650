#pragma once

#include "handoff/HandoffFileWriter.h"

/// Writes a handoff table as an Excel workbook through libxlsxwriter, in constant-memory mode
/// (rows stream to disk): a bold header row frozen in place with an autofilter, column widths
/// fitted to the content, whole numbers and amounts as numbers, dates and times as real Excel
/// dates with a date format. Text is always written as text, never as a formula, so
/// text starting with = + - @ needs no apostrophe (Excel does not evaluate a text cell); text
/// longer than a cell holds (32,767 characters) is cut and ends with a note saying so.
class HandoffXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(HandoffXlsxWriter)

public:
    static void write(const HandoffTable& table, const QString& path, qint64 createdAt,
                      const HandoffFileWriter::Tick& tick);

private:
    static QString diskFull(const QString& path);
};
