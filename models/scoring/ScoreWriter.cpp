#include "scoring/ScoreWriter.h"

#include "scoring/LeadScores.h"
#include "store/BulkStatement.h"
#include "store/Store.h"

namespace {

// No persona rule fired: NULL, never an empty text.
QString storedFlags(const ScoreResult& result)
{
    return result.exclusions.isEmpty() && result.flags.isEmpty() ? QString()
                                                                 : LeadScores::flagsText(result);
}

/// One UPDATE for batchRows leads: the values come as rows of a VALUES list (typed in SQL, as
/// the server cannot tell the type of a bare placeholder there).
QString batchUpdate(int rows)
{
    const QString row = QStringLiteral("(?::bigint, ?::integer, ?::integer, ?::integer,"
                                       " ?::integer, ?::text, ?::text, ?::text, ?::text)");
    return QStringLiteral("UPDATE leads AS l SET fit_score = v.fit, interest_score = v.interest,"
                          " bant_score = v.bant, total_score = v.total, grade = v.grade,"
                          " quadrant = v.quadrant, score_rule_version = ?, scored_at = ?,"
                          " score_band = v.band, score_flags = v.flags FROM (VALUES %1)"
                          " AS v(id, fit, interest, bant, total, grade, quadrant, band, flags)"
                          " WHERE l.id = v.id")
        .arg(QStringList(rows, row).join(QStringLiteral(", ")));
}

constexpr int batchColumns = 9;

} // namespace

ScoreWriter::ScoreWriter(const Store& store, int version, qint64 scoredAt)
    : m_store(store)
    , m_version(version)
    , m_scoredAt(scoredAt)
    , m_update(std::make_unique<BulkStatement>(
          store,
          QStringLiteral("UPDATE leads SET fit_score = ?, interest_score = ?, bant_score = ?,"
                         " total_score = ?, grade = ?, quadrant = ?, score_rule_version = ?,"
                         " scored_at = ?, score_band = ?, score_flags = ? WHERE id = ?")))
{
    for (Grade grade : allValues<Grade>())
        m_grades.append(keyOf(grade));
    for (Quadrant quadrant : allValues<Quadrant>())
        m_quadrants.append(keyOf(quadrant));
    for (ScoreBand band : {ScoreBand::None, ScoreBand::Mql, ScoreBand::Sql})
        m_bands.append(ScoreBands::keyOf(band));
    m_update->bind(6, qint64(version));
    m_update->bind(7, scoredAt);
}

ScoreWriter::~ScoreWriter() = default;

QString ScoreWriter::newLeadColumns()
{
    return QStringLiteral("fit_score, interest_score, bant_score, total_score, grade, quadrant,"
                          " score_rule_version, scored_at, score_band, score_flags");
}

QVariantList ScoreWriter::newLeadValues(const std::optional<ScoreResult>& result, int version,
                                        qint64 scoredAt)
{
    if (!result) // the columns' defaults: no score, no grade, no rule version
        return {0, 0, 0, 0, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()};
    const QString flags = storedFlags(*result);
    return {result->fit,
            result->interest,
            result->bant,
            result->total,
            keyOf(result->grade),
            keyOf(result->quadrant),
            version,
            scoredAt,
            ScoreBands::keyOf(result->band()),
            flags.isNull() ? QVariant() : QVariant(flags)};
}

void ScoreWriter::write(qint64 leadId, const ScoreResult& result)
{
    m_update->bind(0, qint64(result.fit));
    m_update->bind(1, qint64(result.interest));
    m_update->bind(2, qint64(result.bant));
    m_update->bind(3, qint64(result.total));
    m_update->bind(4, m_grades.at(vocabIndex(result.grade)));
    m_update->bind(5, m_quadrants.at(vocabIndex(result.quadrant)));
    m_update->bind(8, m_bands.at(int(result.band())));
    m_update->bind(9, storedFlags(result));
    m_update->bind(10, leadId);
    m_update->exec();
}

void ScoreWriter::writeInBulk(qint64 leadId, const ScoreResult& result, qint64 storedTotal,
                              int storedGrade)
{
    if (m_store.isSqlite()) {
        write(leadId, result, storedTotal, storedGrade);
        return;
    }
    m_pending.push_back({leadId, result});
    if (int(m_pending.size()) == batchRows)
        writeBatch();
}

void ScoreWriter::write(qint64 leadId, const ScoreResult& result, qint64 storedTotal,
                        int storedGrade)
{
    if (storedTotal == result.total && storedGrade == vocabIndex(result.grade))
        writeKeepingTotal(leadId, result);
    else
        write(leadId, result);
}

void ScoreWriter::writeKeepingTotal(qint64 leadId, const ScoreResult& result)
{
    if (!m_keepTotal) {
        m_keepTotal = std::make_unique<BulkStatement>(
            m_store,
            QStringLiteral("UPDATE leads SET fit_score = ?, interest_score = ?,"
                           " bant_score = ?, quadrant = ?, score_rule_version = ?,"
                           " scored_at = ?, score_band = ?, score_flags = ? WHERE id = ?"));
        m_keepTotal->bind(4, qint64(m_version));
        m_keepTotal->bind(5, m_scoredAt);
    }
    m_keepTotal->bind(0, qint64(result.fit));
    m_keepTotal->bind(1, qint64(result.interest));
    m_keepTotal->bind(2, qint64(result.bant));
    m_keepTotal->bind(3, m_quadrants.at(vocabIndex(result.quadrant)));
    m_keepTotal->bind(6, m_bands.at(int(result.band())));
    m_keepTotal->bind(7, storedFlags(result));
    m_keepTotal->bind(8, leadId);
    m_keepTotal->exec();
}

void ScoreWriter::flush()
{
    if (!m_pending.empty())
        writeBatch();
}

void ScoreWriter::writeBatch()
{
    if (!m_batch) {
        m_batch = std::make_unique<BulkStatement>(m_store, batchUpdate(batchRows));
        m_batch->bind(0, qint64(m_version));
        m_batch->bind(1, m_scoredAt);
    }
    BulkStatement& batch = *m_batch;
    for (int i = 0; i < batchRows; ++i) {
        int at = 2 + i * batchColumns;
        if (i >= int(m_pending.size())) { // padding: a NULL id matches no lead
            for (int c = 0; c < batchColumns; ++c)
                batch.bind(at + c, QString());
            continue;
        }
        const ScoreResult& result = m_pending.at(size_t(i)).result;
        batch.bind(at++, m_pending.at(size_t(i)).leadId);
        batch.bind(at++, qint64(result.fit));
        batch.bind(at++, qint64(result.interest));
        batch.bind(at++, qint64(result.bant));
        batch.bind(at++, qint64(result.total));
        batch.bind(at++, m_grades.at(vocabIndex(result.grade)));
        batch.bind(at++, m_quadrants.at(vocabIndex(result.quadrant)));
        batch.bind(at++, m_bands.at(int(result.band())));
        batch.bind(at, storedFlags(result));
    }
    batch.exec();
    m_pending.clear();
}
