#include "queue/QueueRules.h"

#include "nurture/NurtureTerms.h"
#include "support/Clock.h"

#include <QLocale>

QString QueueRow::displayName() const
{
    const QString name = QStringLiteral("%1 %2").arg(firstName, lastName).trimmed();
    return name.isEmpty() ? company : name;
}

QString laneKey(QueueLane lane)
{
    switch (lane) {
    case QueueLane::CallbackDue:
        return QStringLiteral("callback_due");
    case QueueLane::NewLead:
        return QStringLiteral("new_lead");
    case QueueLane::ByScore:
        return QStringLiteral("by_score");
    case QueueLane::HeldBack:
        return QStringLiteral("held_back");
    case QueueLane::NotInQueue:
        break;
    }
    return QStringLiteral("not_in_queue");
}

QString holdKey(HoldReason reason)
{
    static const char* const keys[] = {"",
                                       "do_not_call",
                                       "wrong_number",
                                       "no_phone",
                                       "max_attempts",
                                       "claimed_by_other",
                                       "callback_later",
                                       "retry_delay",
                                       "nurture_not_due",
                                       "outside_calling_hours"};
    return QString::fromLatin1(keys[int(reason)]);
}

bool isQueueStage(Stage stage)
{
    return stage == Stage::New || stage == Stage::Working || stage == Stage::Mql ||
           stage == Stage::Nurture;
}

HoldReason QueueRules::holdReason(const QueueRow& row, const QueueContext& context)
{
    const qint64 now = context.now;
    const bool callback = row.nextActionKind == QLatin1String("callback");
    if (row.doNotCall)
        return HoldReason::DoNotCall;
    if (row.wrongNumber)
        return HoldReason::WrongNumber;
    if (!row.hasPhone)
        return HoldReason::NoPhone;
    if (row.attempts >= context.maxAttempts)
        return HoldReason::MaxAttempts;
    if (row.claimExpiresAt && *row.claimExpiresAt > now &&
        !context.isOwnClaim(row.claimedBy, row.claimToken))
        return HoldReason::ClaimedByOther;
    if (row.nextActionAt && *row.nextActionAt > now)
        return callback ? HoldReason::CallbackLater : HoldReason::RetryDelay;
    if (row.stage == Stage::Nurture && !callback &&
        !(row.nurtureUntil && *row.nurtureUntil <= now) && !row.nurtureStepDue)
        return HoldReason::NurtureNotDue;
    if (!context.zoneOpen(row.zone))
        return HoldReason::OutsideCallingHours;
    return HoldReason::None;
}

void QueueRules::classify(QueueRow& row, const QueueContext& context)
{
    row.hold = HoldReason::None;
    if (!isQueueStage(row.stage)) {
        row.lane = QueueLane::NotInQueue;
        return;
    }
    row.hold = holdReason(row, context);
    if (row.hold != HoldReason::None)
        row.lane = QueueLane::HeldBack;
    else if (row.nextActionKind == QLatin1String("callback"))
        row.lane = QueueLane::CallbackDue;
    else if (row.stage == Stage::New)
        row.lane = QueueLane::NewLead;
    else
        row.lane = QueueLane::ByScore;
}

QString QueueRules::duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 24 * 60)
        return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : tr("%1 h").arg(minutes / 60);
    const qint64 hours = minutes / 60;
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24)
                      : tr("%1 d").arg(hours / 24);
}

