#pragma once

#include "domain/Lead.h"
#include "scoring/ScoreResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QVariant>
#include <memory>
#include <optional>

class Store;

/// One entry of a lead's stage history.
struct StageChange
{
    qint64 leadId = 0;
    QString fromStage; ///< empty for the creation of the lead
    QString toStage;
    qint64 changedAt = 0;
    QString repName;
    QString reason;
    QString note;
};

/// Reading and writing leads and their stage history. Every stage change goes through
/// changeStage(), which records from, to, when and who in the same transaction.
class LeadRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)

public:
    explicit LeadRepository(const Store& store);

    /// Inserts a new lead (stage as given, normally `new`) and its first stage-history row, and
    /// scores it with the active rules, all in one transaction. Returns the new id.
    qint64 create(const Lead& lead, const QString& repName);
    /// A new lead's first score, written with its row (see LeadScores::scoreNewLead).
    struct FirstScore
    {
        ScoreResult result;
        int ruleVersion = 0;
        qint64 scoredAt = 0;
    };
    /// Inserts the lead and its first stage-history row, inside a transaction the caller holds.
    /// With `score` the row is written scored; without, the caller scores it later. Its
    /// statements are prepared once per repository object.
    /// An imported lead's origin, written with its row.
    struct ImportOrigin
    {
        qint64 batchId = 0;
        QString externalId;
        QString note;
    };
    qint64 createInTransaction(const Lead& lead, qint64 repId,
                               const std::optional<FirstScore>& score = std::nullopt,
                               const std::optional<ImportOrigin>& origin = std::nullopt);

    std::optional<Lead> find(qint64 id) const;
    /// Moves a lead to another stage and records the change. Throws StoreError when the lead is
    /// gone. `reason` is a disqualify reason key or similar, `note` free text (an override reason).
    void changeStage(qint64 id, Stage to, const QString& repName, const QString& reason = {},
                     const QString& note = {});
    /// The same, inside a transaction the caller holds. Its statements are prepared once per
    /// repository object, so marking thousands of leads in one transaction stays fast.
    void changeStageInTransaction(qint64 id, Stage to, qint64 repId, const QString& reason,
                                  const QString& note);
    /// Moves every lead `selection` picks to `to` in two statements, inside a transaction the
    /// caller holds, with one history row each, written in the selection's order (handing off a
    /// batch of thousands). `selection` is a SELECT of lead_id and position, with `binds`.
    void changeStageOfSelectionInTransaction(const QString& selection, const QVariantList& binds,
                                             Stage to, qint64 repId, const QString& note,
                                             qint64 changedAt);
    /// Takes back the stage change recorded as `historyId` (undoing the call that made it): the
    /// stage and its time as they were, the history row gone. Without a row only the stage and
    /// time are put back.
    void revertStageInTransaction(qint64 id, const QString& stage, const QVariant& stageChangedAt,
                                  const QVariant& historyId);
    /// When a lead in nurture comes back to the queue; nothing for no date. Written with the
    /// stage decision that sends it there.
    void setNurtureUntilInTransaction(qint64 id, std::optional<qint64> until);

    QList<StageChange> stageHistory(qint64 id) const;
    qint64 count() const;
    QMap<Stage, qint64> countByStage() const;

    /// Normalises an e-mail address for comparisons (trimmed, lower case).
    static QString normaliseEmail(const QString& email);

private:
    struct StageStatements;
    struct CreateStatements;

    const Store& m_store;
    std::shared_ptr<StageStatements> m_stageStatements;   ///< prepared on first use
    std::shared_ptr<CreateStatements> m_createStatements; ///< prepared on first use
};

/// Reps are created on first use from the name in the settings.
namespace Reps {
/// The id of the rep of this name (active or not), empty when the store has none.
std::optional<qint64> find(const Store& store, const QString& name);
qint64 idFor(const Store& store, const QString& name);
/// The rep who may own a lead under this name: an active rep of the team, or `selfName` (the
/// rep at the keyboard, created on first use). Empty for any other name: a typo must not
/// become a new rep.
std::optional<qint64> ownerId(const Store& store, const QString& name, const QString& selfName);
QStringList names(const Store& store);
/// Whether the store knows a rep of this name: in the team (active or not) or holding a claim.
bool known(const Store& store, const QString& name);
} // namespace Reps
