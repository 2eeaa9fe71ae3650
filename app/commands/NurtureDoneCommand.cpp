#include "CommandFrame.h"
#include "CommandSupport.h"
#include "nurture/StepCompletion.h"
#include "store/Store.h"
#include "support/AppSettings.h"

#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

QString responseKeys()
{
    QStringList keys;
    for (const StepResponse response : NurtureTerms::all<StepResponse>())
        keys.append(NurtureTerms::key(response));
    return keys.join(QStringLiteral(", "));
}

int record(const CommandFrame& frame, const Store& store, qint64 stepId, StepResponse response)
{
    StepOutcome outcome;
    outcome.response = response;
    outcome.note = frame.value(QStringLiteral("note"));
    const StepResult result = StepCompletion(store).record(stepId, outcome, AppSettings::instance().repName());
    const QJsonObject json{{QStringLiteral("step"), stepId},
                           {QStringLiteral("lead"), result.leadId},
                           {QStringLiteral("response"), NurtureTerms::key(response)},
                           {QStringLiteral("interestEvent"), result.interestEventId},
                           {QStringLiteral("interestBefore"), result.interestBefore},
                           {QStringLiteral("interestAfter"), result.interestAfter},
                           {QStringLiteral("scoreBefore"), result.totalBefore},
                           {QStringLiteral("scoreAfter"), result.totalAfter},
                           {QStringLiteral("gradeBefore"), result.gradeBefore},
                           {QStringLiteral("gradeAfter"), result.gradeAfter},
                           {QStringLiteral("backInQueue"), result.crossedThreshold}};
    frame.print(json, tr("Step %1 recorded (%2): lead #%3, score %4 → %5, grade %6 → %7.")
                          .arg(stepId)
                          .arg(NurtureTerms::label(response))
                          .arg(result.leadId)
                          .arg(result.totalBefore)
                          .arg(result.totalAfter)
                          .arg(result.gradeBefore, result.gradeAfter));
    return ExitOk;
}

int runNurtureDone(const QStringList& arguments)
{
    CommandFrame frame(QStringLiteral("nurture-done"));
    frame.addOptions(
        "Commands",
        {{"step", QT_TRANSLATE_NOOP("Commands", "The id of the step (see leadscout nurture)."), "ID"},
         {"response",
          QT_TRANSLATE_NOOP("Commands", "opened, clicked, downloaded, replied, attended or "
                                        "no_reaction."),
          "KIND"},
         {"note", QT_TRANSLATE_NOOP("Commands", "A note on the step."), "TEXT"},
         {"json", QT_TRANSLATE_NOOP("Commands", "Print JSON instead of text.")}});
    if (const auto stop = frame.parse(arguments))
        return *stop;
    if (!frame.isSet(QStringLiteral("step")))
        return frame.usageError(tr("--step is required."));
    if (!frame.isSet(QStringLiteral("response")))
        return frame.usageError(tr("--response is required (%1).").arg(responseKeys()));
    qint64 stepId = 0;
    if (!CommandSupport::intOption(frame.parser(), frame.name(), QStringLiteral("step"), 1, stepId))
        return ExitUsage;
    const auto response =
        NurtureTerms::fromKey<StepResponse>(frame.value(QStringLiteral("response")).trimmed());
    if (!response)
        return frame.usageError(tr("--response must be one of %1, not \"%2\".")
                                    .arg(responseKeys(), frame.value(QStringLiteral("response"))));
    return frame.withStore(
        [&](Store& store) { return record(frame, store, stepId, *response); });
}

const RegisterCommand registration(
    {"nurture-done", "--db PATH --step ID --response KIND [--note TEXT]",
     QT_TRANSLATE_NOOP("Commands", "Record the response to a nurture step"), &runNurtureDone});

} // namespace
