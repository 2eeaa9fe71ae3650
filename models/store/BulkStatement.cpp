#include "store/BulkStatement.h"

#include "store/Store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <sqlite3.h>

class BulkStatement::Backend
{
public:
    virtual ~Backend() = default;
    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, const QString& text) = 0;
    virtual void run() = 0;
    virtual bool next() = 0;
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
};

namespace {

/// The SQLite C API on the connection Qt opened (the driver's sqlite3 handle).
class SqliteBackend : public BulkStatement::Backend
{
public:
    SqliteBackend(sqlite3* db, const QString& sql)
        : m_db(db)
        , m_sql(sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            fail(QStringLiteral("Could not prepare"));
    }
    ~SqliteBackend() override { sqlite3_finalize(m_statement); }

    void bind(int index, qint64 value) override
    {
        rewind();
        check(sqlite3_bind_int64(m_statement, index + 1, value));
    }
    void bind(int index, const QString& text) override
    {
        rewind();
        if (text.isNull()) {
            check(sqlite3_bind_null(m_statement, index + 1));
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        check(sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()),
                                SQLITE_TRANSIENT));
    }
    void run() override { rewind(); }
    bool next() override
    {
        m_started = true;
        const int code = sqlite3_step(m_statement);
        if (code == SQLITE_ROW)
            return true;
        if (code != SQLITE_DONE)
            fail(QStringLiteral("Statement"));
        return false;
    }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }

private:
    /// SQLite only takes new values (and runs again) once a stepped statement is reset.
    void rewind()
    {
        if (m_started)
            sqlite3_reset(m_statement);
        m_started = false;
    }
    void check(int code) const
    {
        if (code != SQLITE_OK)
            fail(QStringLiteral("Binding a value for"));
    }
    [[noreturn]] void fail(const QString& what) const
    {
        // Reported like any other failed statement: the same causes, the same messages.
        int code = sqlite3_extended_errcode(m_db);
        const int systemError = sqlite3_system_errno(m_db);
        if ((code & 0xff) == SQLITE_IOERR && (systemError == ENOSPC || systemError == EDQUOT))
            code = SQLITE_FULL; // a write that found no room: a full disk, not damage
        const QSqlError error(QString(),
                              what + QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(m_db)),
                              QSqlError::StatementError, QString::number(code));
        Sql::fail(m_sql, error, false);
    }

    sqlite3* m_db;
    QString m_sql;
    sqlite3_stmt* m_statement = nullptr;
    bool m_started = false;
};

/// Any other backend through Qt SQL.
class QtBackend : public BulkStatement::Backend
{
public:
    QtBackend(const QSqlDatabase& db, const QString& sql)
        : m_db(db)
        , m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            Sql::fail(sql, m_query.lastError(), true, m_db);
    }
    void bind(int index, qint64 value) override { m_query.bindValue(index, value); }
    void bind(int index, const QString& text) override
    {
        m_query.bindValue(index, text.isNull() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(text));
    }
    void run() override
    {
        if (!m_query.exec())
            Sql::fail(m_sql, m_query.lastError(), false, m_db);
    }
    bool next() override { return m_query.next(); }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QString text(int column) const override { return m_query.value(column).toString(); }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
};

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

BulkStatement::BulkStatement(const Store& store, const QString& sql)
{
    sqlite3* handle = store.isSqlite() ? sqliteHandle(store.db()) : nullptr;
    if (handle)
        m_backend = std::make_unique<SqliteBackend>(handle, sql);
    else
        m_backend = std::make_unique<QtBackend>(store.db(), sql);
}

BulkStatement::~BulkStatement() = default;

void BulkStatement::bind(int index, qint64 value)
{
    m_backend->bind(index, value);
}
void BulkStatement::bind(int index, const QString& text)
{
    m_backend->bind(index, text);
}
void BulkStatement::run()
{
    m_backend->run();
}
bool BulkStatement::next()
{
    return m_backend->next();
}
bool BulkStatement::isNull(int column) const
{
    return m_backend->isNull(column);
}
qint64 BulkStatement::integer(int column) const
{
    return m_backend->integer(column);
}
QString BulkStatement::text(int column) const
{
    return m_backend->text(column);
}
