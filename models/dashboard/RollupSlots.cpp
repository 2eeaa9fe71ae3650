#include "dashboard/RollupSlots.h"

#include "dashboard/DashboardQuery.h"
#include "dashboard/DashboardTypes.h"
#include "dashboard/RollupSql.h"
#include "store/Dialect.h"
#include "store/Sql.h"

#include <algorithm>
#include <array>

namespace {

const QString columns = QStringLiteral("fkey, fval, fig, grain, period, k, a, b");

// The block of 32 days holding `day` (days before 1970 in none: -1).
QString block(const QString& day)
{
    return QStringLiteral("(CASE WHEN %1 < 0 THEN -1 ELSE %1 - %1 % 32 END)").arg(day);
}

QString owner(const QString& row)
{
    return QStringLiteral("CAST(%1owner_id AS TEXT)").arg(row);
}

struct Slot
{
    const char* key;
    QString value; ///< on a first-level table
};

QList<Slot> slotList()
{
    return {{"", QStringLiteral("''")},
            {"s", QStringLiteral("source")},
            {"c", QStringLiteral("campaign")},
            {"o", owner(QString())},
            {"g", QStringLiteral("grade")}};
}

struct Figure
{
    const char* fig;
    const char* table; ///< the first-level table it is summed from
    QString k;
    QString a;
    QString b;
};

QList<Figure> figureList()
{
    const QString none = QStringLiteral("0");
    const QString empty = QStringLiteral("''");
    const QString ever = QStringLiteral("ever_top");
    return {{"f", "rollup_cohort", empty, ever, QStringLiteral("order_top")},
            {"s", "rollup_cohort", QStringLiteral("source"), ever, none},
            {"c", "rollup_cohort", QStringLiteral("campaign"), ever, none},
            {"o", "rollup_cohort", owner(QString()), ever, none},
            {"q", "rollup_cohort", QStringLiteral("quadrant"), none, none},
            {"g", "rollup_cohort", QStringLiteral("grade"), none, none},
            {"p", "rollup_speed", empty, QStringLiteral("bucket"), none},
            {"t", "rollup_stint", QStringLiteral("stage"), QStringLiteral("bucket"), none}};
}

// The value of the slot key s.fkey on the first-level (or delta) row d.
const QString fval =
    QStringLiteral("CASE s.fkey WHEN 's' THEN d.source WHEN 'c' THEN d.campaign WHEN 'o' THEN"
                   " CAST(d.owner_id AS TEXT) WHEN 'g' THEN d.grade ELSE '' END");
const QString slotKeys = QStringLiteral("(SELECT '' AS fkey UNION ALL SELECT 's' UNION ALL SELECT"
                                        " 'c' UNION ALL SELECT 'o' UNION ALL SELECT 'g') s");

QString numbers(const QList<qint64>& values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (const qint64 value : values)
        parts.append(QString::number(value));
    return parts.join(QLatin1Char(','));
}

// A figure's term on the delta table `d` (constants stay as they are).
QString prefixedTerm(const QString& term)
{
    if (term == QLatin1String("''") || term == QLatin1String("0"))
        return term;
    if (term.startsWith(QLatin1String("CAST(")))
        return QStringLiteral("CAST(d.owner_id AS TEXT)");
    return QStringLiteral("d.") + term;
}

} // namespace

namespace RollupSlots {

QString table()
{
    return QStringLiteral("rollup_slot");
}

QString dirtyTable()
{
    return QStringLiteral("rollup_slot_dirty");
}

QStringList ddl()
{
    return {QStringLiteral(
                "CREATE TABLE rollup_slot (fkey TEXT NOT NULL, fval TEXT NOT NULL, fig TEXT NOT"
                " NULL, grain INTEGER NOT NULL, period BIGINT NOT NULL, k TEXT NOT NULL, a BIGINT"
                " NOT NULL, b BIGINT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (fkey, fval, fig,"
                " grain, period, k, a, b))"),
            // The fold reads and writes the rows of a few days or blocks.
            QStringLiteral("CREATE INDEX idx_rollup_slot_period ON rollup_slot (grain, period)"),
            // tx: the writing transaction (Dialect::transactionId), so that two transactions
            // marking the same day never wait for each other's row.
            QStringLiteral("CREATE TABLE rollup_slot_dirty (day BIGINT NOT NULL, tx BIGINT NOT"
                           " NULL, PRIMARY KEY (day, tx))")};
}

QString markStale(const Dialect& dialect, const QString& row)
{
    return QStringLiteral("INSERT INTO rollup_slot_dirty (day, tx) VALUES (%1.day, %2) ON"
                          " CONFLICT DO NOTHING;")
        .arg(row, dialect.transactionId());
}

void rebuild(const QSqlDatabase& db)
{
    for (const Slot& slot : slotList())
        for (const Figure& figure : figureList()) {
            // Constants are no GROUP BY terms (a number there names a column).
            QStringList group{QStringLiteral("day")};
            for (const QString& term : {slot.value, figure.k, figure.a, figure.b})
                if (term != QLatin1String("''") && term != QLatin1String("0"))
                    group.append(term);
            Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT '%2', %3, '%4',"
                                         " 0, day, %5, %6, %7, SUM(n) FROM %8 GROUP BY %9"
                                         " HAVING SUM(n) <> 0")
                              .arg(columns, QLatin1String(slot.key), slot.value,
                                   QLatin1String(figure.fig), figure.k, figure.a, figure.b,
                                   QLatin1String(figure.table), group.join(QStringLiteral(", "))));
        }
    Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT fkey, fval, fig, 1, %2,"
                                 " k, a, b, SUM(n) FROM rollup_slot WHERE grain = 0 AND period >="
                                 " 0 GROUP BY fkey, fval, fig, %2, k, a, b")
                      .arg(columns, block(QStringLiteral("period"))));
    Sql::exec(db, QStringLiteral("DELETE FROM rollup_slot_dirty"));
}

