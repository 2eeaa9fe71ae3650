#include "store/Sql.h"

#include "store/Dialect.h"
#include "store/DiskFull.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <spdlog/spdlog.h>

StoreError::StoreError(const QString& message, Cause cause)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_cause(cause)
{}

StoreError StoreError::unexpected(const std::exception& error)
{
    spdlog::error("unexpected error: {}", error.what());
    return StoreError(QCoreApplication::translate(
                          "StoreError", "An unexpected error stopped this step (%1). Nothing "
                                        "else was affected; LeadScout keeps running.")
                          .arg(QString::fromLocal8Bit(error.what())));
}

namespace Sql {

namespace {
QString firstWords(const QString& sql)
{
    // Enough of the statement to say which one failed, without any bound value.
    return sql.simplified().left(60);
}

} // namespace

[[noreturn]] void fail(const QString& sql, const QSqlError& error, bool preparing,
                       const QSqlDatabase& db)
{
    spdlog::warn("store: {} \"{}…\" failed: {}", preparing ? "preparing" : "running",
                 firstWords(sql).toStdString(), error.text().toStdString());
    StoreError::Cause cause = Dialect::of(db).causeOf(error);
    if (cause == StoreError::Cause::Other && DiskFull::caused(db, error))
        cause = StoreError::Cause::Full;
    switch (cause) {
    case StoreError::Cause::Busy:
        throw StoreError(QCoreApplication::translate(
                             "StoreError",
                             "The store is busy: another program or window is writing to it. Try "
                             "again in a moment; nothing was changed."),
                         cause);
    case StoreError::Cause::ReadOnly:
        throw StoreError(QCoreApplication::translate(
                             "StoreError",
                             "The store can no longer be written (the permissions of its file or "
                             "folder have changed); nothing was changed."),
                         cause);
    case StoreError::Cause::Damaged:
        throw StoreError(QCoreApplication::translate(
                             "StoreError",
                             "The store file is damaged; nothing more was written to it. Restore "
                             "it from a backup (the log file names the failing step)."),
                         cause);
    case StoreError::Cause::Full:
        throw StoreError(QCoreApplication::translate(
                             "StoreError",
                             "The disk that holds the store is full; nothing was changed. Free "
                             "some space and try again."),
                         cause);
    case StoreError::Cause::Lost: {
        // Closing it makes the store connect again on its next statement (Store::db()).
        QSqlDatabase connection = db;
        connection.close();
        throw StoreError(QCoreApplication::translate(
                             "StoreError",
                             "The connection to the server was lost; nothing was changed. "
                             "LeadScout connects again: try once more."),
                         cause);
    }
    case StoreError::Cause::Other:
        break;
    }
    throw StoreError(
        QCoreApplication::translate(
            "StoreError",
            "The store could not carry out a step (%1); nothing was changed. The log file has the "
            "details.")
            .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()),
        cause);
}

QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    // Forward-only saves SQLite a copy of the rows. PostgreSQL's driver would read such a query
    // a row at a time and drop its remaining rows as soon as the connection runs another
    // statement, which callers do while they walk a result; there it reads the whole result.
    query.setForwardOnly(Dialect::of(db).isSqlite());
    if (binds.isEmpty()) {
        // Without values to bind the text runs as it is: PostgreSQL cannot PREPARE transaction
        // control or schema statements (BEGIN, CREATE TABLE), and SQLite prepares it anyway.
        if (!query.exec(sql))
            fail(sql, query.lastError(), false, db);
        return query;
    }
    if (!query.prepare(sql))
        fail(sql, query.lastError(), true, db);
    for (const QVariant& value : binds)
        query.addBindValue(value);
    if (!query.exec())
        fail(sql, query.lastError(), false, db);
    return query;
}

namespace {

/// `sql` with each ? placeholder (outside quoted literals, quoted names and comments) replaced
/// by the driver's literal of the next value.
QString withValues(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QString text;
    text.reserve(sql.size() + binds.size() * 8);
    qsizetype next = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            text += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            text += c;
        } else if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == c) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            text += sql.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? sql.size() : end - 1;
        } else if (c == QLatin1Char('?') && next < binds.size()) {
            QSqlField field(QString(), binds.at(next).metaType());
            field.setValue(binds.at(next++));
            text += db.driver()->formatValue(field);
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace

QSqlQuery execOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (binds.isEmpty() || Dialect::of(db).isSqlite())
        return exec(db, sql, binds);
    return exec(db, withValues(db, sql, binds));
}

QVariant scalarOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query = execOnce(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

void prepare(QSqlQuery& query, const QString& sql, const QSqlDatabase& db)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(sql, query.lastError(), true, db);
}

void run(QSqlQuery& query, const QVariantList& binds, const QSqlDatabase& db)
{
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec())
        fail(query.lastQuery(), query.lastError(), false, db);
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

void forEachIn(const QSqlDatabase& db, const QString& sql, const QStringList& values,
               const std::function<void(const QSqlQuery&)>& row)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString& value : values) {
        if (value.isEmpty() || seen.contains(value))
            continue;
        seen.insert(value);
        distinct.append(value);
    }
    if (distinct.isEmpty())
        return;
    const int size = int(std::min<qsizetype>(distinct.size(), inListSize));
    QStringList marks(size, QStringLiteral("?"));
    const QString text = sql.arg(marks.join(QLatin1Char(',')));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(text))
        fail(text, query.lastError(), true, db);
    for (qsizetype start = 0; start < distinct.size(); start += size) {
        for (int i = 0; i < size; ++i)
            query.bindValue(i, start + i < distinct.size()
                                   ? QVariant(distinct.at(start + i))
                                   : QVariant(QMetaType::fromType<QString>()));
        if (!query.exec())
            fail(text, query.lastError(), false, db);
        while (query.next())
            row(query);
        query.finish();
    }
}

QVariant nullIfEmpty(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace Sql
