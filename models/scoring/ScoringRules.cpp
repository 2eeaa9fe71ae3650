#include "scoring/ScoringRules.h"

#include <QFile>
#include <algorithm>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// True when `needle` occurs in `haystack` as whole words ("intern" is not in "international").
/// The haystack is lower case already; a needle that is too is found by plain comparison (the
/// rules keep their words in lower case), which is most of the cost of rescoring a million titles.
bool containsWords(const QString& haystack, const QString& needle)
{
    if (needle.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = needle.isLower() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype from = 0;
    while ((from = haystack.indexOf(needle, from, cs)) >= 0) {
        const qsizetype end = from + needle.size();
        const bool startOk = from == 0 || !isWordChar(haystack.at(from - 1));
        const bool endOk = end >= haystack.size() || !isWordChar(haystack.at(end));
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

} // namespace

bool PersonaRule::matches(QStringView emailDomain, QStringView websiteHost,
                          const QString& lowerTitle, const QString& seniorityKey,
                          const QString& industryKey) const
{
    const auto isListed = [this](QStringView domain) {
        return !domain.isEmpty() &&
               std::any_of(values.cbegin(), values.cend(), [domain](const QString& value) {
                   return value.size() == domain.size() &&
                          domain.compare(value, Qt::CaseInsensitive) == 0;
               });
    };
    switch (match) {
    case PersonaMatch::EmailDomain:
        return isListed(emailDomain) || isListed(websiteHost);
    case PersonaMatch::TitleContains:
        return std::any_of(values.cbegin(), values.cend(),
                           [&](const QString& word) { return containsWords(lowerTitle, word); });
    case PersonaMatch::Seniority:
        return values.contains(seniorityKey);
    case PersonaMatch::Industry:
        return values.contains(industryKey);
    }
    return false;
}

ScoringRules::ScoringRules()
    : industryPoints(allValues<Industry>().size(), 0)
    , seniorityPoints(allValues<Seniority>().size(), 0)
    , buyingRolePoints(allValues<BuyingRole>().size(), 0)
    , interestPoints(allValues<InterestKind>().size(), 0)
    , budgetPoints(allValues<BudgetStatus>().size(), 0)
    , authorityPoints(allValues<AuthorityLevel>().size(), 0)
    , needPoints(allValues<NeedLevel>().size(), 0)
    , timingPoints(allValues<Timing>().size(), 0)
{}

QByteArray ScoringRules::defaultsJson()
{
    Q_INIT_RESOURCE(models);
    QFile file(QStringLiteral(":/leadscout/data/default-scoring-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ScoringRules ScoringRules::defaults()
{
    ScoringRules rules;
    QString error;
    // The shipped file is tested (tst_scoring); a broken build falls back to all-zero rules.
    fromJson(defaultsJson(), rules, &error);
    return rules;
}

QString ScoringRules::validate() const
{
    auto ascending = [](const auto& bands) {
        return std::is_sorted(bands.cbegin(), bands.cend(),
                              [](const auto& a, const auto& b) { return a.from < b.from; });
    };
    if (!ascending(employeeBands))
        return tr("The employee bands must be in ascending order.");
    if (!ascending(revenueBands))
        return tr("The revenue bands must be in ascending order.");
    if (!(halfLifeDays > 0))
        return tr("The interest half-life must be more than 0 days.");
    if (maxAgeDays < 1)
        return tr("Interest events must count for at least 1 day.");
    if (fitMax < 1 || interestMax < 1 || bantMax < 1)
        return tr("The maximum of each axis (fit, interest, BANT) must be at least 1.");
    if (!(gradeA > gradeB && gradeB > gradeC && gradeC > gradeD))
        return tr("Grade thresholds must fall from A to D (A %1, B %2, C %3, D %4).")
            .arg(gradeA)
            .arg(gradeB)
            .arg(gradeC)
            .arg(gradeD);
    if (sqlThreshold < mqlThreshold)
        return tr("The SQL threshold (%1) must not be below the MQL threshold (%2).")
            .arg(sqlThreshold)
            .arg(mqlThreshold);
    if (currency.size() != 3)
        return tr("The revenue currency must be a three-letter code such as EUR.");
    for (const auto& rule : negativePersona)
        if (!rule.reason.isEmpty() && !fromKey<DisqualifyReason>(rule.reason))
            return tr("Negative persona \"%1\": unknown disqualify reason \"%2\".")
                .arg(rule.id, rule.reason);
    return {};
}

const EmployeeBand* ScoringRules::bandFor(int employees) const
{
    const EmployeeBand* found = nullptr;
    for (const EmployeeBand& band : employeeBands)
        if (band.from <= employees)
            found = &band;
    return found;
}

QString ScoringRules::sizeLabel(const QString& sizeKey)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("micro"), QT_TRANSLATE_NOOP("ScoringRules", "Micro business")},
        {QStringLiteral("small"), QT_TRANSLATE_NOOP("ScoringRules", "Small business")},
        {QStringLiteral("medium"), QT_TRANSLATE_NOOP("ScoringRules", "Mid-sized company")},
        {QStringLiteral("large"), QT_TRANSLATE_NOOP("ScoringRules", "Large company")},
        {QStringLiteral("enterprise"), QT_TRANSLATE_NOOP("ScoringRules", "Enterprise")},
    };
    const auto it = labels.constFind(sizeKey);
    return it == labels.cend() ? sizeKey : tr(it.value());
}

bool ScoringRules::revenueInRulesCurrency(qint64 amountMinor, const QString& amountCurrency,
                                          double& major) const
{
    const QString code = amountCurrency.trimmed().toUpper();
    double rate = 1.0;
    if (!code.isEmpty() && code != currency) {
        const auto it = exchangeRates.constFind(code);
        if (it == exchangeRates.cend())
            return false;
        rate = it.value();
    }
    major = double(amountMinor) / 100.0 * rate;
    return true;
}

namespace PersonaMatches {

QString keyOf(PersonaMatch match)
{
    switch (match) {
    case PersonaMatch::EmailDomain:
        return QStringLiteral("emailDomain");
    case PersonaMatch::TitleContains:
        return QStringLiteral("titleContains");
    case PersonaMatch::Seniority:
        return QStringLiteral("seniority");
    case PersonaMatch::Industry:
        return QStringLiteral("industry");
    }
    return {};
}

std::optional<PersonaMatch> fromKey(const QString& key)
{
    for (PersonaMatch match : {PersonaMatch::EmailDomain, PersonaMatch::TitleContains,
                               PersonaMatch::Seniority, PersonaMatch::Industry})
        if (keyOf(match) == key)
            return match;
    return std::nullopt;
}

QString labelOf(PersonaMatch match)
{
    switch (match) {
    case PersonaMatch::EmailDomain:
        return ScoringRules::tr("E-mail or website domain");
    case PersonaMatch::TitleContains:
        return ScoringRules::tr("Word in the position");
    case PersonaMatch::Seniority:
        return ScoringRules::tr("Seniority");
    case PersonaMatch::Industry:
        return ScoringRules::tr("Industry");
    }
    return {};
}

} // namespace PersonaMatches
