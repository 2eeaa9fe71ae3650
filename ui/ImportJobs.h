#pragma once

#include "ImportWizard.h"

#include <memory>

class BackgroundJob;

/// The lead and activity imports of the wizard run as BackgroundJobs with a connection of their
/// own: the dry run on the options page and the import on the run page call the same use cases.
namespace ImportJobs {

/// What a job produced, read after its finished() signal.
struct Outcome
{
    std::optional<ImportReport> report;
    std::optional<ActivityReport> activityReport;
};

/// Starts importing (or, with `dryRun`, judging) the wizard's file with its mapping and options.
/// The job is a child of `parent`; `outcome` is filled before the job's finished() signal. The
/// job's progress is in thousandths of the file read; cancelling it leaves the store as it was.
BackgroundJob* start(QObject* parent, const Store& store, const QString& repName,
                     const ImportWizardState& state, bool dryRun,
                     const std::shared_ptr<Outcome>& outcome);

} // namespace ImportJobs
