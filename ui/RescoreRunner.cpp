#include "RescoreRunner.h"

#include "store/Store.h"
#include "support/BackgroundJob.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace RescoreRunner {

void start(QWidget* parent, const Store& store, const std::optional<ScoringRules>& newRules,
           qint64 repId, const QString& note, const Done& done)
{
    auto* dialog = new QProgressDialog(parent);
    dialog->setObjectName(QStringLiteral("rescoreProgressDialog"));
    dialog->setWindowTitle(QCoreApplication::translate("RescoreRunner", "Rescoring leads"));
    dialog->setLabelText(
        newRules
            ? QCoreApplication::translate("RescoreRunner", "Saving the new rules and rescoring "
                                                           "every lead…")
            : QCoreApplication::translate("RescoreRunner", "Rescoring every lead…"));
    dialog->setCancelButtonText(QCoreApplication::translate("RescoreRunner", "Cancel"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setRange(0, 0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    auto* job = new BackgroundJob(
        store,
        [newRules, repId, note](const Store& own, BackgroundJob& self) {
            const BulkScoring::RescoreOutcome outcome = BulkScoring::rescoreAll(
                own, newRules, repId, note, [&self](qint64 doneLeads, qint64 total) {
                    self.setProgress(doneLeads, total);
                    return !self.isCancelled();
                });
            self.setResult(QVariant::fromValue(outcome));
            return outcome.completed;
        },
        dialog);
    QObject::connect(job, &BackgroundJob::progressed, dialog, [dialog](qint64 d, qint64 total) {
        // Progress in thousandths keeps the range inside int for any store size.
        dialog->setRange(0, 1000);
        dialog->setValue(total > 0 ? int(d * 1000 / total) : 0);
        dialog->setLabelText(QCoreApplication::translate("RescoreRunner", "%1 of %2 leads scored…")
                                 .arg(d)
                                 .arg(total));
    });
    const bool allOrNothing = store.isSqlite(); // a server rescores in committed batches
    QObject::connect(dialog, &QProgressDialog::canceled, job, [job, dialog, allOrNothing] {
        job->cancel();
        dialog->setLabelText(
            allOrNothing ? QCoreApplication::translate("RescoreRunner",
                                                       "Cancelling — putting every score back…")
                         : QCoreApplication::translate("RescoreRunner",
                                                       "Cancelling after the current batch…"));
    });
    QObject::connect(job, &BackgroundJob::finished, dialog,
                     [dialog, job, done](bool, const QString& error) {
                         dialog->close();
                         done(job->resultAs<BulkScoring::RescoreOutcome>(), error);
                     });
    dialog->show();
    job->start();
}

QString cancelledText(const BulkScoring::RescoreOutcome& outcome)
{
    if (outcome.leads == 0 && !outcome.rulesSaved)
        return QCoreApplication::translate("RescoreRunner", "Every score is as it was.");
    return QCoreApplication::translate(
               "RescoreRunner",
               "Cancelled after %n lead(s) were rescored with rules version %1; the others keep "
               "their scores until the next rescore.",
               nullptr, int(outcome.leads))
        .arg(outcome.version);
}

} // namespace RescoreRunner
