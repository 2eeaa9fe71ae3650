#pragma once

#include "import/ActivityImport.h"
#include "import/HeaderMapping.h"
#include "import/ImportFile.h"
#include "import/LeadImport.h"

#include <QWizard>
#include <optional>

class AppSettings;
class Store;

/// What the pages of the import wizard share: the file and how to read it, the mapping, the
/// rep's choices and what the import did. The use cases (LeadImport, ActivityImport) do the work.
struct ImportWizardState
{
    ImportFileOptions file;
    bool activities = false; ///< an activity file (ActivityImport) rather than a lead file
    QStringList header;      ///< the file's column names as read
    HeaderMapping mapping;   ///< lead files: where each column goes
    ActivityColumns::Mapping activityMapping; ///< activity files: what each column holds
    std::optional<InterestKind> activityKind; ///< activity files: the activity of every row
    std::optional<qint64> activityTime;       ///< activity files: the time of every row (UTC)
    LeadImportOptions options;
    bool rememberMapping = true;
    std::optional<ImportReport> report;           ///< lead files, after the import
    std::optional<ActivityReport> activityReport; ///< activity files, after the import
    QString runError;                             ///< why the import failed, when it did
};

/// Lead ▸ Import from CSV or Excel… (issue 18): a file (CSV or XLSX, with its sheet, encoding and
/// delimiter shown and open to override, and a preview), its columns mapped to lead fields
/// (guessed, or remembered from a file with the same headers), the source channel, campaign and
/// duplicates mode with a dry run of what would happen, the import itself off the GUI thread
/// with progress and Cancel (one transaction: cancel leaves the store as it was), and the report
/// per row, saved as CSV or undone as a whole. An activity file goes through ActivityImport.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        MappingPage,
        OptionsPage,
        RunPage,
        ReportPage,
        ActivityMappingPage ///< instead of MappingPage for an activity file
    };

    ImportWizard(const Store& store, AppSettings& settings, QWidget* parent = nullptr);

    const Store& store() const { return m_store; }
    AppSettings& settings() const { return m_settings; }
    QString repName() const;
    ImportWizardState& state() { return m_state; }
    const ImportWizardState& state() const { return m_state; }

    /// The values of the first `rows` non-blank rows of the state's file, per column.
    static QList<QStringList> samples(const ImportWizardState& state, int rows);
    /// The activity import's options for the state's file and choices.
    static ActivityImportOptions activityOptions(const ImportWizardState& state, bool dryRun);

    /// Starts with this file chosen (as if picked with Browse…).
    void setFile(const QString& path);

    /// Cancels an import under way (its transaction is rolled back) before closing.
    void reject() override;

signals:
    /// An import was written or undone: the lead to show, 0 for none in particular.
    void importFinished();

private:
    const Store& m_store;
    AppSettings& m_settings;
    ImportWizardState m_state;
};
