#include "store/Sql.h"

#include <QSqlError>

StoreError::StoreError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

namespace Sql {

namespace {
QString firstWords(const QString& sql)
{
    // Enough of the statement to say which one failed, without any bound value.
    return sql.simplified().left(60);
}
} // namespace

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("Could not prepare \"%1…\": %2")
                             .arg(firstWords(sql), query.lastError().text()));
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw StoreError(QStringLiteral("Statement \"%1…\" failed: %2")
                             .arg(firstWords(sql), query.lastError().text()));
    return query;
}

qint64 insertId(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(db, sql, binds);
    if (!query.next())
        throw StoreError(QStringLiteral("Statement \"%1…\" returned no id").arg(firstWords(sql)));
    return query.value(0).toLongLong();
}

QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = exec(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

QVariant nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace Sql
