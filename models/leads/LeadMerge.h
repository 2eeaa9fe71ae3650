#pragma once

#include "leads/MergeFields.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <optional>

class Store;

/// A merge the store keeps, and so can undo.
struct MergeRecord
{
    qint64 mergeId = 0;
    qint64 survivorId = 0;
    QList<qint64> mergedIds;
    qint64 mergedAt = 0;
};

/// Merges two or more stored leads into one survivor (Lead ▸ Find Duplicates…, the lead card,
/// `leadscout merge`): per differing detail the chosen lead's value (a blank never wins), the
/// other e-mail addresses and phone numbers kept as alternates, the contact flags of all, and
/// every row of the others — calls, stage history, interest events, nurture plans, handoff rows,
/// field changes, alternates — moved to the survivor. The survivor keeps its own qualification
/// and draft (or takes the most recent of the others' when it has none); its call counters are
/// the sums and its claim the others' when it has none. The others are removed and the survivor
/// rescored, all in one write transaction. What every lead was is kept, so undo() can put them
/// back exactly, row for row.
class LeadMerge
{
    Q_DECLARE_TR_FUNCTIONS(LeadMerge)

public:
    struct Request
    {
        qint64 survivorId = 0;
        QList<qint64> mergedIds;
        /// Per field, the lead whose value the survivor takes; fields left out, or pointing at a
        /// blank, keep MergeFields::defaultChoices().
        QMap<LeadField, qint64> choices;
        QString repName;
    };

    struct Result
    {
        qint64 mergeId = 0;
        qint64 survivorId = 0;
        QList<qint64> mergedIds;
        qint64 rowsMoved = 0;   ///< rows of the others' tables now on the survivor
        QStringList alternates; ///< e-mail addresses and numbers added as alternates
        QList<LeadField> changedFields;
    };

    explicit LeadMerge(const Store& store);

    /// Why these leads cannot be merged (fewer than two, one named twice, one that does not
    /// exist, one of a person erased on request), or empty when they can.
    QString refusal(qint64 survivorId, const QList<qint64>& mergedIds) const;
    /// The differing details, each lead's value, the survivor first. Throws StoreError when
    /// refusal() is not empty.
    QList<MergeField> differingFields(qint64 survivorId, const QList<qint64>& mergedIds) const;
    /// What the merge takes when the request names no choice.
    QMap<LeadField, qint64> defaultChoices(qint64 survivorId, const QList<qint64>& mergedIds) const;

    /// Merges. Throws StoreError (and changes nothing) when refused or the store fails.
    Result merge(const Request& request);

    /// Why the merge cannot be undone (unknown, the survivor worked since or merged again), or
    /// empty when it can.
    QString undoRefusal(qint64 mergeId) const;
    /// Puts every lead of the merge back as it was. Throws StoreError (and changes nothing)
    /// when undoRefusal() is not empty or the store fails.
    MergeRecord undo(qint64 mergeId);
    /// The most recent merge that can still be undone.
    std::optional<MergeRecord> latestUndoable() const;

    /// The alternates of a lead: "email" or "phone" and the value, oldest first.
    QList<QPair<QString, QString>> alternates(qint64 leadId) const;

private:
    QList<Lead> loadAll(qint64 survivorId, const QList<qint64>& mergedIds) const;
    QList<LeadField> applyChoices(const QList<Lead>& leads, const Request& request, qint64 repId,
                                  qint64 now) const;
    void keepContactFlags(const QList<Lead>& leads, qint64 repId, qint64 now) const;
    qint64 moveRows(qint64 survivorId, const QList<qint64>& mergedIds) const;
    void takeCountersAndClaim(qint64 survivorId, const QList<qint64>& mergedIds) const;
    QStringList keepAlternates(const QList<Lead>& leads, qint64 now) const;
    QJsonObject fingerprint(qint64 survivorId) const;
    std::optional<MergeRecord> record(qint64 mergeId, QJsonObject* snapshot,
                                      QJsonObject* fingerprint) const;

    const Store& m_store;
};
