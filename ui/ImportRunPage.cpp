#include "ImportRunPage.h"

#include "ImportWizard.h"
#include "support/BackgroundJob.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel Import")))
    , m_outcome(std::make_shared<ImportJobs::Outcome>())
{
    setTitle(tr("Importing"));
    setSubTitle(tr("The import is one transaction: cancelled, it leaves the store as it was."));
    m_status->setObjectName(QStringLiteral("importRunStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

void ImportRunPage::initializePage()
{
    ImportWizardState& state = m_wizard.state();
    state.report.reset();
    state.activityReport.reset();
    state.runError.clear();
    m_done = false;
    *m_outcome = {};
    m_progress->setValue(0);
    m_status->setText(tr("Reading and importing %1…").arg(state.file.path));
    m_cancel->setEnabled(!state.activities); // an activity import is short and cannot stop
    m_clock.start();
    m_job = ImportJobs::start(this, m_wizard.store(), m_wizard.repName(), state, false, m_outcome);
    connect(m_job, &BackgroundJob::progressed, this, &ImportRunPage::progressed);
    connect(m_job, &BackgroundJob::finished, this,
            [this](bool, const QString& error) { finished(error); });
    m_cancel->setFocus();
}

void ImportRunPage::progressed(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setValue(int(done * 1000 / total));
    const double seconds = m_clock.elapsed() / 1000.0;
    if (done > 0 && seconds > 0.5) {
        const int left = int(seconds * (total - done) / done);
        m_status->setText(
            tr("%1 % read, about %n second(s) left…", nullptr, left).arg(done * 100 / total));
    }
}

void ImportRunPage::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling — taking every row back…"));
}

void ImportRunPage::finished(const QString& error)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_done = true;
    m_cancel->setEnabled(false);
    ImportWizardState& state = m_wizard.state();
    state.report = m_outcome->report;
    state.activityReport = m_outcome->activityReport;
    state.runError = error;
    m_progress->setValue(m_progress->maximum());
    m_status->setText(error.isEmpty() ? tr("Done.") : tr("The import failed: %1").arg(error));
    if (error.isEmpty() && (!state.report || state.report->written() || state.activityReport))
        emit m_wizard.importFinished();
    emit completeChanged();
    // The report says what happened, also after a cancel or a failure.
    QTimer::singleShot(0, &m_wizard, [this] {
        if (m_wizard.currentPage() == this)
            m_wizard.next();
    });
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}
