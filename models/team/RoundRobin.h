#pragma once

#include <QtGlobal>
#include <optional>

class Store;

/// Assigning new leads to the team's reps by smooth weighted round robin: each present rep
/// (active, not absent, weight above 0) gains its weight per lead, the one furthest ahead takes
/// the lead and gives back the sum of the weights. Over any run of leads each rep is within one
/// lead of its weight's share; an absent rep gets none. The counters are rows in the store,
/// changed under their row locks: they survive restarts and two clients share them.
class RoundRobin
{
public:
    explicit RoundRobin(const Store& store);

    /// Whether a team lead switched assignment of new leads on (a team setting).
    static bool isOn(const Store& store);
    static void setOn(const Store& store, bool on);

    /// Inside the caller's write transaction: the rep who takes the next new lead (the counters
    /// move on), or nothing when no rep is present.
    std::optional<qint64> nextInTransaction() const;
    /// Inside the caller's write transaction: notes when the lead was assigned to its owner.
    void recordInTransaction(qint64 leadId, qint64 now) const;

private:
    const Store& m_store;
};
