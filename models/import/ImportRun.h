#pragma once

#include "import/ImportBatches.h"
#include "import/ImportMerge.h"
#include "import/ImportRowCleaner.h"
#include "import/LeadImport.h"

#include <QHash>
#include <QSqlQuery>
#include <memory>

/// One run of LeadImport over an opened file, inside the write transaction the run holds: reads
/// the file batch by batch, judges and writes each batch, and fills the report. Not for use
/// outside LeadImport.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    ImportRun(const Store& store, const QString& repName, const LeadImportOptions& options,
              OpenedImportFile& file, ImportReport& report);
    ~ImportRun();

    /// Reads, judges and writes every record; commits unless cancelled, a dry run or refused.
    void run(const ImportBatch& batch);

private:
    /// A record read, or what the reader found wrong with it.
    struct Item
    {
        ImportRow row;
        ImportProblem problem;
    };
    /// A row on its way through a batch.
    struct Judged
    {
        CleanedImportRow row;
        qsizetype report = 0;    ///< its entry in the batch's report rows
        qint64 duplicateOf = 0;  ///< a lead with the same external id
        qsizetype sameIdAs = -1; ///< an earlier row of this batch with the same external id
    };

    /// A batch read and cleaned, ready to be judged against the store and written.
    struct Prepared
    {
        QList<ImportRowReport> reports; ///< one per record, in the file's order
        QList<Judged> judged;           ///< the rows that were not rejected while cleaning
        double progress = 0;            ///< how far reading had come after this batch
        bool fileEnded = false;
        bool cancelled = false;
    };

    /// The next records of the file. Runs on the reading thread (never at the same time as
    /// another read), as does prepare().
    QList<Item> readBatch();
    bool cancelled() const;
    Prepared prepare(const QList<Item>& items) const;
    /// Judges a prepared batch against the store and writes it, on the run's own thread.
    void write(Prepared& batch);
    QHash<QString, qint64> storedExternalIds(const QList<Judged>& rows) const;
    void markExternalDuplicates(QList<Judged>& rows) const;
    void writeBatch(QList<Judged>& rows, QList<ImportRowReport>& reports);
    void takeResult(const Judged& judged, const IntakeResult& result, ImportRowReport& report);
    void takeCreated(const Judged& judged, qint64 leadId, ImportRowReport& report);
    void takeDuplicate(const Judged& judged, qint64 leadId, const QString& what,
                       ImportRowReport& report);
    QString describeDuplicate(qint64 leadId, const QString& what) const;
    QString columnOf(LeadField field) const;
    void finish(ImportBatch batch);

    const Store& m_store;
    const LeadImportOptions& m_options;
    OpenedImportFile& m_file;
    ImportReport& m_report;
    QString m_repName;
    LeadIntake m_intake;
    qint64 m_repId = 0;
    qint64 m_batchId = 0;
    qint64 m_now = 0;
    std::unique_ptr<ImportRowCleaner> m_cleaner;
    std::unique_ptr<ImportMerge> m_merge;
    QHash<QString, qint64> m_externalIds; ///< external id → lead, for the ids of this import
    QHash<qint64, qint64> m_createdRows;  ///< lead created by this import → its row
    bool m_fileEnded = false;
    bool m_cancelled = false;
};
