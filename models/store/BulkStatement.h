#pragma once

#include <QString>
#include <QVariant>
#include <memory>

class Store;

/// A prepared statement for work over every row (rescoring a million leads): bound by position,
/// run again and again, read column by column, with the least overhead the backend allows. On
/// SQLite it talks to the connection's sqlite3 handle directly (no QVariant per value), elsewhere
/// it is a thin layer over QSqlQuery. Use it on the connection's own thread, like the Store.
class BulkStatement
{
public:
    /// Prepares `sql` (with ? placeholders). Throws StoreError.
    BulkStatement(const Store& store, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    /// Binds a value to the placeholder at `index` (0-based); it stays bound across runs.
    void bind(int index, qint64 value);
    /// Binds text; a null QString binds SQL NULL.
    void bind(int index, const QString& text);

    /// Runs the statement with the values bound now; read its rows with next().
    void run();
    /// The next row of the last run; false when there are no more.
    bool next();
    /// Runs a statement that returns no rows.
    void exec()
    {
        run();
        while (next()) {
        }
    }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

    class Backend;

private:
    std::unique_ptr<Backend> m_backend;
};
