#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <stdexcept>

/// Raised by the store for any failed statement or refused operation; the message is meant for
/// a person (it names what failed), never holds a lead's personal data.
class StoreError : public std::runtime_error
{
public:
    /// What went wrong, as far as a person can act on it.
    enum class Cause
    {
        Other,
        Busy,     ///< another program or window holds the write lock
        ReadOnly, ///< the file or its folder cannot be written any more
        Damaged,  ///< the file is corrupt
        Full,     ///< the disk is full
        Lost      ///< the connection to the server was lost (it connects again on next use)
    };
    explicit StoreError(const QString& message, Cause cause = Cause::Other);
    /// A sentence for a person (translated); never holds SQL or a lead's data.
    QString message() const { return m_message; }
    Cause cause() const { return m_cause; }
    /// Any other exception (a bug, memory running out) as a StoreError with a sentence for a
    /// person; what() goes to the log.
    static StoreError unexpected(const std::exception& error);

private:
    QString m_message;
    Cause m_cause;
};

namespace Sql {

/// Throws the StoreError for a failed statement: the statement and the driver's words go to the
/// log, the person gets a sentence they can act on (busy, read-only, damaged, disk full…).
/// `db`, when given, tells a full disk behind a plain I/O error apart from damage.
[[noreturn]] void fail(const QString& sql, const QSqlError& error, bool preparing,
                       const QSqlDatabase& db = QSqlDatabase());

/// Prepares, binds positionally and runs one statement. Throws StoreError on failure.
QSqlQuery exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// The same for a statement on a hot path run once: on PostgreSQL the values are written into
/// the text by the driver (quoted exactly as Qt quotes them for its EXECUTE of a prepared
/// statement) and it runs in ONE round trip, instead of three (PREPARE, EXECUTE, DEALLOCATE)
/// of a QSqlQuery prepared for one run. On SQLite the same as exec().
QSqlQuery execOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);
QVariant scalarOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& binds);

/// Prepares a statement to run again and again (bound by position). Throws StoreError.
void prepare(QSqlQuery& query, const QString& sql, const QSqlDatabase& db);
/// Binds the values by position and runs a prepared statement. Throws StoreError.
void run(QSqlQuery& query, const QVariantList& binds, const QSqlDatabase& db);

/// Runs a statement ending in "RETURNING id" and gives back the new id.
qint64 insertId(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// The first column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

/// Runs `sql`, in which "%1" stands for the placeholders of an IN list ("... WHERE email_norm IN
/// (%1)"), for all distinct non-empty `values`, in chunks of `inListSize`: one statement prepared
/// once (the last chunk padded with NULL, which matches nothing), whatever the number of values.
/// Calls `row` for each row. Throws StoreError.
void forEachIn(const QSqlDatabase& db, const QString& sql, const QStringList& values,
               const std::function<void(const QSqlQuery&)>& row);
/// Values per statement of forEachIn (well below SQLite's limit on bound values).
constexpr int inListSize = 500;

/// A bindable value for an optional string: empty strings are stored as NULL.
QVariant nullIfEmpty(const QString& value);

} // namespace Sql
