#pragma once

#include "queue/QueueContext.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>

/// The queue's rules for one lead, in C++: its lane, why it is held back, and the reason for its
/// place in words. QueueQuery states the same rules in SQL; tests hold the two together.
class QueueRules
{
    Q_DECLARE_TR_FUNCTIONS(QueueRules)

public:
    /// Sets row.lane and row.hold.
    static void classify(QueueRow& row, const QueueContext& context);
    /// Why the lead is where it is: "Callback due since 14:30", "Waiting 5 h (SLA 4 h: overdue
    /// by 1 h)", "Score 72", "Held back: outside calling hours (opens Mon 09:00 local time)".
    static QString reason(const QueueRow& row, const QueueContext& context);
    /// Why a nurture lead is back: a due call step (with the question to ask), interest that
    /// crossed the threshold, a changed buying phase, a contact request, a completed plan.
    static QString nurtureReason(const QueueRow& row);
    /// A short duration for people: "45 min", "3 h 10 min", "2 d 4 h".
    static QString duration(qint64 seconds);

private:
    static HoldReason holdReason(const QueueRow& row, const QueueContext& context);
    static QString holdText(const QueueRow& row, const QueueContext& context);
    static QString waitingText(const QueueRow& row, const QueueContext& context);
};
