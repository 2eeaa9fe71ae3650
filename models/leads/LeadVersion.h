#pragma once

#include "store/Sql.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Store;

/// One field two people changed at once: what this save wanted and what the store has now
/// (text forms as the field history keeps them), for the UI to show both at the field.
struct FieldConflict
{
    QString field; ///< LeadFields key, or "stage" for a decision
    QString mine;
    QString theirs;
};

/// A save refused because the lead changed since it was read (another rep, another window).
class LeadConflict : public StoreError
{
    Q_DECLARE_TR_FUNCTIONS(LeadConflict)

public:
    LeadConflict(qint64 leadId, QList<FieldConflict> conflicts);
    QList<FieldConflict> conflicts() const { return m_conflicts; }

private:
    QList<FieldConflict> m_conflicts;
};

/// The version of a lead row (leads.row_version): every write to the row adds one (a trigger of
/// schema step 7, so every column owner counts). A save carries the version it read with the
/// values it showed; saving checks both under the row's lock, so two reps cannot overwrite each
/// other unseen — also on a server under READ COMMITTED.
namespace LeadVersion {

/// The lead's version now, or nothing when the lead is gone. Read it before the values it
/// guards: a change in between then looks like a change after, never the other way round.
std::optional<qint64> of(const Store& store, qint64 leadId);

/// Inside a write transaction: locks the lead's row until the transaction ends (PostgreSQL:
/// SELECT … FOR UPDATE; SQLite's BEGIN IMMEDIATE already holds the store's one write lock) and
/// returns its version; nothing when the lead no longer exists.
std::optional<qint64> lockInTransaction(const Store& store, qint64 leadId);

/// Whether saving `mine` over a field read as `loadedText` at `loadedVersion` would overwrite
/// a change made since: the row moved on, the field is no longer what was read, and the other
/// change is not the same value. A row changed only in other fields is no conflict.
bool overwrites(qint64 loadedVersion, qint64 currentVersion, const QString& loadedText,
                const QString& storedText, const QString& mine);

} // namespace LeadVersion
