#include "store/Indexes.h"

#include "store/Store.h"

namespace Indexes {

QStringList drop(const Store& store, const QString& table, const QStringList& only)
{
    QSqlQuery query = Sql::exec(store.db(), store.dialect().secondaryIndexesQuery(), {table});
    QStringList names, creates;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!only.isEmpty() && !only.contains(name))
            continue;
        names.append(name);
        creates.append(query.value(1).toString());
    }
    for (const QString& name : names)
        Sql::exec(store.db(),
                  QStringLiteral("DROP INDEX \"%1\"")
                      .arg(QString(name).replace(QLatin1Char('"'), QLatin1String("\"\""))));
    return creates;
}

void create(const Store& store, const QStringList& statements)
{
    for (const QString& statement : statements)
        Sql::exec(store.db(), statement);
}

} // namespace Indexes
