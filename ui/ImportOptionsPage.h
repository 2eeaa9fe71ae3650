#pragma once

#include "ImportJobs.h"
#include "support/BackgroundJob.h"

#include <QPointer>
#include <QWizardPage>
class ImportOwnerChoice;
class ImportWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

/// The import wizard's options page: the source channel and campaign of the rows that name none,
/// the default country of phone numbers, the owner of the leads (ImportOwnerChoice), what to do
/// with duplicates (skip, merge, import anyway) and all-or-nothing; and a dry run of the whole file
/// with these choices — how many rows would be new, duplicates, rejected (invalid or erased on
/// request) and why — before anything is written. Next needs the dry run of the choices shown.
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizard& wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The latest dry run's report (lead files), for tests.
    const std::optional<ImportReport>& dryRun() const { return m_outcome->report; }
    bool dryRunRunning() const { return m_job != nullptr; }

private:
    /// The rep's choices into the wizard's state, and a fresh dry run of them shortly.
    void optionsChanged();
    void startDryRun();
    void dryRunFinished(const QString& error);
    void showLeadDryRun(const ImportReport& report);

    ImportWizard& m_wizard;
    QWidget* m_leadOptions;
    QComboBox* m_source;
    QLineEdit* m_campaign;
    QLineEdit* m_country;
    ImportOwnerChoice* m_owner;
    QRadioButton* m_skip;
    QRadioButton* m_merge;
    QRadioButton* m_importAnyway;
    QCheckBox* m_allOrNothing;
    QPushButton* m_check;
    QLabel* m_summary;
    QTableWidget* m_reasons;
    QTimer* m_debounce;
    QPointer<BackgroundJob> m_job;
    std::shared_ptr<ImportJobs::Outcome> m_outcome;
    bool m_fresh = false;   ///< the dry run shown is of the choices shown
    bool m_restart = false; ///< the choices changed while a dry run was under way
};
