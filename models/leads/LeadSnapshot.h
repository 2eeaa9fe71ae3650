#pragma once

#include <QJsonObject>
#include <QList>

class Store;

/// Every row of some leads as it is stored: the lead rows and each row of every table that
/// refers to them (LeadTables::referencing), every column but the generated ones, as JSON. What
/// a merge keeps so that undoing it puts the leads back exactly as they were.
///
///     {"leads": {"columns": ["id", …], "rows": [[12, "Anna", …], …]}, "calls": {…}, …}
namespace LeadSnapshot {

/// Reads the rows of these leads. Throws StoreError.
QJsonObject capture(const Store& store, const QList<qint64>& leadIds);

/// Inserts the captured rows again, with their ids, lead rows first and then the tables in the
/// order captured, inside the caller's transaction. The leads must not exist. Throws StoreError.
void restoreInTransaction(const Store& store, const QJsonObject& snapshot);

/// The lead ids a snapshot holds.
QList<qint64> leadIds(const QJsonObject& snapshot);

} // namespace LeadSnapshot
