#pragma once

#include "domain/Vocabulary.h"

#include <QString>
#include <optional>

/// Where a lead stands in the call queue, in queue order.
enum class QueueLane
{
    CallbackDue, ///< a callback whose time has come
    NewLead,     ///< new and untouched, by how long it has waited against the SLA
    ByScore,     ///< working, MQL and nurture leads that are due, by score
    HeldBack,    ///< in a queue stage but not callable now (see HoldReason)
    NotInQueue   ///< sql, handed_off, disqualified
};

/// Why a lead in a queue stage is held back. Checked in this order; the first that applies wins.
enum class HoldReason
{
    None,
    DoNotCall,
    WrongNumber,
    NoPhone,
    MaxAttempts,
    ClaimedByOther,
    CallbackLater,
    RetryDelay,
    NurtureNotDue,
    OutsideCallingHours
};

/// One lead as the queue sees it: what the view shows and what the rules need.
struct QueueRow
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString company;
    Stage stage = Stage::New;
    QString grade;
    int score = 0;
    qint64 createdAt = 0;
    SourceChannel source = SourceChannel::Other;
    std::optional<qint64> ownerId;
    bool doNotCall = false;
    bool wrongNumber = false;
    bool hasPhone = false;
    int attempts = 0;
    QString claimedBy;
    QString claimToken;
    std::optional<qint64> claimExpiresAt;
    std::optional<qint64> nextActionAt;
    QString nextActionKind;
    std::optional<qint64> nurtureUntil;
    bool nurtureStepDue = false;  ///< a call step of its nurture plan is due
    QString nurtureStepPurpose;   ///< that step's purpose key (what to ask)
    QString nurtureReturn;        ///< why it came back early (NurtureReturns::key), or empty
    QString zone; ///< leads.call_zone: IANA id, '' when unknown
    QString lastOutcome;

    QueueLane lane = QueueLane::NotInQueue;
    HoldReason hold = HoldReason::None;

    QString displayName() const;
};

/// Restrictions of the queue view; unset members do not restrict.
struct QueueFilter
{
    std::optional<Stage> stage;
    std::optional<SourceChannel> source;
    std::optional<qint64> ownerId; ///< 0 for leads without an owner
    QString grade;                 ///< "A".."E", or "-" for ungraded
    QString search;                ///< name, company, e-mail or phone prefix
};

/// The order of the queue view: the queue's own order, or a column.
enum class QueueSort
{
    QueueOrder,
    Name,
    Company,
    Stage,
    Grade,
    Score,
    Waited
};

/// Stable keys for the command line and JSON.
QString laneKey(QueueLane lane);
QString holdKey(HoldReason reason);
bool isQueueStage(Stage stage);
