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
    /// Session settings for a connection about to read and write every lead (a big page cache
    /// for SQLite), and the statements that undo them. Empty where nothing is needed.
    QStringList bulkSessionBegin() const;
    QStringList bulkSessionEnd() const;

private:
    Kind m_kind;
};