namespace {
QString repTime(qint64 secs, qint64 now)
{
    const QDateTime local = Clock::fromSecs(secs).toLocalTime();
    const QLocale locale;
    if (local.date() == Clock::fromSecs(now).toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return locale.toString(local, QStringLiteral("ddd d MMM HH:mm"));
}
} // namespace

QString QueueRules::waitingText(const QueueRow& row, const QueueContext& context)
{
    const qint64 waited = context.now - row.createdAt;
    const qint64 sla = qint64(context.slaHours) * 3600;
    const QString slaText = tr("SLA %1 h").arg(context.slaHours);
    if (waited > sla)
        return tr("New, waiting %1 (%2: overdue by %3)")
            .arg(duration(waited), slaText, duration(waited - sla));
    return tr("New, waiting %1 (%2: %3 left)")
        .arg(duration(waited), slaText, duration(sla - waited));
}

QString QueueRules::holdText(const QueueRow& row, const QueueContext& context)
{
    const qint64 now = context.now;
    switch (row.hold) {
    case HoldReason::None:
        return {};
    case HoldReason::DoNotCall:
        return tr("do not call");
    case HoldReason::WrongNumber:
        return tr("wrong number");
    case HoldReason::NoPhone:
        return tr("no phone number");
    case HoldReason::MaxAttempts:
        return tr("%1 unreached attempts (the maximum)").arg(row.attempts);
    case HoldReason::ClaimedByOther:
        return tr("claimed by %1 until %2")
            .arg(row.claimedBy.isEmpty() ? tr("another window") : row.claimedBy,
                 repTime(*row.claimExpiresAt, now));
    case HoldReason::CallbackLater:
        return tr("callback at %1").arg(repTime(*row.nextActionAt, now));
    case HoldReason::RetryDelay: {
        const QString outcome = row.lastOutcome.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (%1)").arg(labelOf(
                                          fromKeyOr(row.lastOutcome, CallOutcome::NoAnswer)));
        return tr("retry after %1%2").arg(repTime(*row.nextActionAt, now), outcome);
    }
    case HoldReason::NurtureNotDue:
        return row.nurtureUntil ? tr("in nurture until %1").arg(repTime(*row.nurtureUntil, now))
                                : tr("in nurture, no return date");
    case HoldReason::OutsideCallingHours: {
        const QTimeZone zone = context.zoneOf(row.zone);
        const QDateTime local = QDateTime::fromSecsSinceEpoch(now, zone);
        const qint64 opens = context.hours.nextOpening(zone, now);
        const QString opening = opens > 0
                                    ? QLocale().toString(QDateTime::fromSecsSinceEpoch(opens, zone),
                                                         QStringLiteral("ddd HH:mm"))
                                    : tr("never");
        return tr("outside calling hours (%1 local time, opens %2)")
            .arg(local.toString(QStringLiteral("HH:mm")), opening);
    }
    }
    return {};
}

QString QueueRules::nurtureReason(const QueueRow& row)
{
    if (row.nurtureStepDue) {
        const auto purpose = NurtureTerms::fromKey<StepPurpose>(row.nurtureStepPurpose);
        return tr("Nurture step due (score %1): ask \"%2\"")
            .arg(row.score)
            .arg(NurtureTerms::questionFor(purpose.value_or(StepPurpose::RecheckPhase)));
    }
    if (row.nurtureReturn == QLatin1String("interest_threshold"))
        return tr("Interest crossed the threshold (score %1)").arg(row.score);
    if (row.nurtureReturn == QLatin1String("phase_changed"))
        return tr("Buying phase changed (score %1)").arg(row.score);
    if (row.nurtureReturn == QLatin1String("contact_requested"))
        return tr("Asked for contact (score %1)").arg(row.score);
    if (row.nurtureReturn == QLatin1String("plan_completed"))
        return tr("Nurture plan completed: decide (score %1)").arg(row.score);
    return tr("Score %1, back from nurture").arg(row.score);
}

QString QueueRules::reason(const QueueRow& row, const QueueContext& context)
{
    switch (row.lane) {
    case QueueLane::CallbackDue:
        return tr("Callback due since %1").arg(repTime(*row.nextActionAt, context.now));
    case QueueLane::NewLead:
        return waitingText(row, context);
    case QueueLane::ByScore:
        return row.stage == Stage::Nurture ? nurtureReason(row) : tr("Score %1").arg(row.score);
    case QueueLane::HeldBack:
        return tr("Held back: %1").arg(holdText(row, context));
    case QueueLane::NotInQueue:
        break;
    }
    return tr("Not in the queue: %1").arg(labelOf(row.stage));
}
