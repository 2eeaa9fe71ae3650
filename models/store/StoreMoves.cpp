#include "store/StoreMoves.h"

#include "store/PostgresConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace {

QString absolute(const QString& location)
{
    return PostgresConnection::isUrl(location) ? location : QFileInfo(location).absoluteFilePath();
}

void removeFileSet(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void refuseOutput(const Store& from, const QString& outFile)
{
    const QFileInfo out(outFile);
    if (from.isSqlite() && out.absoluteFilePath() == QFileInfo(from.location()).absoluteFilePath())
        throw StoreError(StoreMoves::tr("%1 is the store itself; a snapshot needs a new file.")
                             .arg(out.absoluteFilePath()));
    if (out.exists() || out.isSymLink())
        throw StoreError(StoreMoves::tr("%1 already exists; a snapshot never overwrites a file. "
                                        "Choose a new name.")
                             .arg(out.absoluteFilePath()));
    const QFileInfo folder(out.absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        throw StoreError(StoreMoves::tr("The folder %1 does not exist or cannot be written.")
                             .arg(folder.absoluteFilePath()));
}

void markSnapshot(const Store& snapshot, const Store& from)
{
    WriteTransaction transaction(snapshot);
    const QString now = QString::number(QDateTime::currentSecsSinceEpoch());
    Sql::exec(snapshot.db(),
              QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?), (?, ?)"),
              {Store::snapshotOfKey(), from.displayName(), Store::snapshotTakenAtKey(), now});
    transaction.commit();
}

} // namespace

StoreCopy::Result StoreMoves::moveIn(const QString& fromFile, const QString& to,
                                     const StoreCopy::Progress& progress)
{
    if (PostgresConnection::isUrl(fromFile))
        throw StoreError(tr("--from names a server; moving in starts from a store file. To take "
                            "a server's data home, use snapshot."));
    if (absolute(fromFile) == absolute(to))
        throw StoreError(tr("The source and the target are the same store."));
    Store::Options existing;
    existing.create = false;
    const std::unique_ptr<Store> from = Store::open(fromFile, existing);
    const bool newFile = !PostgresConnection::isUrl(to) && !QFileInfo::exists(to);
    try {
        const std::unique_ptr<Store> target = Store::open(to);
        return StoreCopy::copy(*from, *target, {}, progress);
    } catch (...) {
        if (newFile)
            removeFileSet(QFileInfo(to).absoluteFilePath());
        throw;
    }
}

StoreCopy::Result StoreMoves::takeSnapshot(const Store& from, const QString& outFile,
                                           const StoreCopy::Filter& filter,
                                           const StoreCopy::Progress& progress)
{
    refuseOutput(from, outFile);
    const QFileInfo out(outFile);
    const QString partial = out.absoluteFilePath() + QStringLiteral(".partial-") +
                            QUuid::createUuid().toString(QUuid::Id128).left(8);
    try {
        StoreCopy::Result result;
        {
            const std::unique_ptr<Store> snapshot = Store::open(partial);
            result = StoreCopy::copy(from, *snapshot, filter, progress);
            markSnapshot(*snapshot, from);
        } // closed: the last connection folds its log into the file
        if (!QFile::rename(partial, out.absoluteFilePath()))
            throw StoreError(tr("Cannot name the snapshot %1; nothing was left behind.")
                                 .arg(out.absoluteFilePath()));
        return result;
    } catch (...) {
        removeFileSet(partial);
        throw;
    }
}
