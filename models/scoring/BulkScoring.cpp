#include "scoring/BulkScoring.h"

#include "scoring/LeadScores.h"
#include "scoring/ScoringEngine.h"
#include "scoring/ScoringRulesRepository.h"
#include "store/Store.h"
#include "support/Clock.h"

#include <QSqlError>
#include <spdlog/spdlog.h>
#include <vector>

namespace BulkScoring {

namespace {

constexpr qint64 secondsPerDay = 86400;

struct LeadRow
{
    qint64 id = 0;
    ScoringInput input;
};

QSqlQuery prepared(const Store& store, const QString& sql)
{
    QSqlQuery query(store.db());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StoreError(QStringLiteral("Could not prepare a bulk scoring statement"));
    return query;
}

void execOrThrow(QSqlQuery& query)
{
    if (!query.exec())
        throw StoreError(QStringLiteral("Bulk scoring failed: %1").arg(query.lastError().text()));
}

/// Reads every lead's scoring inputs in id order, one chunk at a time, with its interest events.
class InputStream
{
public:
    InputStream(const Store& store, qint64 since)
        : m_leads(prepared(
              store,
              QStringLiteral(
                  "SELECT l.id, l.employees, l.annual_revenue_minor, l.revenue_currency,"
                  " l.industry, l.seniority, l.title, l.email, l.website, q.buying_role,"
                  " q.budget_status, q.authority, q.decision_maker_confirmed, q.need, q.timing"
                  " FROM leads l LEFT JOIN qualification q ON q.lead_id = l.id"
                  " WHERE l.id > ? ORDER BY l.id LIMIT ?")))
        , m_events(prepared(store, QStringLiteral("SELECT lead_id, kind, occurred_at"
                                                  " FROM interest_events WHERE lead_id >= ?"
                                                  " AND lead_id <= ? AND occurred_at >= ?"
                                                  " ORDER BY lead_id")))
        , m_since(since)
    {}

    /// Fills `rows` with the next chunk; false when there are no more leads.
    bool next(std::vector<LeadRow>& rows)
    {
        rows.clear();
        m_leads.bindValue(0, m_lastId);
        m_leads.bindValue(1, chunkSize);
        execOrThrow(m_leads);
        while (m_leads.next())
            rows.push_back({m_leads.value(0).toLongLong(), readInput()});
        m_leads.finish();
        if (rows.empty())
            return false;
        m_lastId = rows.back().id;
        attachEvents(rows);
        return true;
    }

private:
    ScoringInput readInput() const
    {
        ScoringInput in;
        const QVariant employees = m_leads.value(1);
        if (!employees.isNull())
            in.employees = employees.toInt();
        const QVariant revenue = m_leads.value(2);
        if (!revenue.isNull())
            in.annualRevenueMinor = revenue.toLongLong();
        in.revenueCurrency = m_leads.value(3).toString();
        in.industry = fromKeyOr(m_leads.value(4).toString(), Industry::Unknown);
        in.seniority = fromKeyOr(m_leads.value(5).toString(), Seniority::Unknown);
        in.title = m_leads.value(6).toString();
        in.email = m_leads.value(7).toString();
        in.website = m_leads.value(8).toString();
        in.buyingRole = fromKeyOr(m_leads.value(9).toString(), BuyingRole::Unknown);
        in.budget = fromKeyOr(m_leads.value(10).toString(), BudgetStatus::Unknown);
        in.authority = fromKeyOr(m_leads.value(11).toString(), AuthorityLevel::Unknown);
        in.decisionMakerConfirmed = m_leads.value(12).toInt() != 0;
        in.need = fromKeyOr(m_leads.value(13).toString(), NeedLevel::Unknown);
        in.timing = fromKeyOr(m_leads.value(14).toString(), Timing::Unknown);
        return in;
    }

    void attachEvents(std::vector<LeadRow>& rows)
    {
        m_events.bindValue(0, rows.front().id);
        m_events.bindValue(1, rows.back().id);
        m_events.bindValue(2, m_since);
        execOrThrow(m_events);
        size_t row = 0;
        while (m_events.next()) {
            const qint64 leadId = m_events.value(0).toLongLong();
            while (row < rows.size() && rows[row].id < leadId)
                ++row;
            if (row == rows.size())
                break;
            if (rows[row].id != leadId)
                continue;
            if (const auto kind = fromKey<InterestKind>(m_events.value(1).toString()))
                rows[row].input.interest.push_back({*kind, m_events.value(2).toLongLong()});
        }
        m_events.finish();
    }

