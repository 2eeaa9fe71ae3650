#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The files that make up a SQLite store on disk: the file itself, its write-ahead log, shared
/// memory and rollback journal, and the backups taken before schema upgrades. Outputs are
/// checked against them by file identity (device and inode, or folder and name for a file that
/// does not exist yet), so a hard link, a symbolic link or "./" cannot get a command to write
/// over the store.
namespace StoreFiles {

/// The store, `-wal`, `-shm`, `-journal` (whether they exist or not) and every existing backup
/// (`<store>.v<N>-<time>.bak`).
QStringList of(const QString& storePath);

/// Whether `a` and `b` name the same file: the same device and inode, or (for a name that does
/// not exist yet) the same folder and the same name. Symbolic links are followed.
bool same(const QString& a, const QString& b);

/// Whether writing `output` would replace or write into one of the store's files.
bool touches(const QString& storePath, const QString& output);

/// A sentence refusing `output` because it is one of the store's files.
QString refusal(const QString& output);

/// Makes the store, its companions and backups readable and writable by their owner only.
void restrictToOwner(const QString& storePath);

} // namespace StoreFiles
