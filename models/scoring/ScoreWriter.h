#pragma once

#include "scoring/ScoreResult.h"

#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>
#include <vector>

class BulkStatement;
class Store;

/// The one writer of a lead's score columns (fit, interest, BANT, total, grade, quadrant, band,
/// persona flags, and the rule version and time that produced them): rescoring every lead and
/// scoring a single lead after an edit, a decision or a new lead all store through here, so a
/// change to what a score column means is one change of code. Statements are prepared once per
/// writer and reused for every lead; use it inside the caller's transaction.
class ScoreWriter
{
public:
    /// Every result written records `version` and `scoredAt`. Throws StoreError.
    ScoreWriter(const Store& store, int version, qint64 scoredAt);
    ~ScoreWriter();
    ScoreWriter(const ScoreWriter&) = delete;
    ScoreWriter& operator=(const ScoreWriter&) = delete;

    /// Stores the result on the lead.
    void write(qint64 leadId, const ScoreResult& result);
    /// The same for a lead whose stored total and grade (vocabIndex, -1 for none) are known:
    /// where they stay as they are, those columns are left out, so that the queue's indexes on
    /// them (score order, grade filter) are not touched, most of a bulk rescore's writing cost.
    void write(qint64 leadId, const ScoreResult& result, qint64 storedTotal, int storedGrade);
    /// For rescoring every lead: the same as the write() above on SQLite; on a server the rows
    /// are held and sent batchRows at a time (a round trip per lead would be most of the time
    /// there; the server leaves the index entries of unchanged values alone by itself). Call
    /// flush() after the last one.
    void writeInBulk(qint64 leadId, const ScoreResult& result, qint64 storedTotal, int storedGrade);
    /// Writes what writeInBulk() still holds back.
    void flush();

    /// The score columns of a lead's row, for the INSERT that creates a lead already scored (one
    /// statement instead of an insert and an update, which fired the leads' triggers twice).
    static QString newLeadColumns();
    /// The values of newLeadColumns() in their order; `result` empty (no score yet) gives the
    /// columns' defaults.
    static QVariantList newLeadValues(const std::optional<ScoreResult>& result, int version,
                                      qint64 scoredAt);
    static constexpr int newLeadColumnCount = 10;
    static constexpr int batchRows = 500;

private:
    struct Pending
    {
        qint64 leadId;
        ScoreResult result;
    };
    void writeKeepingTotal(qint64 leadId, const ScoreResult& result);
    void writeBatch();

    const Store& m_store;
    int m_version = 0;
    qint64 m_scoredAt = 0;
    std::unique_ptr<BulkStatement> m_update;
    std::unique_ptr<BulkStatement> m_keepTotal; ///< prepared on first use
    std::unique_ptr<BulkStatement> m_batch;     ///< server: batchRows leads per statement
    std::vector<Pending> m_pending;
    QStringList m_grades;
    QStringList m_quadrants;
    QStringList m_bands;
};
