#pragma once

#include "store/Sql.h"

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

/// The few places where SQLite and PostgreSQL differ. Everything else in the store is portable
/// SQL with bound values.
class Dialect
{
public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    explicit Dialect(Kind kind);
    /// The dialect of a connection, from its driver.
    static Dialect of(const QSqlDatabase& db);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

    /// Why a statement failed, read from the driver's code: SQLite result codes, PostgreSQL
    /// SQLSTATEs (never one read as the other: SQLSTATE 21000 is not SQLite's READONLY, 8).
    StoreError::Cause causeOf(const QSqlError& error) const;
    /// The file is not a database at all (SQLite's NOTADB), as opposed to a damaged one.
    bool isNotADatabase(const QSqlError& error) const;

    /// Expands the placeholders used in the schema text: {ID} for an auto-numbered primary key.
    QString ddl(QString text) const;
    /// The statement that starts a transaction that will write (takes the write lock at once).
    QString beginWrite() const;
    /// An SQL expression for the current write transaction, as a BIGINT: PostgreSQL's transaction
    /// id (rows keyed by it never collide with another session's), 0 on SQLite (one writer).
    QString transactionId() const;
    /// Run first in the migration's transaction: PostgreSQL takes a lock that lets one client
    /// migrate at a time (SQLite's BEGIN IMMEDIATE already does); empty where nothing is needed.
    QString migrationLock() const;
    /// Case-insensitive "contains" comparison for ad-hoc filters: `column LIKE ?` or ILIKE.
    QString likeOperator() const;
    /// Session settings for a connection about to read and write every lead (a big page cache
    /// for SQLite; durability untouched). bulkSessionSaved() is a query for the setting as it is
    /// (empty where nothing is changed); bulkSessionEnd() puts that saved value back.
    QStringList bulkSessionBegin() const;
    /// Settings every connection gets when it opens: SQLite keeps up to 64 MiB of pages, so a
    /// search that reads thousands of scattered rows reads them from memory the second time
    /// (with SQLite's 2 MiB default every search re-read them from the file).
    QStringList connectionTuning() const;
    QString bulkSessionSaved() const;
    QStringList bulkSessionEnd(const QVariant& saved) const;
    /// Statements (run outside a transaction) that speed up writing a large, new data set on this
    /// connection by trading durability of the write in progress, and the ones that undo them.
    QStringList bulkWriteBegin() const;
    QStringList bulkWriteEnd() const;
    /// Whether a bulk write into the shared tables may drop their indexes and build them again at
    /// the end: SQLite has one writer anyway; on PostgreSQL DROP INDEX would lock the whole table
    /// against every other rep until the bulk write commits.
    bool dropsIndexesForBulkWrites() const { return isSqlite(); }
    /// A query for the secondary indexes of the table bound to its one parameter: rows of name
    /// and the statement that creates the index (not those behind primary keys or constraints).
    QString secondaryIndexesQuery() const;

    /// "Starts with" as an index-friendly range on a folded key column: two placeholders, bound
    /// to prefixRangeBounds(prefix).
    QString prefixRange(const QString& column) const;
    static QVariantList prefixRangeBounds(const QString& prefix);
    /// The expression, marked so that the planner does not pick an index for it (SQLite's unary
    /// plus): for ORDER BY keys of small searched sets and for low-selectivity columns.
    QString unindexed(const QString& expression) const;
    /// " INDEXED BY index" after a table in FROM (SQLite, whose planner has no statistics unless
    /// ANALYZE ran); PostgreSQL plans from its own statistics.
    QString indexedBy(const QString& index) const;
    /// Appended to a SELECT … LIMIT 1 that picks a row to claim: PostgreSQL locks the row and
    /// skips rows other transactions hold; SQLite already holds the write lock (BEGIN IMMEDIATE).
    QString skipLockedSuffix(const QString& tableAlias) const;
    /// DDL for a trigger that runs `body` (statements ending in ';', the row as NEW) after
    /// `event` ("INSERT", "UPDATE OF a, b") on `table` for each row, when `when` holds.
    QStringList afterRowTrigger(const QString& name, const QString& event, const QString& table,
                                const QString& when, const QString& body) const;

private:
    Kind m_kind;
};
