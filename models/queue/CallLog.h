#pragma once

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class QSqlQuery;
class Store;

/// A call as the rep logs it.
struct CallDraft
{
    CallOutcome outcome = CallOutcome::NoAnswer;
    qint64 startedAt = 0; ///< UTC seconds; 0 for "now minus the duration"
    int durationSecs = 0;
    QString note;
    std::optional<qint64> callbackAt; ///< required for CallbackRequested, in the future
};

/// A logged call.
struct CallEntry
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString repName;
    qint64 startedAt = 0;
    int durationSecs = 0;
    CallOutcome outcome = CallOutcome::NoAnswer;
    QString note;
    std::optional<qint64> callbackAt;
};

/// What logging a call did to the lead.
struct LoggedCall
{
    qint64 callId = 0;
    int attempts = 0;                   ///< unreached attempts in a row, after this call
    bool maxAttemptsReached = false;    ///< propose nurture or disqualify now
    bool movedToWorking = false;        ///< the first call on a new lead
    std::optional<qint64> nextActionAt; ///< when the lead comes back (callback or retry)
};

/// The call log: every call saved at once, in one transaction with what it does to the lead
/// (attempts, next action, do-not-call, wrong number, new → working), and the last call
/// undoable exactly.
class CallLog
{
    Q_DECLARE_TR_FUNCTIONS(CallLog)

public:
    explicit CallLog(const Store& store);

    /// Unreached outcomes count as attempts; reaching the person resets the count.
    static bool isUnreached(CallOutcome outcome);
    /// Checks a draft; returns what is wrong, for a person, or an empty string.
    QString validate(const CallDraft& draft) const;

    /// Logs the call. Throws StoreError (with validate()'s message) when the draft is invalid,
    /// the lead is gone, or it is marked do-not-call or wrong number (nothing is logged then).
    LoggedCall log(qint64 leadId, const CallDraft& draft, const QString& repName);
    /// Undoes a logged call: deletes it and restores the lead as it was before. Throws
    /// StoreError when it is no longer the lead's latest change.
    void undo(qint64 callId);
    /// The lead's calls, newest first.
    QList<CallEntry> calls(qint64 leadId) const;

    /// After the maximum attempts: nurture until `returnAt` (attempts start again then).
    void moveToNurture(qint64 leadId, qint64 returnAt, const QString& repName);
    /// The same, back after the team's nurture return days (TeamSettings).
    void moveToNurture(qint64 leadId, const QString& repName);
    /// After the maximum attempts: disqualified as unreachable.
    void disqualifyUnreachable(qint64 leadId, const QString& repName);

private:
    void saveUndo(qint64 callId, qint64 leadId, qint64 now);
    void restoreFlags(qint64 leadId, const QSqlQuery& undo) const;
    /// No next action and no claim any more (nurture or disqualified after the maximum attempts).
    void leaveQueueInTransaction(qint64 leadId, bool resetAttempts);
    const Store& m_store;
};
