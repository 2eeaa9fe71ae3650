#include "ImportJobs.h"

#include "support/BackgroundJob.h"

namespace ImportJobs {

BackgroundJob* start(QObject* parent, const Store& store, const QString& repName,
                     const ImportWizardState& state, bool dryRun,
                     const std::shared_ptr<Outcome>& outcome)
{
    const ImportFileOptions file = state.file;
    LeadImportOptions options = state.options;
    options.mapping = state.mapping;
    options.dryRun = dryRun;
    const bool activities = state.activities;
    const ActivityImportOptions activityOptions = ImportWizard::activityOptions(state, dryRun);
    auto* job = new BackgroundJob(
        store,
        [=](const Store& own, BackgroundJob& self) mutable {
            if (activities) {
                outcome->activityReport = ActivityImport(own).import(activityOptions);
                return true;
            }
            options.cancelRequested = [&self] { return self.isCancelled(); };
            options.progress = [&self](const ImportProgress& progress) {
                self.setProgress(qint64(progress.fraction * 1000), 1000);
            };
            outcome->report = LeadImport(own, repName).run(file, options);
            return outcome->report->status != ImportReport::Status::Cancelled;
        },
        parent);
    job->start();
    return job;
}

} // namespace ImportJobs
