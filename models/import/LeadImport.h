#pragma once

#include "domain/Vocabulary.h"
#include "import/HeaderMapping.h"
#include "import/ImportFile.h"
#include "import/ImportOwner.h"
#include "import/ImportReport.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class Store;

/// What to do with a row that is probably a lead already in the store or earlier in the file.
enum class DuplicateMode
{
    Skip,  ///< leave it out (reported as skipped, with the lead it duplicates)
    Merge, ///< fill the existing lead's empty fields from it (reported as merged)
    Import ///< import it anyway as a new lead
};

/// How far an import has come, for a progress bar.
struct ImportProgress
{
    qint64 rowsDone = 0;   ///< records judged so far
    double fraction = 0.0; ///< of the file read, 0 to 1
};

/// The rep's choices for one import.
struct LeadImportOptions
{
    /// The columns' targets; nothing: guessed from the header (HeaderMapping::guess). A given
    /// mapping is applied by header (HeaderMapping::withSaved), so a saved one fits a file whose
    /// columns moved.
    std::optional<HeaderMapping> mapping;
    QString defaultCountry; ///< alpha-2 for numbers without a country code; empty: the team's
    /// The source channel of rows whose own column names none (or of all, without a column).
    std::optional<SourceChannel> sourceChannel;
    QString campaign;         ///< the campaign of rows that name none
    ImportOwnerOptions owner; ///< who owns the leads (checked before anything is written)
    DuplicateMode duplicates = DuplicateMode::Skip;
    bool allOrNothing = false;       ///< any rejected row refuses the whole file
    bool dryRun = false;             ///< judge every row, write nothing
    bool keepUnmappedAsNote = false; ///< ignored columns become part of the lead's import note
    qsizetype batchRows = 1000;      ///< rows judged and written at a time (memory stays flat)
    /// Asked between rows; true stops the import and leaves the store as it was. Called on the
    /// importing thread: a wizard passes a lambda reading a std::atomic_bool.
    std::function<bool()> cancelRequested;
    /// Called after each batch of rows, on the importing thread.
    std::function<void(const ImportProgress&)> progress;
};

/// Importing leads from a CSV or XLSX file, the same for the command line and the wizard: read
/// the file streaming, map its columns, clean each row (ImportRowCleaner), find duplicates in the
/// file and the store (e-mail, external id, phone together with the name), keep out people erased
/// on request, and create the leads through LeadIntake, batch by batch, in ONE write transaction:
/// a cancel, an error, a crash or a kill leaves the store exactly as it was. Every imported lead
/// carries the source channel, the campaign and its import batch, which can be undone as a whole
/// while none of its leads has been worked. Importing the same file again adds nothing.
///
/// Runs on the thread that owns `store` (a worker thread opens its own with Store::openAnother).
class LeadImport
{
    Q_DECLARE_TR_FUNCTIONS(LeadImport)

public:
    LeadImport(const Store& store, QString repName);

    /// Imports the file. Throws ImportError when the file cannot be opened or read to its end
    /// (then nothing is written), StoreError when the store fails (rolled back) or the owner
    /// chosen may not be (ImportOwners::refusal; before anything is written). The report's
    /// status says whether it was written, a dry run, refused (all or nothing) or cancelled.
    ImportReport run(const ImportFileOptions& file, const LeadImportOptions& options = {});

    /// The mapping an import of a file with this header uses with these options.
    static HeaderMapping mappingFor(const QStringList& header, const LeadImportOptions& options);

    /// Why the batch cannot be undone (see ImportBatches::undoRefusal); empty when it can.
    QString undoRefusal(const QString& batchCode) const;
    /// Deletes the leads of the batch and marks it undone, in one transaction. Throws
    /// StoreError with the reason when it may not be undone. Returns the leads deleted.
    qint64 undo(const QString& batchCode);

    /// "skip", "merge", "import" and back.
    static QString modeKey(DuplicateMode mode);
    static std::optional<DuplicateMode> modeFromKey(const QString& key);

private:
    const Store& m_store;
    QString m_repName;
};
