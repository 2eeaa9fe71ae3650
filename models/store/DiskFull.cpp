#include "store/DiskFull.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QStorageInfo>
#include <cerrno>
#include <sqlite3.h>

namespace DiskFull {

namespace {
constexpr int sqliteIoError = 10, sqliteFull = 13;
constexpr qint64 almostNothing = 256 * 1024; // less than SQLite needs for one more page batch
} // namespace

bool nearlyFull(const QString& path)
{
    QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 &&
           storage.bytesAvailable() < almostNothing;
}

bool caused(const QSqlDatabase& db, const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok || (code != sqliteIoError && code != sqliteFull))
        return false;
    if (code == sqliteFull)
        return true;
    if (!db.isValid() || db.driverName() != QLatin1String("QSQLITE"))
        return false;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* connection = *static_cast<sqlite3* const*>(handle.data())) {
            const int systemError = sqlite3_system_errno(connection);
            if (systemError == ENOSPC || systemError == EDQUOT)
                return true;
        }
    }
    return nearlyFull(db.databaseName());
}

} // namespace DiskFull
