#include "PlainSqlite.h"

#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDriver>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {

sqlite3* handleOf(const Store& store)
{
    const QVariant handle = store.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

int traced(unsigned type, void* context, void* statement, void* text)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    // A trigger's statements are announced as "-- TRIGGER name": they run inside their
    // statement, which plain SQLite runs too.
    if (qstrncmp(static_cast<const char*>(text), "--", 2) == 0)
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    if (expanded) {
        static_cast<QByteArrayList*>(context)->append(QByteArray(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}

bool isTransactionControl(const QByteArray& sql)
{
    const QByteArray word = sql.trimmed().left(9).toUpper();
    for (const char* control : {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
        if (word.startsWith(control))
            return true;
    return false;
}

} // namespace

SqlCapture::SqlCapture(const Store& store)
    : m_handle(store.isSqlite() ? handleOf(store) : nullptr)
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, traced, &m_statements);
}

SqlCapture::~SqlCapture()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

QByteArrayList SqlCapture::statements() const
{
    QByteArrayList kept;
    for (const QByteArray& sql : m_statements)
        if (!isTransactionControl(sql))
            kept.append(sql);
    return kept;
}

PlainSqlite::PlainSqlite(const QString& path)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE,
                        nullptr) != SQLITE_OK)
        ++m_failures;
    sqlite3_busy_timeout(m_db, 10000);
}

PlainSqlite::~PlainSqlite()
{
    sqlite3_close(m_db);
}

void PlainSqlite::step(const QByteArray& sql)
{
    const char* rest = sql.constData();
    while (rest && *rest) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, rest, -1, &statement, &rest) != SQLITE_OK) {
            ++m_failures;
            return;
        }
        if (!statement)
            continue; // only white space or a comment left
        int rc;
        const int columns = sqlite3_column_count(statement);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    (void)sqlite3_column_int64(statement, c);
                    break;
                case SQLITE_FLOAT:
                    (void)sqlite3_column_double(statement, c);
                    break;
                case SQLITE_TEXT:
                    (void)sqlite3_column_text(statement, c);
                    (void)sqlite3_column_bytes(statement, c);
                    break;
                case SQLITE_BLOB:
                    (void)sqlite3_column_blob(statement, c);
                    (void)sqlite3_column_bytes(statement, c);
                    break;
                default:
                    break;
                }
            }
        }
        if (rc != SQLITE_DONE)
            ++m_failures;
        sqlite3_finalize(statement);
    }
}

double PlainSqlite::run(const QByteArrayList& statements, bool rollBack)
{
    QElapsedTimer timer;
    timer.start();
    if (rollBack)
        step("BEGIN IMMEDIATE");
    for (const QByteArray& sql : statements)
        step(sql);
    if (rollBack)
        step("ROLLBACK");
    return double(timer.nsecsElapsed()) / 1e6;
}

double PlainSqlite::exec(const QByteArray& sql)
{
    return run({sql});
}

double PlainSqlite::openAndRun(const QString& path, const QByteArrayList& statements)
{
    QElapsedTimer timer;
    timer.start();
    PlainSqlite plain(path);
    plain.run(statements);
    return double(timer.nsecsElapsed()) / 1e6;
}

QString dropCaches(const QString& storePath)
{
    ::sync();
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2)
        return QStringLiteral("drop_caches");
    bool any = false;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const int fd = ::open(QFile::encodeName(storePath + suffix).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        any = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 || any;
        ::close(fd);
    }
    return any ? QStringLiteral("fadvise") : QString();
}