void add(const QSqlDatabase& db, const QString& cohort, const QString& speed, const QString& stint)
{
    lock(db);
    // One statement per figure: every slot (a CASE over the slot keys) and both grains.
    for (const Figure& figure : figureList()) {
        const QString table =
            QLatin1String(figure.table) == QLatin1String("rollup_cohort")
                ? cohort
                : (QLatin1String(figure.table) == QLatin1String("rollup_speed") ? speed : stint);
        Sql::exec(db, QStringLiteral(
                          "INSERT INTO rollup_slot (%1, n) SELECT s.fkey, %2, '%3', g.grain, CASE"
                          " g.grain WHEN 0 THEN d.day ELSE %4 END, %5, %6, %7, SUM(d.n) FROM %8 d"
                          " CROSS JOIN %9 CROSS JOIN (SELECT 0 AS"
                          " grain UNION ALL SELECT 1) g WHERE d.n <> 0 AND (g.grain = 0 OR d.day >="
                          " 0) GROUP BY 1, 2, 3, 4, 5, 6, 7,"
                          " 8 HAVING SUM(d.n) <> 0 ON CONFLICT (%1) DO UPDATE SET"
                          " n = rollup_slot.n + excluded.n")
                          .arg(columns, fval, QLatin1String(figure.fig),
                               block(QStringLiteral("d.day")), prefixedTerm(figure.k),
                               prefixedTerm(figure.a), prefixedTerm(figure.b), table)
                          .arg(slotKeys));
    }
}

void lock(const QSqlDatabase& db)
{
    if (!Dialect::of(db).isSqlite())
        Sql::exec(db, QStringLiteral("LOCK TABLE rollup_slot IN EXCLUSIVE MODE"));
}

bool stale(const QSqlDatabase& db)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM rollup_slot_dirty LIMIT 1")).isValid();
}

