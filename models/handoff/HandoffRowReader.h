#pragma once

#include "handoff/HandoffTable.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class Store;
class QSqlQuery;

/// Reads what sales needs about each lead from the store — contact, company, score, the BANT
/// answers from the qualification table, the last call, the rep — and turns it into the row
/// values of a handoff. Leads flagged "do not call" / "do not e-mail" get empty phone / e-mail
/// cells: the file must not reach them that way.
class HandoffRowReader
{
    Q_DECLARE_TR_FUNCTIONS(HandoffRowReader)

public:
    /// Called after each chunk of leads with the number read so far; false cancels.
    using Tick = std::function<bool(qint64 done)>;

    explicit HandoffRowReader(const Store& store);

    /// The rows for these leads in this order, with the values of these columns; `handedOffAt`
    /// (UTC seconds) fills the handoff-time column. Throws StoreError when a lead is missing,
    /// HandoffError::Cancelled when `tick` says so.
    QList<HandoffRow> read(const QList<qint64>& leadIds, const QList<HandoffColumnSpec>& columns,
                           qint64 handedOffAt, const Tick& tick = {}) const;

    /// Minor units of money as a decimal text with the currency's places ("12500.00").
    static QString decimalFromMinor(qint64 minor, const QString& currency);
    /// UTC seconds as the local date-time text kept in snapshots ("2026-11-23T14:05:00").
    static QString localDateTime(qint64 secs);

private:
    void readChunk(const QList<qint64>& ids, const QList<HandoffColumnSpec>& columns,
                   qint64 handedOffAt, QHash<qint64, HandoffRow>& rows) const;

    const Store& m_store;
};
