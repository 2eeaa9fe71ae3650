#pragma once

#include <QStringList>

class Store;

/// Secondary indexes dropped for a bulk write and built again once at its end: keeping an index
/// in order row by row costs far more than building it once. Both run inside the caller's write
/// transaction, so a rollback (a cancel, an error) brings the indexes back unchanged.
namespace Indexes {

/// Drops the secondary indexes of `table` (all of them, or only those named) and gives back the
/// statements that create them again.
QStringList drop(const Store& store, const QString& table, const QStringList& only = {});

/// Runs the statements drop() gave back.
void create(const Store& store, const QStringList& statements);

} // namespace Indexes
