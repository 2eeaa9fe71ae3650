#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

/// Something about a row worth a look, kept in the report but not stopping the row: a free-mail
/// address, a date that could be read two ways, a value left empty, a number repaired.
struct ImportFlag
{
    QString column; ///< the file's header of the column, empty for the row as a whole
    QString reason;
};

/// What became of a record of the file.
enum class RowOutcome
{
    Imported, ///< a new lead
    Merged,   ///< a duplicate whose empty fields were filled from it (perhaps none)
    Skipped,  ///< a duplicate left alone (duplicates mode skip)
    Rejected  ///< not imported: `reason` says why, `column` where
};

/// The outcome of one record, with the row number a spreadsheet shows (the header is row 1).
struct ImportRowReport
{
    qint64 row = 0;
    RowOutcome outcome = RowOutcome::Imported;
    qint64 leadId = 0; ///< the new lead, or the lead merged into or duplicated
    QString column;    ///< rejected: the column at fault, when one is
    QString reason;    ///< rejected, merged or skipped: why
    QList<ImportFlag> flags;
};

/// Everything an import did or, in a dry run, would do: per record, and in counts. Every record of
/// the file is accounted for exactly once.
class ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    /// How the import ended.
    enum class Status
    {
        Committed, ///< written
        DryRun,    ///< judged in full, nothing written
        Refused,   ///< all-or-nothing and a row was rejected: nothing written
        Cancelled  ///< the rep cancelled: nothing written
    };

    // What was read.
    QString fileName;
    QString fingerprint; ///< SHA-256 of the file's bytes
    QString format;      ///< "csv" or "xlsx"
    QString encoding;    ///< CSV only
    QChar delimiter;     ///< CSV only
    QString sheet;       ///< XLSX only
    QStringList mapping; ///< per column: "Header → target key"

    Status status = Status::Committed;
    QString batchCode;        ///< the import batch (also given in a dry run, then not kept)
    QString earlierBatchCode; ///< a batch that imported a file with the same bytes before
    QList<ImportRowReport> rows;

    void add(ImportRowReport row) { rows.append(std::move(row)); }
    qint64 count(RowOutcome outcome) const;
    qint64 records() const { return rows.size(); }
    qint64 flagged() const;
    /// True when the store holds what the report says (Committed).
    bool written() const { return status == Status::Committed; }

    static QString outcomeKey(RowOutcome outcome);
    static QString statusKey(Status status);
    /// The counts and what was read, and per row every problem: the rows not imported as they
    /// were and the rows with flags (not the plain imported ones).
    QJsonObject toJson() const;
    /// A few lines for a person: what was read, the counts, how it ended.
    QString summary() const;
    /// Every record with its outcome, columns and reasons, as CSV (CsvWriter), written under a
    /// temporary name and renamed into place. Refuses the store's own files (`storePath`, a
    /// SQLite store; empty for a server). Throws ExportError.
    void saveCsv(const QString& path, const QString& storePath = {}) const;

private:
    QString statusSentence() const;
    static QString flagsText(const QList<ImportFlag>& flags);
};
