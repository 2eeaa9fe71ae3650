#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <vector>

class Store;

/// Rows for one table collected and sent as multi-row INSERTs: on a server a round trip per row
/// is most of the time of writing many rows (the demo generator's), so rows are held and sent
/// rowsPerStatement at a time through a statement prepared once (the last, shorter batch through
/// one of its own). Use it inside the caller's transaction, and flush() before anything reads
/// the rows or writes rows referring to them.
class BatchInsert
{
    Q_DECLARE_TR_FUNCTIONS(BatchInsert)

public:
    /// `rowsPerStatement` is capped so that a statement binds at most 30,000 values.
    BatchInsert(const Store& store, QString table, QStringList columns, int rowsPerStatement);

    /// Holds one row (one value per column); returns true when the batch is full (flush now).
    bool add(QVariantList row);
    /// Sends the rows held. Throws StoreError.
    void flush();
    bool isEmpty() const { return m_rows.empty(); }

private:
    QString statement(int rows) const;
    void send(QSqlQuery& query, size_t from, int rows);

    const Store& m_store;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full; ///< prepared on first use
    bool m_fullPrepared = false;
    std::vector<QVariantList> m_rows;
};
