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
