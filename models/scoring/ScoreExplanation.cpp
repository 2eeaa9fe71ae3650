#include "scoring/ScoreExplanation.h"

#include <QLocale>
#include <cmath>

namespace {

using Kind = ScoreContribution::Kind;

const PersonaRule* findRule(const QString& id, const ScoringRules& rules)
{
    for (const auto* list : {&rules.negativePersona, &rules.flags})
        for (const PersonaRule& rule : *list)
            if (rule.id == id)
                return &rule;
    return nullptr;
}

} // namespace

QString ScoreExplanation::signedPoints(double points)
{
    const double rounded = std::round(points * 10.0) / 10.0;
    const bool whole = std::fabs(rounded - std::round(rounded)) < 1e-9;
    const QString number = QLocale().toString(std::fabs(rounded), 'f', whole ? 0 : 1);
    if (rounded == 0)
        return QStringLiteral("±0");
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + number;
}

QString ScoreExplanation::axisLabel(ScoreAxis axis)
{
    switch (axis) {
    case ScoreAxis::Fit:
        return tr("Fit");
    case ScoreAxis::Interest:
        return tr("Interest");
    case ScoreAxis::Bant:
        return tr("BANT");
    case ScoreAxis::Persona:
        return tr("Persona");
    }
    return {};
}

QString ScoreExplanation::personaName(const QString& id, const ScoringRules& rules)
{
    if (const PersonaRule* rule = findRule(id, rules); rule && !rule->label.isEmpty())
        return rule->label;
    if (id == QLatin1String("competitor"))
        return tr("competitor domain");
    if (id == QLatin1String("job_applicant"))
        return tr("job applicant");
    if (id == QLatin1String("student"))
        return tr("student");
    if (id == QLatin1String("trainee"))
        return tr("trainee or student position");
    if (id == QLatin1String("free_mail"))
        return tr("free-mail address (may hide a real buyer)");
    return id;
}

QString ScoreExplanation::subjectText(const ScoreContribution& c, const ScoringRules& rules)
{
    const QLocale locale;
    switch (c.kind) {
    case Kind::Employees:
        return tr("Company size: %1").arg(ScoringRules::sizeLabel(c.subject));
    case Kind::Revenue:
        return tr("Annual revenue from %1 %2")
            .arg(locale.toString(c.subject.toLongLong()), rules.currency);
    case Kind::RevenueUnconverted:
        return tr("Annual revenue in %1 not scored (no exchange rate to %2)")
            .arg(c.subject, rules.currency);
    case Kind::Industry:
        return tr("Industry: %1").arg(labelOf(fromKeyOr(c.subject, Industry::Unknown)));
    case Kind::Seniority:
        return tr("Position: %1").arg(labelOf(fromKeyOr(c.subject, Seniority::Unknown)));
    case Kind::BuyingRole:
        return tr("Buying-center role: %1").arg(labelOf(fromKeyOr(c.subject, BuyingRole::Unknown)));
    case Kind::NegativePersona:
        return tr("Negative persona: %1").arg(personaName(c.subject, rules));
    case Kind::Exclusion:
        return tr("Excluded as %1 — total set to 0").arg(personaName(c.subject, rules));
    case Kind::Flag:
        return tr("Flag: %1").arg(personaName(c.subject, rules));
    case Kind::Interest:
        return tr("%1 × %2 (%3 points before decay, half-life %4 days)")
            .arg(c.count)
            .arg(labelOf(fromKeyOr(c.subject, InterestKind::EmailClick)))
            .arg(locale.toString(c.rawPoints, 'f', 0))
            .arg(locale.toString(rules.halfLifeDays, 'g', 4));
    case Kind::Budget:
        return tr("Budget: %1").arg(labelOf(fromKeyOr(c.subject, BudgetStatus::Unknown)));
    case Kind::Authority:
        return tr("Authority: %1").arg(labelOf(fromKeyOr(c.subject, AuthorityLevel::Unknown)));
    case Kind::DecisionMakerConfirmed:
        return tr("Decision authority confirmed");
    case Kind::Need:
        return tr("Need: %1").arg(labelOf(fromKeyOr(c.subject, NeedLevel::Unknown)));
    case Kind::Timing:
        return tr("Timing: %1").arg(labelOf(fromKeyOr(c.subject, Timing::Unknown)));
    case Kind::Capped:
        return tr("Held within 0–maximum (%1 → %2)")
            .arg(locale.toString(c.rawPoints, 'f', 0), c.subject);
    }
    return c.subject;
}

QString ScoreExplanation::describe(const ScoreContribution& contribution, const ScoringRules& rules)
{
    const QString text =
        tr("%1 · %2").arg(axisLabel(contribution.axis), subjectText(contribution, rules));
    if (contribution.kind == Kind::Exclusion)
        return text;
    return tr("%1: %2").arg(text, signedPoints(contribution.points));
}

QStringList ScoreExplanation::lines(const ScoreResult& result, const ScoringRules& rules)
{
    QStringList out;
    for (const ScoreContribution& contribution : result.contributions)
        out.append(describe(contribution, rules));
    return out;
}

QString ScoreExplanation::gapText(SqlGap gap, const ScoringRules& rules)
{
    switch (gap) {
    case SqlGap::Excluded:
        return tr("The lead matches a negative persona and is excluded.");
    case SqlGap::Advocate:
        return tr("Low fit with high interest: an advocate, never sales-ready on its own.");
    case SqlGap::TotalBelowThreshold:
        return tr("The total score is below the SQL threshold of %1.").arg(rules.sqlThreshold);
    case SqlGap::DecisionMakerNotConfirmed:
        return tr("The decision authority is not confirmed.");
    case SqlGap::Budget:
        return tr("The budget is not planned or approved.");
    case SqlGap::Need:
        return tr("No recognised need.");
    case SqlGap::Timing:
        return tr("The timing does not fit the SQL criteria.");
    }
    return {};
}

QStringList ScoreExplanation::gapTexts(const ScoreResult& result, const ScoringRules& rules)
{
    QStringList out;
    for (SqlGap gap : result.sqlGaps)
        out.append(gapText(gap, rules));
    return out;
}

namespace ScoreBands {

QString keyOf(ScoreBand band)
{
    switch (band) {
    case ScoreBand::None:
        return QStringLiteral("none");
    case ScoreBand::Mql:
        return QStringLiteral("mql");
    case ScoreBand::Sql:
        return QStringLiteral("sql");
    }
    return {};
}

QString labelOf(ScoreBand band)
{
    switch (band) {
    case ScoreBand::None:
        return ScoreExplanation::tr("Below MQL");
    case ScoreBand::Mql:
        return ScoreExplanation::tr("MQL criteria met");
    case ScoreBand::Sql:
        return ScoreExplanation::tr("SQL criteria met");
    }
    return {};
}

} // namespace ScoreBands
