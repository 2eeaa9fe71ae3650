#pragma once

#include "ImportJobs.h"
#include "support/BackgroundJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWizardPage>
class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;

/// The import wizard's run page: the import off the GUI thread (BackgroundJob, one transaction)
/// with a progress bar, rows per second and time left, and Cancel, which rolls everything back.
/// When it has ended the wizard goes on to the report.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;

    bool running() const { return m_job != nullptr; }
    /// Asks the import to stop; the store stays as it was.
    void cancel();

private:
    void progressed(qint64 done, qint64 total);
    void finished(const QString& error);

    ImportWizard& m_wizard;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPointer<BackgroundJob> m_job;
    std::shared_ptr<ImportJobs::Outcome> m_outcome;
    QElapsedTimer m_clock;
    bool m_done = false;
};
