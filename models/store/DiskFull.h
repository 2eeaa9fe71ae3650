#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

/// Tells a full disk apart from damage. SQLite reports a write that found no space sometimes as
/// SQLITE_FULL and sometimes as a plain I/O error (growing the shared-memory file, for one); the
/// operating system's error number, or the free space left, says which it was.
namespace DiskFull {

/// Whether `error` on the SQLite connection `db` came from a full disk.
bool caused(const QSqlDatabase& db, const QSqlError& error);

/// Whether the file system holding `path` (a file or folder) has (almost) no room left.
bool nearlyFull(const QString& path);

} // namespace DiskFull
