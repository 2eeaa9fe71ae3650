#pragma once

#include <QList>
#include <QStringList>

class Store;

/// Where a lead's data lives. Every table holding something of a lead has a `lead_id` column that
/// refers to leads(id) (DESIGN.md, privacy); the list is read from the schema itself, so tables
/// added by later migrations are covered by erasure and disclosure without being listed here.
namespace LeadTables {

/// Every table other than `leads` with a lead_id column: the known ones in a readable order
/// (stage history, calls, qualification…), then any others by name.
QStringList referencing(const Store& store);

/// The ids of all leads with this e-mail address (trimmed, case-insensitive), oldest first.
QList<qint64> idsWithEmail(const Store& store, const QString& email);

/// A table name quoted for SQL text (names come from the schema, never from input).
QString quoted(const Store& store, const QString& table);

} // namespace LeadTables
