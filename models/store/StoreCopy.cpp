#include "store/StoreCopy.h"

#include "dashboard/RollupSql.h"
#include "store/PersonalData.h"
#include "store/Store.h"
#include "store/StoreTables.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <climits>
#include <spdlog/spdlog.h>

namespace {

using StoreTables::quoted;

constexpr int pageRows = 2000;
constexpr int valuesPerInsert = 4000;

// The source is read in one transaction that sees one moment; it writes nothing.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Store& store)
        : m_db(store.db())
    {
        Sql::exec(m_db, store.isSqlite()
                            ? QStringLiteral("BEGIN")
                            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    }
    ~ReadTransaction()
    {
        try {
            Sql::exec(m_db, QStringLiteral("ROLLBACK"));
        } catch (const StoreError&) {
            // the connection is gone; so is its transaction
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    QSqlDatabase m_db;
};

// The tables as a SQLite store describes them: from whichever side is a file, or from a new
// store made for the purpose when both are servers.
QList<TableShape> shapesFor(const Store& from, const Store& to)
{
    if (from.isSqlite())
        return StoreTables::ofSqlite(from.db());
    if (to.isSqlite())
        return StoreTables::ofSqlite(to.db());
    const QTemporaryDir dir;
    Store::Options options;
    options.targetVersion = from.schemaVersion();
    const std::unique_ptr<Store> model =
        Store::open(dir.filePath(QStringLiteral("shape.sqlite")), options);
    return StoreTables::ofSqlite(model->db());
}

QString placeholders(int columns, int rows)
{
    QStringList one(columns, QStringLiteral("?"));
    const QString row = QLatin1Char('(') + one.join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringList(rows, row).join(QLatin1Char(','));
}

// Writes rows into one table of the target in multi-row INSERTs, prepared once per size.
class TableWriter
{
public:
    TableWriter(const QSqlDatabase& db, const TableShape& table)
        : m_db(db)
        , m_table(table)
        , m_rowsPerInsert(std::max<int>(1, valuesPerInsert / int(table.columns.size())))
    {
        QStringList columns;
        for (const QString& column : table.columns)
            columns.append(quoted(column));
        m_head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                     .arg(quoted(table.name), columns.join(QLatin1Char(',')));
    }

    void add(const QVariantList& row)
    {
        m_pending += row;
        if (m_pending.size() == m_rowsPerInsert * m_table.columns.size())
            flush();
    }

    void flush()
    {
        const int rows = int(m_pending.size() / m_table.columns.size());
        if (rows == 0)
            return;
        QSqlQuery& query = rows == m_rowsPerInsert ? m_full : m_rest;
        if (rows != m_rowsPerInsert || !m_fullPrepared) {
            query = QSqlQuery(m_db);
            Sql::prepare(query, m_head + placeholders(int(m_table.columns.size()), rows), m_db);
            m_fullPrepared = m_fullPrepared || rows == m_rowsPerInsert;
        }
        Sql::run(query, m_pending, m_db);
        m_pending.clear();
    }

private:
    QSqlDatabase m_db;
    const TableShape& m_table;
    int m_rowsPerInsert;
    QString m_head;
    QSqlQuery m_full;
    QSqlQuery m_rest;
    bool m_fullPrepared = false;
    QVariantList m_pending;
};

QString leadCondition(const StoreCopy::Filter& filter, QVariantList& binds)
{
    QStringList conditions;
    if (!filter.owner.isEmpty()) {
        conditions.append(QStringLiteral("owner_id IN (SELECT id FROM reps WHERE name = ?)"));
        binds.append(filter.owner);
    }
    if (!filter.stage.isEmpty()) {
        conditions.append(QStringLiteral("stage = ?"));
        binds.append(filter.stage);
    }
    if (filter.createdSince > 0) {
        conditions.append(QStringLiteral("created_at >= ?"));
        binds.append(filter.createdSince);
    }
    if (filter.createdBefore > 0) {
        conditions.append(QStringLiteral("created_at < ?"));
        binds.append(filter.createdBefore);
    }
    if (!filter.source.isEmpty()) {
        conditions.append(QStringLiteral("source_channel = ?"));
        binds.append(filter.source);
    }
    return conditions.join(QStringLiteral(" AND "));
}

// One copy: the source read table by table in pages of its key, rows that belong to a lead
// left out of the copy kept only when their lead (or parent row) was copied.
class Copier
{
public:
    Copier(const Store& from, const Store& to, const StoreCopy::Filter& filter,
           const StoreCopy::Progress& progress)
        : m_from(from)
        , m_to(to)
        , m_filter(filter)
        , m_progress(progress)
    {}

    qint64 copyTable(const TableShape& table)
    {
        m_filtered = table.name == QLatin1String("leads") && !m_filter.isEmpty();
        for (const TableShape::Reference& reference : table.references)
            m_filtered = m_filtered || m_kept.contains(reference.table);
        TableWriter writer(m_to.db(), table);
        QSet<qint64>* kept = m_filtered ? &m_kept[table.name] : nullptr;
        qint64 rows = 0;
        QVariant after;
        for (bool more = true; more;) {
            QSqlQuery page = readPage(table, after);
            more = !table.key.isEmpty();
            int read = 0;
            while (page.next()) {
                ++read;
                QVariantList row;
                for (int i = 0; i < table.columns.size(); ++i)
                    row.append(page.value(i));
                if (!table.key.isEmpty())
                    after = row.at(table.columns.indexOf(table.key));
                if (m_filtered && !keep(table, row))
                    continue;
                if (m_filter.withoutPersonalData)
                    PersonalData::scrub(table, row);
                if (kept && !table.key.isEmpty())
                    kept->insert(row.at(table.columns.indexOf(table.key)).toLongLong());
                writer.add(row);
                ++rows;
            }
            more = more && read == pageRows;
            writer.flush();
            if (m_progress && !m_progress(table.name, rows))
                throw StoreError(StoreCopy::tr("The copy was cancelled; nothing was written."));
        }
        return rows;
    }

private:
    QSqlQuery readPage(const TableShape& table, const QVariant& after)
    {
        QStringList columns;
        for (const QString& column : table.columns)
            columns.append(quoted(column));
        QStringList conditions;
        QVariantList binds;
        if (table.name == QLatin1String("leads"))
            if (const QString condition = leadCondition(m_filter, binds); !condition.isEmpty())
                conditions.append(condition);
        QString sql = QStringLiteral("SELECT %1 FROM %2")
                          .arg(columns.join(QLatin1Char(',')), quoted(table.name));
        if (table.key.isEmpty()) {
            if (!conditions.isEmpty())
                sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
            return Sql::exec(m_from.db(), sql, binds);
        }
        if (after.isValid()) {
            conditions.append(quoted(table.key) + QStringLiteral(" > ?"));
            binds.append(after);
        }
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        sql += QStringLiteral(" ORDER BY %1 LIMIT %2").arg(quoted(table.key)).arg(pageRows);
        return Sql::exec(m_from.db(), sql, binds);
    }

    // A row that refers to a filtered table is kept when what it refers to was kept.
    bool keep(const TableShape& table, const QVariantList& row) const
    {
        if (table.name == QLatin1String("leads"))
            return true; // chosen by the query already
        for (const TableShape::Reference& reference : table.references) {
            const auto kept = m_kept.constFind(reference.table);
            if (kept == m_kept.cend())
                continue;
            const QVariant value = row.at(table.columns.indexOf(reference.column));
            if (!value.isNull() && !kept->contains(value.toLongLong()))
                return false;
        }
        return true;
    }

    const Store& m_from;
    const Store& m_to;
    const StoreCopy::Filter& m_filter;
    const StoreCopy::Progress& m_progress;
    QHash<QString, QSet<qint64>> m_kept; ///< keys copied of each filtered table
    bool m_filtered = false;
};

qint64 countRows(const Store& store, const QString& table)
{
    return Sql::scalar(store.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(table)))
        .toLongLong();
}

// After rows with their own ids went into identity columns, the server's next id follows them.
void advanceIdentities(const Store& to, const QList<TableShape>& tables)
{
    if (to.isSqlite())
        return;
    for (const TableShape& table : tables) {
        if (table.key.isEmpty())
            continue;
        const QVariant sequence =
            Sql::scalar(to.db(), QStringLiteral("SELECT pg_get_serial_sequence(?, ?)"),
                        {quoted(table.name), table.key});
        if (sequence.isNull())
            continue;
        Sql::exec(to.db(),
                  QStringLiteral("SELECT setval(?::regclass, m) FROM (SELECT MAX(%1) AS m FROM "
                                 "%2) AS t WHERE m IS NOT NULL")
                      .arg(quoted(table.key), quoted(table.name)),
                  {sequence});
    }
}

void refuseUnfit(const Store& from, const Store& to)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw StoreError(StoreCopy::tr("%1 is at schema version %2 and %3 at version %4; open "
                                       "both with this version of LeadScout first.")
                             .arg(from.displayName())
                             .arg(from.schemaVersion())
                             .arg(to.displayName())
                             .arg(to.schemaVersion()));
    if (const qint64 leads = StoreCopy::leadCount(to); leads > 0)
        throw StoreError(StoreCopy::tr("%1 is not empty: it holds %n lead(s). A store is only "
                                       "moved into an empty one; nothing was changed.",
                                       nullptr, int(std::min<qint64>(leads, INT_MAX)))
                             .arg(to.displayName()));
}

} // namespace

