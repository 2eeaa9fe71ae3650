#include "leads/LeadSnapshot.h"

#include "leads/LeadTables.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace LeadSnapshot {

namespace {

const QString columnsKey = QStringLiteral("columns");
const QString rowsKey = QStringLiteral("rows");
const QString orderKey = QStringLiteral("order");

/// Columns the store computes itself (the search keys of migration step 3): never written.
QStringList generatedColumns(const Store& store, const QString& table)
{
    const QString sql =
        store.isSqlite()
            ? QStringLiteral("SELECT name FROM pragma_table_xinfo(?) WHERE hidden IN (2, 3)")
            : QStringLiteral("SELECT column_name FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ?"
                             " AND is_generated = 'ALWAYS'");
    QSqlQuery query = Sql::exec(store.db(), sql, {table});
    QStringList result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList storedColumns(const Store& store, const QString& table)
{
    const QSqlRecord record = store.db().record(table);
    const QStringList generated = generatedColumns(store, table);
    QStringList result;
    for (int i = 0; i < record.count(); ++i)
        if (!generated.contains(record.fieldName(i)))
            result.append(record.fieldName(i));
    return result;
}

QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonObject{{QStringLiteral("real"), value.toDouble()}};
    default:
        return value.toString();
    }
}

QVariant valueOf(const QJsonValue& value)
{
    if (value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (value.isDouble())
        return QVariant(value.toInteger());
    if (value.isObject())
        return value.toObject().value(QStringLiteral("real")).toDouble();
    return value.toString();
}

QJsonObject captureTable(const Store& store, const QString& table, const QString& keyColumn,
                         const QList<qint64>& ids)
{
    const QStringList columns = storedColumns(store, table);
    QStringList quotedColumns;
    for (const QString& column : columns)
        quotedColumns.append(LeadTables::quoted(store, column));
    QJsonArray rows;
    for (const qint64 id : ids) {
        QSqlQuery query = Sql::exec(store.db(),
                                    QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY 1")
                                        .arg(quotedColumns.join(QStringLiteral(", ")),
                                             LeadTables::quoted(store, table), keyColumn),
                                    {id});
        while (query.next()) {
            QJsonArray row;
            for (int i = 0; i < columns.size(); ++i)
                row.append(jsonOf(query.value(i)));
            rows.append(row);
        }
    }
    return {{columnsKey, QJsonArray::fromStringList(columns)}, {rowsKey, rows}};
}

void restoreTable(const Store& store, const QString& table, const QJsonObject& data)
{
    QStringList columns;
    QStringList marks;
    for (const QJsonValue& column : data.value(columnsKey).toArray()) {
        columns.append(LeadTables::quoted(store, column.toString()));
        marks.append(QStringLiteral("?"));
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(LeadTables::quoted(store, table), columns.join(QStringLiteral(", ")),
                 marks.join(QStringLiteral(", ")));
    QSqlQuery insert(store.db());
    Sql::prepare(insert, sql, store.db());
    for (const QJsonValue& row : data.value(rowsKey).toArray()) {
        QVariantList binds;
        for (const QJsonValue& value : row.toArray())
            binds.append(valueOf(value));
        Sql::run(insert, binds, store.db());
    }
}

} // namespace

QJsonObject capture(const Store& store, const QList<qint64>& leadIds)
{
    QJsonObject snapshot;
    QJsonArray order{QStringLiteral("leads")};
    snapshot.insert(QStringLiteral("leads"),
                    captureTable(store, QStringLiteral("leads"), QStringLiteral("id"), leadIds));
    for (const QString& table : LeadTables::referencing(store)) {
        snapshot.insert(table, captureTable(store, table, QStringLiteral("lead_id"), leadIds));
        order.append(table);
    }
    snapshot.insert(orderKey, order);
    return snapshot;
}

void restoreInTransaction(const Store& store, const QJsonObject& snapshot)
{
    for (const QJsonValue& table : snapshot.value(orderKey).toArray()) {
        const QJsonObject data = snapshot.value(table.toString()).toObject();
        // The ids were handed out before, so the store's own counters are past them already.
        restoreTable(store, table.toString(), data);
    }
}

QList<qint64> leadIds(const QJsonObject& snapshot)
{
    const QJsonObject leads = snapshot.value(QStringLiteral("leads")).toObject();
    const qsizetype idColumn =
        leads.value(columnsKey).toArray().toVariantList().indexOf(QStringLiteral("id"));
    QList<qint64> ids;
    for (const QJsonValue& row : leads.value(rowsKey).toArray())
        ids.append(row.toArray().at(idColumn).toInteger());
    return ids;
}

} // namespace LeadSnapshot
