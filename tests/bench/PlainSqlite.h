#pragma once

#include <QByteArrayList>
#include <QString>

class Store;
struct sqlite3;

/// Records every SQL statement LeadScout runs on a store's connection while it lives, with its
/// bound values filled in (sqlite3_trace_v2 on Qt's handle, sqlite3_expanded_sql), so that plain
/// SQLite can run the very same SQL beside it.
class SqlCapture
{
public:
    explicit SqlCapture(const Store& store);
    ~SqlCapture();
    SqlCapture(const SqlCapture&) = delete;
    SqlCapture& operator=(const SqlCapture&) = delete;

    /// What was run so far; transaction control (BEGIN, COMMIT, SAVEPOINT…) left out.
    QByteArrayList statements() const;

private:
    sqlite3* m_handle = nullptr;
    QByteArrayList m_statements;
};

/// A plain SQLite connection (the C API, no Qt, no LeadScout code) to a store file.
class PlainSqlite
{
public:
    explicit PlainSqlite(const QString& path);
    ~PlainSqlite();
    PlainSqlite(const PlainSqlite&) = delete;
    PlainSqlite& operator=(const PlainSqlite&) = delete;

    /// Runs each statement to its end, reading every column of every row. With `rollBack` in
    /// one write transaction that is rolled back (writes replayed leave the store as it was).
    /// Returns the milliseconds taken; statements that fail are counted in failures().
    double run(const QByteArrayList& statements, bool rollBack = false);
    /// Runs one statement (or several separated by ';') and returns the milliseconds.
    double exec(const QByteArray& sql);
    int failures() const { return m_failures; }
    sqlite3* handle() const { return m_db; }

    /// Opens a connection and replays the statements, all timed (a new process's first query).
    static double openAndRun(const QString& path, const QByteArrayList& statements);

private:
    void step(const QByteArray& sql);

    sqlite3* m_db = nullptr;
    int m_failures = 0;
};

/// Takes the store's pages out of the operating system's cache, as after a reboot: the kernel's
/// page cache dropped (/proc/sys/vm/drop_caches, root only), else posix_fadvise(DONTNEED) on the
/// store's files. Returns how ("drop_caches", "fadvise") or "" when neither worked.
QString dropCaches(const QString& storePath);
