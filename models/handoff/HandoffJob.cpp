#include "handoff/HandoffJob.h"

#include "store/Store.h"

HandoffJob::HandoffJob(const Store& store, const HandoffRequest& request, const Run& run,
                       QObject* parent)
    : BackgroundJob(
          store,
          [this, run](const Store& own, BackgroundJob& job) {
              const HandoffService::Progress progress = [&job](int percent) {
                  job.setProgress(percent, 100);
                  return !job.isCancelled();
              };
              try {
                  job.setResult(QVariant::fromValue(run(own, progress)));
              } catch (const HandoffError& error) {
                  m_errorKind = error.kind();
                  throw;
              }
              return true;
          },
          parent)
    , m_request(request)
{
    start();
}

HandoffJob::~HandoffJob()
{
    cancel();
    wait(); // the work writes m_errorKind: it must end before this part of the job goes
}

HandoffJob* HandoffJob::handOff(const Store& store, const HandoffRequest& request, QObject* parent)
{
    return new HandoffJob(
        store, request,
        [request](const Store& own, const HandoffService::Progress& progress) {
            return HandoffService(own).handOff(request, progress);
        },
        parent);
}

HandoffJob* HandoffJob::exportAgain(const Store& store, qint64 batchId, const QString& path,
                                    const HandoffFileOptions& options, QObject* parent)
{
    HandoffRequest request;
    request.filePath = path;
    request.options = options;
    return new HandoffJob(
        store, request,
        [batchId, path, options](const Store& own, const HandoffService::Progress& progress) {
            return HandoffService(own).exportAgain(batchId, path, options, progress);
        },
        parent);
}
