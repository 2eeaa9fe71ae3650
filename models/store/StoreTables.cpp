#include "store/StoreTables.h"

#include "store/Sql.h"

#include <QHash>
#include <QSet>

namespace {

QStringList tableNames(const QSqlDatabase& db)
{
    QStringList names;
    QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                   "'table' AND name NOT LIKE 'sqlite_%' "
                                                   "AND name <> 'schema_meta' ORDER BY name"));
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

// PRAGMA table_xinfo: cid, name, type, notnull, dflt_value, pk, hidden (2 and 3: generated).
void readColumns(const QSqlDatabase& db, TableShape& table)
{
    QSqlQuery query = Sql::exec(
        db, QStringLiteral("PRAGMA table_xinfo(%1)").arg(StoreTables::quoted(table.name)));
    QStringList keys;
    while (query.next()) {
        if (query.value(6).toInt() != 0)
            continue;
        table.columns.append(query.value(1).toString());
        if (query.value(5).toInt() > 0)
            keys.append(query.value(1).toString());
    }
    if (keys.size() == 1)
        table.key = keys.constFirst();
}

// PRAGMA foreign_key_list: id, seq, table, from, to, …
void readReferences(const QSqlDatabase& db, TableShape& table)
{
    QSqlQuery query = Sql::exec(
        db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(StoreTables::quoted(table.name)));
    while (query.next())
        table.references.append({query.value(3).toString(), query.value(2).toString()});
}

// Depth-first: every table after the tables it refers to (a reference to itself is no order).
void place(const QString& name, const QHash<QString, TableShape>& shapes, QSet<QString>& placed,
           QList<TableShape>& ordered)
{
    if (placed.contains(name) || !shapes.contains(name))
        return;
    placed.insert(name);
    for (const TableShape::Reference& reference : shapes.value(name).references)
        if (reference.table != name)
            place(reference.table, shapes, placed, ordered);
    ordered.append(shapes.value(name));
}

} // namespace

namespace StoreTables {

QList<TableShape> ofSqlite(const QSqlDatabase& db)
{
    QHash<QString, TableShape> shapes;
    const QStringList names = tableNames(db);
    for (const QString& name : names) {
        TableShape shape;
        shape.name = name;
        readColumns(db, shape);
        readReferences(db, shape);
        shapes.insert(name, shape);
    }
    QSet<QString> placed;
    QList<TableShape> ordered;
    for (const QString& name : names)
        place(name, shapes, placed, ordered);
    return ordered;
}

QString quoted(const QString& name)
{
    QString text = name;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace StoreTables