    QSqlQuery m_leads;
    QSqlQuery m_events;
    qint64 m_since;
    qint64 m_lastId = 0;
};

/// Writes scores with one prepared statement, reused for every lead.
class ScoreWriter
{
public:
    ScoreWriter(const Store& store, int version, qint64 now)
        : m_update(prepared(
              store, QStringLiteral(
                         "UPDATE leads SET fit_score = ?, interest_score = ?, bant_score = ?,"
                         " total_score = ?, grade = ?, quadrant = ?, score_rule_version = ?,"
                         " scored_at = ?, score_band = ?, score_flags = ? WHERE id = ?")))
    {
        for (Grade grade : allValues<Grade>())
            m_grades.append(keyOf(grade));
        for (Quadrant quadrant : allValues<Quadrant>())
            m_quadrants.append(keyOf(quadrant));
        for (ScoreBand band : {ScoreBand::None, ScoreBand::Mql, ScoreBand::Sql})
            m_bands.append(ScoreBands::keyOf(band));
        m_update.bindValue(6, version);
        m_update.bindValue(7, now);
    }

    void write(qint64 leadId, const ScoreResult& result)
    {
        m_update.bindValue(0, result.fit);
        m_update.bindValue(1, result.interest);
        m_update.bindValue(2, result.bant);
        m_update.bindValue(3, result.total);
        m_update.bindValue(4, m_grades.at(vocabIndex(result.grade)));
        m_update.bindValue(5, m_quadrants.at(vocabIndex(result.quadrant)));
        m_update.bindValue(8, m_bands.at(int(result.band())));
        m_update.bindValue(9, result.exclusions.isEmpty() && result.flags.isEmpty()
                                  ? m_noFlags
                                  : QVariant(LeadScores::flagsText(result)));
        m_update.bindValue(10, leadId);
        execOrThrow(m_update);
    }

private:
    QSqlQuery m_update;
    QStringList m_grades;
    QStringList m_quadrants;
    QStringList m_bands;
    const QVariant m_noFlags{QMetaType::fromType<QString>()};
};

qint64 leadCount(const Store& store)
{
    return Sql::scalar(store.db(), QStringLiteral("SELECT count(*) FROM leads")).toLongLong();
}

bool keepGoing(const Progress& progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace

RescoreOutcome rescoreAll(const Store& store, const std::optional<ScoringRules>& newRules,
                          qint64 repId, const QString& note, const Progress& progress)
{
    ScoringRulesRepository repository(store);
    repository.ensureInstalled();
    WriteTransaction transaction(store);
    ActiveRules active;
    if (newRules) {
        active.version = repository.addVersionInTransaction(*newRules, repId, note);
        active.rules = *newRules;
    } else {
        active = repository.active();
    }
    const qint64 now = Clock::nowSecs();
    const qint64 total = leadCount(store);
    RescoreOutcome outcome;
    outcome.version = active.version;
    if (!keepGoing(progress, 0, total))
        return outcome;
    InputStream stream(store, now - qint64(active.rules.maxAgeDays + 1) * secondsPerDay);
    ScoreWriter writer(store, active.version, now);
    std::vector<LeadRow> rows;
    rows.reserve(chunkSize);
    while (stream.next(rows)) {
        for (const LeadRow& row : rows)
            writer.write(row.id, ScoringEngine::score(active.rules, row.input, now, false));
        outcome.leads += qint64(rows.size());
        if (!keepGoing(progress, outcome.leads, total)) {
            spdlog::info("rescore cancelled after {} leads; rolled back", outcome.leads);
            return outcome;
        }
    }
    transaction.commit();
    outcome.completed = true;
    spdlog::info("rescored {} leads with rule version {}", outcome.leads, outcome.version);
    return outcome;
}

Preview preview(const Store& store, const ScoringRules& current, const ScoringRules& proposed,
                const Progress& progress)
{
    const qint64 now = Clock::nowSecs();
    const qint64 total = leadCount(store);
    const int maxAge = std::max(current.maxAgeDays, proposed.maxAgeDays);
    Preview result;
    // One read transaction: every lead is seen as of the same moment.
    Sql::exec(store.db(), QStringLiteral("BEGIN"));
    struct EndRead
    {
        const Store& store;
        ~EndRead()
        {
            QSqlQuery end(store.db());
            end.exec(QStringLiteral("COMMIT"));
        }
    } endRead{store};
    InputStream stream(store, now - qint64(maxAge + 1) * secondsPerDay);
    std::vector<LeadRow> rows;
    rows.reserve(chunkSize);
    if (!keepGoing(progress, 0, total))
        return result;
    while (stream.next(rows)) {
        for (const LeadRow& row : rows) {
            const ScoreResult before = ScoringEngine::score(current, row.input, now, false);
            const ScoreResult after = ScoringEngine::score(proposed, row.input, now, false);
            ++result.grades[vocabIndex(before.grade)][vocabIndex(after.grade)];
            ++result.bands[int(before.band())][int(after.band())];
            result.gradeChanges += before.grade != after.grade;
            result.bandChanges += before.band() != after.band();
        }
        result.leads += qint64(rows.size());
        if (!keepGoing(progress, result.leads, total))
            return result;
    }
    result.completed = true;
    return result;
}

} // namespace BulkScoring