qint64 StoreCopy::Result::rows(const QString& table) const
{
    for (const TableCount& count : tables)
        if (count.table == table)
            return count.rows;
    return -1;
}

qint64 StoreCopy::leadCount(const Store& store)
{
    return countRows(store, QStringLiteral("leads"));
}

StoreCopy::Result StoreCopy::copy(const Store& from, const Store& to, const Filter& filter,
                                  const Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    refuseUnfit(from, to);
    const QList<TableShape> tables = shapesFor(from, to);
    Result result;
    const ReadTransaction reading(from);
    WriteTransaction writing(to);
    // The dashboard's roll-ups are not copied but built once from what was copied (a filtered
    // copy has fewer leads than the source's roll-ups count).
    RollupSql::dropTriggers(to.db());
    for (auto table = tables.crbegin(); table != tables.crend(); ++table)
        Sql::exec(to.db(), QStringLiteral("DELETE FROM %1").arg(quoted(table->name)));
    Copier copier(from, to, filter, progress);
    for (const TableShape& table : tables) {
        if (RollupSql::tables().contains(table.name))
            continue;
        if (filter.withoutPersonalData && !PersonalData::keepsTable(table.name)) {
            spdlog::info("store copy: {} left out (may hold personal data)",
                         table.name.toStdString());
            continue;
        }
        const qint64 rows = copier.copyTable(table);
        if (countRows(to, table.name) != rows)
            throw StoreError(tr("The copy of table %1 does not hold the rows read; nothing was "
                                "written.")
                                 .arg(table.name));
        result.tables.append({table.name, rows});
        spdlog::info("store copy: {} rows of {}", rows, table.name.toStdString());
    }
    advanceIdentities(to, tables);
    RollupSql::rebuild(to.db());
    writing.commit();
    result.elapsedMs = timer.elapsed();
    return result;
}