int fold(const QSqlDatabase& db)
{
    // The days come to the client: inlined, they let a server's planner see how few they are
    // (a temporary table has no statistics and could make it scan the first level). The
    // transactions too: only their marks are forgotten at the end. A write outside a
    // transaction that commits while the fold runs keeps its mark (it may not be counted yet)
    // and is folded again by the next write transaction.
    QList<qint64> days;
    QList<qint64> transactions;
    QSqlQuery query = Sql::exec(db, QStringLiteral("SELECT day, tx FROM rollup_slot_dirty"));
    while (query.next()) {
        days.append(query.value(0).toLongLong());
        transactions.append(query.value(1).toLongLong());
    }
    if (days.isEmpty())
        return 0;
    for (QList<qint64>* list : {&days, &transactions}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    lock(db);
    QList<qint64> blocks;
    for (const qint64 day : days)
        if (day >= 0 && (blocks.isEmpty() || blocks.last() != day - day % blockDays))
            blocks.append(day - day % blockDays);
    const QString dayList = numbers(days);
    // The differences between the days' slot rows as stored and as the first level has them
    // now (stored rows count -n, recomputed ones +n), in one grouped statement; only the rows
    // that differ are then written to both grains. On a server the table empties itself at
    // every commit: deleted rows of a temporary table stay until it is dropped (no vacuum
    // reaches it), and every fold would read more of them.
    const bool sqlite = Dialect::of(db).isSqlite();
    const QString delta = QStringLiteral("rollup_fold_delta");
    const QString deltaKey = QStringLiteral("fkey, fval, fig, period, k, a, b");
    Sql::exec(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (fkey TEXT NOT NULL, fval"
                                 " TEXT NOT NULL, fig TEXT NOT NULL, period BIGINT NOT NULL, k"
                                 " TEXT NOT NULL, a BIGINT NOT NULL, b BIGINT NOT NULL, n BIGINT"
                                 " NOT NULL)%2")
                      .arg(delta, sqlite ? QString() : QStringLiteral(" ON COMMIT DELETE ROWS")));
    if (sqlite)
        Sql::exec(db, QStringLiteral("DELETE FROM %1").arg(delta));
    QStringList parts{QStringLiteral("SELECT %1, -n AS n FROM rollup_slot WHERE grain = 0 AND"
                                     " period IN (%2)")
                          .arg(deltaKey, dayList)};
    for (const Figure& figure : figureList())
        parts.append(QStringLiteral("SELECT s.fkey, %1, '%2', d.day, %3, %4, %5, d.n FROM %6 d"
                                    " CROSS JOIN %7 WHERE d.day IN (%8) AND d.n <> 0")
                         .arg(fval, QLatin1String(figure.fig), prefixedTerm(figure.k),
                              prefixedTerm(figure.a), prefixedTerm(figure.b),
                              QLatin1String(figure.table), slotKeys, dayList));
    Sql::exec(db, QStringLiteral("INSERT INTO %1 (%2, n) SELECT %2, SUM(n) FROM (%3) x GROUP BY"
                                 " %2 HAVING SUM(n) <> 0")
                      .arg(delta, deltaKey, parts.join(QStringLiteral(" UNION ALL "))));
    const QString upsert = QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET n = rollup_slot.n +"
                                          " excluded.n")
                               .arg(columns);
    Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT fkey, fval, fig, 0,"
                                 " period, k, a, b, n FROM %2 WHERE 1 = 1")
                          .arg(columns, delta) +
                      upsert);
    if (!blocks.isEmpty())
        Sql::exec(db, QStringLiteral("INSERT INTO rollup_slot (%1, n) SELECT fkey, fval, fig, 1,"
                                     " %3, k, a, b, SUM(n) FROM %2 WHERE period >= 0 GROUP BY"
                                     " fkey, fval, fig, %3, k, a, b HAVING SUM(n) <> 0")
                              .arg(columns, delta, block(QStringLiteral("period"))) +
                          upsert);
    Sql::exec(db, QStringLiteral("DELETE FROM rollup_slot WHERE n = 0 AND ((grain = 0 AND period"
                                 " IN (%1)) OR (grain = 1 AND period IN (%2)))")
                      .arg(dayList, blocks.isEmpty() ? QStringLiteral("-1") : numbers(blocks)));
    Sql::exec(db, QStringLiteral("DELETE FROM rollup_slot_dirty WHERE day IN (%1) AND tx IN (%2)")
                      .arg(dayList, numbers(transactions)));
    return int(days.size());
}

bool answers(const DashboardFilter& filter)
{
    return int(filter.source.has_value()) + int(filter.campaign.has_value()) +
               int(filter.repId.has_value()) + int(filter.grade.has_value()) <=
           1;
}

Where where(const DashboardFilter& filter, char figure, bool dayGrainOnly)
{
    QString key;
    QVariant value = QStringLiteral("");
    if (filter.source) {
        key = QStringLiteral("s");
        value = DashboardQuery::text(*filter.source);
    } else if (filter.campaign) {
        key = QStringLiteral("c");
        value = DashboardQuery::text(*filter.campaign);
    } else if (filter.repId) {
        key = QStringLiteral("o");
        value = QString::number(*filter.repId);
    } else if (filter.grade) {
        key = QStringLiteral("g");
        value = DashboardQuery::text(*filter.grade);
    }
    const qint64 first = filter.firstDay();
    const qint64 last = filter.lastDay();
    // Whole blocks inside the period, then the days outside them.
    const qint64 lowBlock = first <= 0 ? 0 : (first + blockDays - 1) / blockDays * blockDays;
    const qint64 highBlock = last < 0 ? -1 : (last + 1) / blockDays * blockDays - blockDays;
    QList<std::array<qint64, 3>> ranges; // grain, from, to
    if (dayGrainOnly || lowBlock > highBlock) {
        ranges.append({0, first, last});
    } else {
        ranges.append({1, lowBlock, highBlock});
        ranges.append({0, first, lowBlock - 1});
        ranges.append({0, highBlock + blockDays, last});
    }
    Where result;
    QStringList parts;
    for (const auto& [grain, from, to] : ranges) {
        if (from > to)
            continue;
        parts.append(QStringLiteral("SELECT period, k, a, b, n FROM rollup_slot WHERE fkey = ?"
                                    " AND fval = ? AND fig = ? AND grain = %1 AND period"
                                    " BETWEEN ? AND ?")
                         .arg(grain));
        result.binds += {DashboardQuery::text(key), value, QString(QLatin1Char(figure)), from, to};
    }
    if (parts.isEmpty()) { // an empty period
        parts.append(QStringLiteral("SELECT period, k, a, b, n FROM rollup_slot WHERE 1 = 0"));
    }
    result.sql = QStringLiteral("(%1) r").arg(parts.join(QStringLiteral(" UNION ALL ")));
    return result;
}

} // namespace RollupSlots
