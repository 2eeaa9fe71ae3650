#pragma once

#include <QCoreApplication>
#include <QStringList>

/// One record of an import file: its cells as the file holds them (never trimmed, never padded)
/// and where it stands in the file, so that a report can point the rep to it.
struct ImportRow
{
    QStringList cells;
    /// The record's number as a spreadsheet shows it: the header is row 1, the first data
    /// record row 2 (in an XLSX file, the sheet's own row number).
    qint64 row = 0;
    /// The physical line the record starts on (1-based); a quoted line break makes a record span
    /// lines, so it can differ from the row. 0 where the file has no lines (XLSX).
    qint64 line = 0;

    /// The cell in column `column` (0-based), or an empty string where the record has none.
    QString cell(qsizetype column) const { return cells.value(column); }
    /// True when every cell is empty (a blank line, or a row of empty cells).
    bool isBlank() const;
};

/// What is wrong with the file at a place: the row and line as in ImportRow, and why.
struct ImportProblem
{
    qint64 row = 0;
    qint64 line = 0;
    QString message;
    /// True when reading cannot go on after it (an unclosed quote, bytes that are not text in
    /// the file's encoding, a damaged workbook); false when only this record is broken.
    bool fatal = false;

    bool isNull() const { return message.isEmpty(); }
    /// "Row 4 (line 5): …" in the rep's language, for reports and the command line.
    QString describe() const;
};

/// A file an importer reads record by record. It streams: whatever the file's size, a source holds
/// only a bounded buffer and the record being read.
///
///     ImportRow row;
///     for (ImportSource::Step step; (step = source.next(row)) != ImportSource::End;)
///         if (step == ImportSource::Error) report(source.problem()); else take(row);
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    enum Step
    {
        Row,
        Error,
        End
    };

    virtual ~ImportSource() = default;

    /// The column names (the file's first record), empty when the file has no header.
    virtual QStringList header() const = 0;
    /// Reads the next record into `row`. Error leaves `row` undefined and problem() says why;
    /// calling next() again goes on with the record after it, or gives End after a fatal one.
    virtual Step next(ImportRow& row) = 0;
    /// The problem of the last Error (or of a failed open).
    virtual ImportProblem problem() const = 0;
    /// How far reading has come, from 0 to 1, for a progress bar.
    virtual double progress() const = 0;

    /// "Expected 3 columns, found 4 columns" when `row` has more or fewer cells than `columns`,
    /// else an empty string. A short row is common (Outlook drops trailing empty fields) and
    /// its missing cells read as empty; the importer decides what to make of either.
    static QString shapeProblem(const ImportRow& row, qsizetype columns);
};
