#pragma once

#include <QString>
#include <QStringList>

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

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }

    /// Expands the placeholders used in the schema text: {ID} for an auto-numbered primary key.
    QString ddl(QString text) const;
    /// The statement that starts a transaction that will write (takes the write lock at once).
    QString beginWrite() const;
    /// Case-insensitive "contains" comparison for ad-hoc filters: `column LIKE ?` or ILIKE.
    QString likeOperator() const;
    /// Statements (run outside a transaction) that speed up writing a large, new data set on this
    /// connection by trading durability of the write in progress, and the ones that undo them.
    QStringList bulkWriteBegin() const;
    QStringList bulkWriteEnd() const;
    /// A query for the secondary indexes of the table bound to its one parameter: rows of name
    /// and the statement that creates the index (not those behind primary keys or constraints).
    QString secondaryIndexesQuery() const;

private:
    Kind m_kind;
};
