#include "store/BatchInsert.h"

#include "store/Store.h"

#include <QSqlError>
#include <algorithm>

namespace {
constexpr int maxValuesPerStatement = 30000;
} // namespace

BatchInsert::BatchInsert(const Store& store, QString table, QStringList columns,
                         int rowsPerStatement)
    : m_store(store)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(std::clamp(rowsPerStatement, 1,
                                    maxValuesPerStatement / std::max(1, int(m_columns.size()))))
    , m_full(store.db())
{
    m_rows.reserve(size_t(m_rowsPerStatement));
}

QString BatchInsert::statement(int rows) const
{
    const QString one = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                      .arg(m_table, m_columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (one.size() + 1));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += one;
    }
    return sql;
}

bool BatchInsert::add(QVariantList row)
{
    m_rows.push_back(std::move(row));
    return int(m_rows.size()) >= m_rowsPerStatement;
}

void BatchInsert::send(QSqlQuery& query, size_t from, int rows)
{
    for (int r = 0; r < rows; ++r)
        for (const QVariant& value : m_rows[from + size_t(r)])
            query.addBindValue(value);
    if (!query.exec())
        throw StoreError(tr("Writing %1 failed: %2").arg(m_table, query.lastError().text()));
}

void BatchInsert::flush()
{
    size_t from = 0;
    while (m_rows.size() - from >= size_t(m_rowsPerStatement)) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(m_rowsPerStatement)))
                throw StoreError(
                    tr("Writing %1 failed: %2").arg(m_table, m_full.lastError().text()));
            m_fullPrepared = true;
        }
        send(m_full, from, m_rowsPerStatement);
        from += size_t(m_rowsPerStatement);
    }
    if (const int rest = int(m_rows.size() - from); rest > 0) {
        QSqlQuery query(m_store.db());
        if (!query.prepare(statement(rest)))
            throw StoreError(tr("Writing %1 failed: %2").arg(m_table, query.lastError().text()));
        send(query, from, rest);
    }
    m_rows.clear();
}
