#include "scoring/ScoringEngine.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>

namespace ScoringEngine {

namespace {

constexpr double secondsPerDay = 86400.0;

using Kind = ScoreContribution::Kind;

/// Vocabulary keys made once: scoring a million leads must not build them a million times.
template <typename E> const QString& cachedKey(E value)
{
    static const QStringList keys = [] {
        QStringList all;
        for (E v : allValues<E>())
            all.append(keyOf(v));
        return all;
    }();
    return keys[vocabIndex(value)];
}

/// Collects the points of one axis and, when explaining, the lines that gave them.
class Tally
{
public:
    Tally(ScoreResult& result, ScoreAxis axis, bool explain)
        : m_result(result)
        , m_axis(axis)
        , m_explain(explain)
    {}

    void add(Kind kind, const QString& subject, double points, const QString& reason = {})
    {
        m_sum += points;
        if (m_explain)
            m_result.contributions.push_back({m_axis, kind, subject, points, 0, 0, reason});
    }
    void addInterest(InterestKind kind, int count, double raw, double decayed)
    {
        m_sum += decayed;
        if (m_explain)
            m_result.contributions.push_back(
                {m_axis, Kind::Interest, cachedKey(kind), decayed, count, raw, {}});
    }
    /// The axis total: rounded and held within 0..max (a cap is explained as its own line).
    int finish(int max)
    {
        const int rounded = int(std::lround(m_sum));
        const int clamped = std::clamp(rounded, 0, max);
        if (m_explain && clamped != rounded)
            m_result.contributions.push_back({m_axis,
                                              Kind::Capped,
                                              QString::number(clamped),
                                              double(clamped - rounded),
                                              0,
                                              double(rounded),
                                              {}});
        return clamped;
    }

private:
    ScoreResult& m_result;
    ScoreAxis m_axis;
    bool m_explain;
    double m_sum = 0;
};

template <typename E>
void addIfKnown(Tally& tally, Kind kind, E value, const std::vector<int>& points)
{
    if (vocabIndex(value) != 0) // index 0 is "unknown" in every table used here
        tally.add(kind, cachedKey(value), points[vocabIndex(value)]);
}

void scoreFit(const ScoringRules& rules, const ScoringInput& input, ScoreResult& result,
              bool explain)
{
    Tally fit(result, ScoreAxis::Fit, explain);
    if (input.employees)
        if (const EmployeeBand* band = rules.bandFor(*input.employees))
            fit.add(Kind::Employees, band->size, band->points);
    if (input.annualRevenueMinor) {
        double major = 0;
        if (rules.revenueInRulesCurrency(*input.annualRevenueMinor, input.revenueCurrency, major)) {
            const RevenueBand* found = nullptr;
            for (const RevenueBand& band : rules.revenueBands)
                if (double(band.from) <= major)
                    found = &band;
            if (found)
                fit.add(Kind::Revenue, explain ? QString::number(found->from) : QString(),
                        found->points);
        } else {
            fit.add(Kind::RevenueUnconverted, input.revenueCurrency.toUpper(), 0);
        }
    }
    if (input.industry != Industry::Unknown)
        fit.add(Kind::Industry, cachedKey(input.industry),
                rules.industryPoints[vocabIndex(input.industry)]);
    addIfKnown(fit, Kind::Seniority, input.seniority, rules.seniorityPoints);
    addIfKnown(fit, Kind::BuyingRole, input.buyingRole, rules.buyingRolePoints);

    const QStringView domain = emailDomainView(input.email);
    const QStringView host = websiteHostView(input.website);
    const QString& seniority = cachedKey(input.seniority);
    const QString& industry = cachedKey(input.industry);
    const QString title = input.title.toLower();
    for (const PersonaRule& rule : rules.negativePersona) {
        if (!rule.matches(domain, host, title, seniority, industry))
            continue;
        if (rule.exclude) {
            if (!result.excluded)
                result.proposedDisqualifyReason = rule.reason;
            result.excluded = true;
            result.exclusions.append(rule.id);
            if (explain)
                result.contributions.push_back(
                    {ScoreAxis::Persona, Kind::Exclusion, rule.id, 0, 0, 0, rule.reason});
        } else {
            fit.add(Kind::NegativePersona, rule.id, rule.points, rule.reason);
        }
    }
    for (const PersonaRule& rule : rules.flags) {
        if (!rule.matches(domain, host, title, seniority, industry))
            continue;
        result.flags.append(rule.id);
        fit.add(Kind::Flag, rule.id, rule.points);
    }
    result.fit = fit.finish(rules.fitMax);
}

void scoreInterest(const ScoringRules& rules, const ScoringInput& input, qint64 now,
                   ScoreResult& result, bool explain)
{
    // One slot per interest kind: Reply is the last of InterestKind (Vocabulary.h).
    constexpr int kinds = int(InterestKind::Reply) + 1;
    std::array<int, kinds> counts{};
    std::array<double, kinds> raw{};
    std::array<double, kinds> decayed{};
    for (const InterestSignal& signal : input.interest) {
        const double age = std::max(0.0, double(now - signal.occurredAt) / secondsPerDay);
        if (age > rules.maxAgeDays)
            continue;
        const int k = vocabIndex(signal.kind);
        ++counts[k];
        raw[k] += rules.interestPoints[k];
        decayed[k] += decayedPoints(rules, signal.kind, age);
    }
    Tally interest(result, ScoreAxis::Interest, explain);
    for (InterestKind kind : allValues<InterestKind>()) {
        const int k = vocabIndex(kind);
        if (counts[k] > 0)
            interest.addInterest(kind, counts[k], raw[k], decayed[k]);
    }
    result.interest = interest.finish(rules.interestMax);
}

void scoreBant(const ScoringRules& rules, const ScoringInput& input, ScoreResult& result,
               bool explain)
{
    Tally bant(result, ScoreAxis::Bant, explain);
    addIfKnown(bant, Kind::Budget, input.budget, rules.budgetPoints);
    addIfKnown(bant, Kind::Authority, input.authority, rules.authorityPoints);
    if (input.decisionMakerConfirmed)
        bant.add(Kind::DecisionMakerConfirmed, {}, rules.decisionMakerConfirmedPoints);
    addIfKnown(bant, Kind::Need, input.need, rules.needPoints);
    addIfKnown(bant, Kind::Timing, input.timing, rules.timingPoints);
    result.bant = bant.finish(rules.bantMax);
}

template <typename E> bool accepted(const QList<E>& allowed, E value)
{
    return allowed.isEmpty() || allowed.contains(value);
}

void judgeThresholds(const ScoringRules& rules, const ScoringInput& input, ScoreResult& result)
{
    result.quadrant =
        result.excluded ? Quadrant::Park : quadrantFor(rules, result.fit, result.interest);
    result.grade = gradeFor(rules, result.total);
    result.mqlMet = !result.excluded && result.total >= rules.mqlThreshold;
    QList<SqlGap>& gaps = result.sqlGaps;
    if (result.excluded)
        gaps.append(SqlGap::Excluded);
    if (result.quadrant == Quadrant::Advocate)
        gaps.append(SqlGap::Advocate);
    if (result.total < rules.sqlThreshold)
        gaps.append(SqlGap::TotalBelowThreshold);
    // A tick beside an authority of "user" or "unknown" contradicts itself: it confirms nothing.
    const bool authorityConfirmed = input.decisionMakerConfirmed &&
                                    input.authority != AuthorityLevel::Unknown &&
                                    input.authority != AuthorityLevel::User;
    if (rules.sqlRequires.decisionMakerConfirmed && !authorityConfirmed)
        gaps.append(SqlGap::DecisionMakerNotConfirmed);
    if (!accepted(rules.sqlRequires.budgets, input.budget))
        gaps.append(SqlGap::Budget);
    if (!accepted(rules.sqlRequires.needs, input.need))
        gaps.append(SqlGap::Need);
    if (!accepted(rules.sqlRequires.timings, input.timing))
        gaps.append(SqlGap::Timing);
    result.sqlMet = gaps.isEmpty();
}

} // namespace

double decayedPoints(const ScoringRules& rules, InterestKind kind, double ageDays)
{
    return rules.interestPoints[vocabIndex(kind)] * std::exp2(-ageDays / rules.halfLifeDays);
}

Grade gradeFor(const ScoringRules& rules, int total)
{
    if (total >= rules.gradeA)
        return Grade::A;
    if (total >= rules.gradeB)
        return Grade::B;
    if (total >= rules.gradeC)
        return Grade::C;
    if (total >= rules.gradeD)
        return Grade::D;
    return Grade::E;
}

Quadrant quadrantFor(const ScoringRules& rules, int fit, int interest)
{
    const bool highFit = fit >= rules.highFit;
    const bool highInterest = interest >= rules.highInterest;
    if (highFit)
        return highInterest ? Quadrant::SalesReady : Quadrant::Nurture;
    return highInterest ? Quadrant::Advocate : Quadrant::Park;
}

ScoreResult score(const ScoringRules& rules, const ScoringInput& input, qint64 now, bool explain)
{
    ScoreResult result;
    scoreFit(rules, input, result, explain);
    scoreInterest(rules, input, now, result, explain);
    scoreBant(rules, input, result, explain);
    result.total = result.excluded ? 0 : result.fit + result.interest + result.bant;
    judgeThresholds(rules, input, result);
    return result;
}

QStringView emailDomainView(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QStringView() : QStringView(email).mid(at + 1).trimmed();
}

QStringView websiteHostView(const QString& website)
{
    QStringView host = QStringView(website).trimmed();
    if (const qsizetype scheme = host.indexOf(QLatin1String("://")); scheme >= 0)
        host = host.mid(scheme + 3);
    if (const qsizetype slash = host.indexOf(QLatin1Char('/')); slash >= 0)
        host.truncate(slash);
    if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0)
        host.truncate(colon);
    if (host.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        host = host.mid(4);
    return host;
}

QString emailDomain(const QString& email)
{
    return emailDomainView(email).toString().toLower();
}

QString websiteHost(const QString& website)
{
    return websiteHostView(website).toString().toLower();
}

} // namespace ScoringEngine
