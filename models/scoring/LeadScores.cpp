#include "scoring/LeadScores.h"

#include "scoring/ScoreWriter.h"
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

const QString inputSql =
    QStringLiteral("SELECT l.employees, l.annual_revenue_minor, l.revenue_currency, l.industry,"
                   " l.seniority, l.title, l.email, l.website, q.buying_role, q.budget_status,"
                   " q.authority, q.decision_maker_confirmed, q.need, q.timing"
                   " FROM leads l LEFT JOIN qualification q ON q.lead_id = l.id WHERE l.id = ?");
const QString interestSql = QStringLiteral("SELECT kind, occurred_at FROM interest_events"
                                           " WHERE lead_id = ? AND occurred_at >= ?");

std::vector<InterestSignal> signalsFrom(QSqlQuery& query)
{
    std::vector<InterestSignal> events;
    while (query.next())
        if (const auto kind = fromKey<InterestKind>(query.value(0).toString()))
            events.push_back({*kind, query.value(1).toLongLong()});
    return events;
}

qint64 interestSince(qint64 now, int maxAgeDays)
{
    return now - qint64(maxAgeDays + 1) * secondsPerDay;
}

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
    ScoreWriter(store, version, scoredAt).write(leadId, result);
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
    QSqlQuery query = Sql::exec(store.db(), interestSql, {leadId, since});
    return signalsFrom(query);
}

namespace {

ScoringInput inputFromRow(const QSqlQuery& query)
{
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
    return input;
}

} // namespace

std::optional<ScoringInput> inputFor(const Store& store, qint64 leadId, qint64 now, int maxAgeDays)
{
    QSqlQuery query = Sql::exec(store.db(), inputSql, {leadId});
    if (!query.next())
        return std::nullopt;
    ScoringInput input = inputFromRow(query);
    input.interest = interestOf(store, leadId, interestSince(now, maxAgeDays));
    return input;
}

ScoreResult scoreNewLead(const Lead& lead, const ScoringRules& rules, qint64 now)
{
    ScoringInput input; // what inputFromRow() reads back from the row the lead becomes
    input.employees = lead.employees;
    input.annualRevenueMinor = lead.annualRevenueMinor;
    input.revenueCurrency = lead.revenueCurrency;
    input.industry = lead.industry;
    input.seniority = lead.seniority;
    input.title = lead.title;
    input.email = lead.email;
    input.website = lead.website;
    return ScoringEngine::score(rules, input, now);
}

// The statements of scoring a lead: its inputs and its interest events read, its score stored
// through the one writer of the score columns.
struct Rescorer::Statements
{
    QSqlDatabase db;
    QSqlQuery input;
    QSqlQuery interest;
    ScoreWriter write;

    Statements(const Store& store, int version, qint64 now)
        : db(store.db())
        , input(db)
        , interest(db)
        , write(store, version, now)
    {
        Sql::prepare(input, inputSql, db);
        Sql::prepare(interest, interestSql, db);
    }
};

Rescorer::Rescorer(const Store& store, ActiveRules rules)
    : m_statements(std::make_unique<Statements>(store, rules.version, Clock::nowSecs()))
    , m_rules(std::move(rules))
{}

Rescorer::~Rescorer() = default;

ScoreResult Rescorer::rescore(qint64 leadId)
{
    Statements& s = *m_statements;
    const qint64 now = Clock::nowSecs();
    Sql::run(s.input, {leadId}, s.db);
    if (!s.input.next())
        throw StoreError(
            QCoreApplication::translate("LeadScores", "Lead %1 no longer exists.").arg(leadId));
    ScoringInput input = inputFromRow(s.input);
    s.input.finish();
    Sql::run(s.interest, {leadId, interestSince(now, m_rules.rules.maxAgeDays)}, s.db);
    input.interest = signalsFrom(s.interest);
    s.interest.finish();
    const ScoreResult result = ScoringEngine::score(m_rules.rules, input, now);
    s.write.write(leadId, result);
    return result;
}

ScoreResult rescoreInTransaction(const Store& store, qint64 leadId, const ActiveRules& rules)
{
    const ScoreResult result = Rescorer(store, rules).rescore(leadId);
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
