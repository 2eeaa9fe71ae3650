#include "scoring/LeadScores.h"

#include "scoring/ScoringEngine.h"
#include "store/Store.h"
#include "support/Clock.h"

namespace LeadScores {

namespace {

template <typename T> std::optional<T> optionalFrom(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
}

constexpr qint64 secondsPerDay = 86400;

} // namespace

QString flagsText(const ScoreResult& result)
{
    QStringList parts;
    for (const QString& id : result.exclusions)
        parts.append(QStringLiteral("exclude:") + id);
    for (const QString& id : result.flags)
        parts.append(QStringLiteral("flag:") + id);
    return parts.join(QLatin1Char(' '));
}

void writeInTransaction(const Store& store, qint64 leadId, const ScoreResult& result, int version,
                        qint64 scoredAt)
{
    Sql::exec(store.db(),
              QStringLiteral("UPDATE leads SET fit_score = ?, interest_score = ?, bant_score = ?,"
                             " total_score = ?, grade = ?, quadrant = ?, score_rule_version = ?,"
                             " scored_at = ?, score_band = ?, score_flags = ? WHERE id = ?"),
              {result.fit, result.interest, result.bant, result.total, keyOf(result.grade),
               keyOf(result.quadrant), version, scoredAt, ScoreBands::keyOf(result.band()),
               Sql::nullIfEmpty(flagsText(result)), leadId});
}

std::optional<StoredScore> find(const Store& store, qint64 leadId)
{
    QSqlQuery query =
        Sql::exec(store.db(),
                  QStringLiteral("SELECT fit_score, interest_score, bant_score, total_score, grade,"
                                 " quadrant, score_rule_version, scored_at, score_band, score_flags"
                                 " FROM leads WHERE id = ?"),
                  {leadId});
    if (!query.next())
        return std::nullopt;
    return StoredScore{query.value(0).toInt(),
                       query.value(1).toInt(),
                       query.value(2).toInt(),
                       query.value(3).toInt(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       optionalFrom<int>(query.value(6)),
                       optionalFrom<qint64>(query.value(7)),
                       query.value(8).toString(),
                       query.value(9).toString()};
}

std::vector<InterestSignal> interestOf(const Store& store, qint64 leadId, qint64 since)
{
    QSqlQuery query = Sql::exec(store.db(),
                                QStringLiteral("SELECT kind, occurred_at FROM interest_events"
                                               " WHERE lead_id = ? AND occurred_at >= ?"),
                                {leadId, since});
    std::vector<InterestSignal> events;
    while (query.next())
        if (const auto kind = fromKey<InterestKind>(query.value(0).toString()))
            events.push_back({*kind, query.value(1).toLongLong()});
    return events;
}

std::optional<ScoringInput> inputFor(const Store& store, qint64 leadId, qint64 now, int maxAgeDays)
{
    QSqlQuery query =
        Sql::exec(store.db(),
                  QStringLiteral(
                      "SELECT l.employees, l.annual_revenue_minor, l.revenue_currency, l.industry,"
                      " l.seniority, l.title, l.email, l.website, q.buying_role, q.budget_status,"
                      " q.authority, q.decision_maker_confirmed, q.need, q.timing"
                      " FROM leads l LEFT JOIN qualification q ON q.lead_id = l.id WHERE l.id = ?"),
                  {leadId});
    if (!query.next())
        return std::nullopt;
    ScoringInput input;
    input.employees = optionalFrom<int>(query.value(0));
    input.annualRevenueMinor = optionalFrom<qint64>(query.value(1));
    input.revenueCurrency = query.value(2).toString();
    input.industry = fromKeyOr(query.value(3).toString(), Industry::Unknown);
    input.seniority = fromKeyOr(query.value(4).toString(), Seniority::Unknown);
    input.title = query.value(5).toString();
    input.email = query.value(6).toString();
    input.website = query.value(7).toString();
    input.buyingRole = fromKeyOr(query.value(8).toString(), BuyingRole::Unknown);
    input.budget = fromKeyOr(query.value(9).toString(), BudgetStatus::Unknown);
    input.authority = fromKeyOr(query.value(10).toString(), AuthorityLevel::Unknown);
    input.decisionMakerConfirmed = query.value(11).toBool();
    input.need = fromKeyOr(query.value(12).toString(), NeedLevel::Unknown);
    input.timing = fromKeyOr(query.value(13).toString(), Timing::Unknown);
    input.interest = interestOf(store, leadId, now - qint64(maxAgeDays + 1) * secondsPerDay);
    return input;
}

ScoreResult rescoreInTransaction(const Store& store, qint64 leadId, const ActiveRules& rules)
{
    const qint64 now = Clock::nowSecs();
    const std::optional<ScoringInput> input = inputFor(store, leadId, now, rules.rules.maxAgeDays);
    if (!input)
        throw StoreError(
            QCoreApplication::translate("LeadScores", "Lead %1 no longer exists.").arg(leadId));
    const ScoreResult result = ScoringEngine::score(rules.rules, *input, now);
    writeInTransaction(store, leadId, result, rules.version, now);
    store.announceLead(leadId);
    return result;
}

ScoreResult rescore(const Store& store, qint64 leadId)
{
    const ActiveRules rules = ScoringRulesRepository(store).active();
    WriteTransaction transaction(store);
    const ScoreResult result = rescoreInTransaction(store, leadId, rules);
    transaction.commit();
    return result;
}

} // namespace LeadScores
