#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// The shape of a store's tables as a copy needs it, read from a SQLite store (both back ends
/// have the same tables and columns; SQLite can say so without a catalogue query per column).
struct TableShape
{
    /// A column of this table that refers to the key of another table.
    struct Reference
    {
        QString column;
        QString table;
    };

    QString name;
    /// The columns a copy writes: generated columns are left out (the target computes them).
    QStringList columns;
    /// The single-column primary key, or empty when the table has none (or a composite one).
    QString key;
    QList<Reference> references;
};

namespace StoreTables {

/// Every table of the store behind `db` (a SQLite connection) except schema_meta, each after
/// the tables it refers to, so that rows inserted in this order satisfy every foreign key.
/// Throws StoreError.
QList<TableShape> ofSqlite(const QSqlDatabase& db);

/// `name` quoted as an SQL identifier (the same on both back ends).
QString quoted(const QString& name);

} // namespace StoreTables
